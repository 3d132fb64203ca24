/**
 * JSON.parse keeps the last of two equal keys, so `{"status":"ERROR", …, "status":"OK"}` reads as
 * a passing gate. Reports are refused when an object repeats a key; this finds the first repeat in
 * text JSON.parse has already accepted, without building a second copy of the document.
 */

type Frame = { kind: 'object'; path: string; keys: Set<string>; key: string | undefined; expectKey: boolean } | { kind: 'array'; path: string; index: number };

/** The JSON pointer of the first repeated key, or undefined. `text` must be valid JSON. */
export function findDuplicateKey(text: string): string | undefined {
  // An explicit stack: nesting depth is the document's choice, not the call stack's.
  const stack: Frame[] = [];
  const childPath = (): string => {
    const top = stack.at(-1);
    if (!top) return '';
    return top.kind === 'array' ? `${top.path}/${top.index}` : `${top.path}/${escapePointer(top.key ?? '')}`;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    switch (c) {
      case '{':
        stack.push({ kind: 'object', path: childPath(), keys: new Set(), key: undefined, expectKey: true });
        break;
      case '[':
        stack.push({ kind: 'array', path: childPath(), index: 0 });
        break;
      case '}':
      case ']':
        stack.pop();
        break;
      case ',': {
        const top = stack.at(-1);
        if (top?.kind === 'array') top.index++;
        else if (top) top.expectKey = true;
        break;
      }
      case '"': {
        const end = stringEnd(text, i);
        const top = stack.at(-1);
        if (top?.kind === 'object' && top.expectKey) {
          const key = JSON.parse(text.slice(i, end + 1)) as string;
          if (top.keys.has(key)) return `${top.path}/${escapePointer(key)}`;
          top.keys.add(key);
          top.key = key;
          top.expectKey = false;
        }
        i = end;
        break;
      }
      default:
        break;
    }
  }
  return undefined;
}

/** Index of the quote that closes the string opening at `start`. */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  for (;;) {
    const quote = text.indexOf('"', i);
    if (quote < 0) return text.length - 1;
    let backslashes = 0;
    for (let j = quote - 1; text[j] === '\\'; j--) backslashes++;
    if (backslashes % 2 === 0) return quote;
    i = quote + 1;
  }
}

export function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
