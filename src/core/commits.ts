/** Bitbucket Cloud abbreviates PR head hashes to 12 characters, so commits compare by prefix. */
export function sameCommit(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  const shorter = Math.min(x.length, y.length);
  return shorter >= 7 && x.slice(0, shorter) === y.slice(0, shorter);
}

export function shortCommit(commit: string): string {
  return commit.slice(0, 12);
}
