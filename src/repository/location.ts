/**
 * Splits a repository input into its lexical form (bare slug, web URL, SSH clone URL) before any
 * platform is decided. Path segments stay percent-encoded: a Data Center context path is kept
 * byte-for-byte, and names are decoded only once their role is known.
 */
import { credentialsInUrl, unrecognised } from './messages.js';

export type Location =
  | { kind: 'slug'; segments: readonly [string, string] }
  /** `origin` is `scheme://host[:port]`, lower case, without a default port. */
  | { kind: 'web'; origin: string; hostname: string; segments: readonly string[] }
  /** SSH says nothing about the web server, so `origin` is the https origin of the same host. */
  | { kind: 'ssh'; origin: string; hostname: string; segments: readonly string[] };

// Real references are far shorter; the cap keeps every later step cheap on hostile input.
const MAX_INPUT = 2048;
const SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;
// `[user@]host:path`, the scp-like syntax git accepts for SSH.
const SCP_LIKE = /^(?:[^@/]+@)?([^@/:]+):(.*)$/;
const BARE_SLUG = /^([^/:@]+)\/([^/:@]+)$/;
const SSH_HOST = /^(?:[a-z0-9_](?:[a-z0-9._-]*[a-z0-9_])?|\[[0-9a-f:.]+\])$/;

export function locate(input: string): Location {
  const text = input.trim();
  if (text === '') throw unrecognised(input, 'it is empty');
  if (text.length > MAX_INPUT) throw unrecognised(text, `it is ${text.length} characters long`);
  if (/[\s\u0000-\u001f\u007f]/.test(text)) throw unrecognised(text, 'it contains spaces or control characters');

  const scheme = SCHEME.exec(text)?.[1]?.toLowerCase();
  if (scheme === 'https' || scheme === 'http') return webLocation(text);
  if (scheme === 'ssh') return sshUrlLocation(text);
  if (scheme !== undefined) throw unrecognised(text, `the ${scheme}: scheme is not supported`);

  const scp = SCP_LIKE.exec(text);
  if (scp) return sshLocation(text, scp[1] ?? '', (scp[2] ?? '').replace(/[?#].*$/, ''));

  const slug = BARE_SLUG.exec(text);
  if (slug) return { kind: 'slug', segments: [slug[1] ?? '', slug[2] ?? ''] };

  throw unrecognised(text);
}

function parseUrl(url: string, input: string, problem: string): URL {
  try {
    return new URL(url);
  } catch {
    throw unrecognised(input, problem);
  }
}

function pathSegments(pathname: string): string[] {
  return pathname.split('/').filter((segment) => segment !== '');
}

function webLocation(text: string): Location {
  const url = parseUrl(text, text, 'it is not a valid URL');
  refusePassword(url, text);
  return { kind: 'web', origin: url.origin, hostname: url.hostname, segments: pathSegments(url.pathname) };
}

function sshUrlLocation(text: string): Location {
  const url = parseUrl(text, text, 'it is not a valid URL');
  refusePassword(url, text);
  return sshLocation(text, url.hostname, url.pathname);
}

/**
 * A password (or token) in the URL is refused rather than silently dropped: it is in the CI
 * configuration in clear text, where it should not be, and the user believes it is being used.
 * A user name alone (`https://user@bitbucket.org/…`, `ssh://git@…`) is how clone URLs look.
 */
function refusePassword(url: URL, text: string): void {
  if (url.password !== '') throw credentialsInUrl(text);
}

/** The SSH port is irrelevant: it never tells where the web server or REST API listens. */
function sshLocation(text: string, rawHost: string, path: string): Location {
  const host = rawHost.toLowerCase();
  if (!SSH_HOST.test(host)) throw unrecognised(text, 'the host name is not valid');
  const url = parseUrl(`https://${host}`, text, 'the host name is not valid');
  if (url.pathname !== '/' || url.origin === 'null') throw unrecognised(text, 'the host name is not valid');
  return { kind: 'ssh', origin: url.origin, hostname: url.hostname, segments: pathSegments(path) };
}
