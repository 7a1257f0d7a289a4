/** Params of the `hidden-content` checks: parts of the body made to be read by filters, not people. */
export interface HiddenContentParams {
  /** A style pushes content 10,000 px / 1,000 vh out of view. */
  'hidden-content/pushed-out-of-view': {
    /** The CSS declaration as written (`margin-top: 470500px`). */
    readonly declaration: string;
  };
}
