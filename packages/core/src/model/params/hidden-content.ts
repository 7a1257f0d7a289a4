/** Params of the `hidden-content` checks: parts of the body made to be read by filters, not people. */
export interface HiddenContentParams {
  /** A style pushes content 10,000 px / 1,000 vh out of view. */
  'hidden-content/pushed-out-of-view': {
    /** The CSS declaration as written (`margin-top: 470500px`). */
    readonly declaration: string;
  };
  /** The HTML body has links but fewer than 25 letters and digits of visible text. */
  'hidden-content/link-without-text': {
    /** Links of the HTML body. */
    readonly links: number;
    /** Letters and digits of visible text (0–24). */
    readonly letters: number;
    /** Links whose anchor shows an image. */
    readonly images: number;
  };
}
