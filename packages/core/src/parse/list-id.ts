/**
 * RFC 2919 §2: `List-Id: [phrase] <list-label.namespace>` — a dot-atom with at least one dot in
 * angle brackets, optionally followed by a comment. Every list manager writes this form
 * (`Linux man pages <linux-man.vger.kernel.org>`, `<razor-users.lists.sourceforge.net>`).
 */
const LIST_ID = /<\s*[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)+\s*>(?:\s*\([^()]*\))?\s*$/;

/** Whether a List-Id value has the RFC 2919 form. Values longer than 1,000 characters never do. */
export function isWellFormedListId(value: string): boolean {
  return value.length <= 1000 && LIST_ID.test(value);
}
