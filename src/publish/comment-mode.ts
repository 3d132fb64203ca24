/**
 * What happens to the sticky comment (COMMENT_MODE). Exactly one applies:
 * - `update`: posted once, then edited in place on every run whose text differs.
 * - `recreate`: when the text differs, posted anew (so it lands at the bottom) and ours removed.
 * - `delete-on-pass`: as `update` while something needs attention; removed once the report passes.
 * - `off-on-pass`: posted only when something needs attention; a comment of ours already there is
 *   still updated when the report passes, so it never goes on claiming a failure that is fixed.
 */
export type CommentMode = 'update' | 'recreate' | 'delete-on-pass' | 'off-on-pass';
