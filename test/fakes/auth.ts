/**
 * Reads the Authorization header into a kind and its parts. Only the kind ever reaches a request
 * log: fakes must be as careful with secrets as the client under test.
 */

export type ParsedAuth =
  | { kind: 'none' }
  | { kind: 'bearer'; token: string }
  | { kind: 'basic'; username: string; password: string }
  | { kind: 'other'; scheme: string }
  | { kind: 'malformed' };

export type AuthKind = ParsedAuth['kind'];

export function parseAuthorization(header: string | undefined): ParsedAuth {
  if (header === undefined || header.trim() === '') return { kind: 'none' };
  const match = /^(\S+)\s+(\S+)\s*$/.exec(header.trim());
  if (!match) return { kind: 'malformed' };
  const [, scheme, value] = match as unknown as [string, string, string];
  switch (scheme.toLowerCase()) {
    case 'bearer':
      return { kind: 'bearer', token: value };
    case 'basic': {
      const decoded = Buffer.from(value, 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      if (colon < 0) return { kind: 'malformed' };
      return { kind: 'basic', username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
    }
    default:
      return { kind: 'other', scheme };
  }
}

export interface BasicCredentials {
  readonly username: string;
  readonly password: string;
}

/** The header value a test client sends; kept here so tests never hand-roll base64. */
export function basicAuthorization(credentials: BasicCredentials): string {
  return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
}
