/** "Did you mean" for unknown flags and config keys: the known names a typo away. */

/** Known names within a small edit distance of `name` (case, `_` and `-` ignored), closest first. */
export function closeMatches(name: string, known: Iterable<string>, limit = 3): string[] {
  const wanted = normalise(name);
  const scored = [...known]
    .map((candidate) => ({ candidate, distance: distance(wanted, normalise(candidate)) }))
    .filter(({ candidate, distance: d }) => d <= Math.max(2, Math.floor(candidate.length / 3)))
    .sort((a, b) => a.distance - b.distance);
  return scored.slice(0, limit).map(({ candidate }) => candidate);
}

/** `; did you mean --fail-on?`, or nothing. */
export function didYouMean(matches: readonly string[]): string {
  return matches.length ? `; did you mean ${matches.join(' or ')}?` : '';
}

function normalise(name: string): string {
  return name.toLowerCase().replace(/_/g, '-').replace(/^-+/, '');
}

/** Levenshtein distance. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}
