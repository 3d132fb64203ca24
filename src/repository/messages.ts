/**
 * Every error about the repository setting is built here, so that the two promises made to users
 * hold in one place: credentials in the input are never echoed, and no more than ~200 characters of
 * what they typed come back.
 */
import { InputError } from '../core/errors.js';
import type { PlatformName } from './reference.js';

export const REPOSITORY_SOURCE = 'REPOSITORY';

const MAX_SHOWN = 200;

export const ACCEPTED_FORMS: readonly string[] = [
  'workspace/repo (Bitbucket Cloud) or owner/repo (GitHub, in GitHub Actions)',
  'https://bitbucket.org/workspace/repo, git@bitbucket.org:workspace/repo.git',
  'https://host[:port][/context]/projects/KEY/repos/slug or …/users/NAME/repos/slug (Bitbucket Data Center)',
  'https://host[:port][/context]/scm/key/slug.git, ssh://git@host:7999/key/slug.git (Bitbucket Data Center)',
  'https://github.com/owner/repo, git@github.com:owner/repo.git; GitHub Enterprise https://host/owner/repo with PLATFORM=github',
];

export const PLATFORM_LABEL: Readonly<Record<PlatformName, string>> = {
  'bitbucket-cloud': 'Bitbucket Cloud',
  'bitbucket-data-center': 'Bitbucket Data Center',
  github: 'GitHub',
};

/**
 * Quotes user text for a message. Everything before the last `@` is masked (userinfo may hold a
 * token even in the user position, and a mistyped URL can put part of a password in the path), and
 * the query and fragment are dropped because tokens travel there too.
 */
export function shown(raw: string): string {
  let text = raw;
  const at = text.lastIndexOf('@');
  if (at >= 0) {
    const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(text)?.[0] ?? '';
    text = `${scheme}***${text.slice(at)}`;
  }
  const query = text.search(/[?#]/);
  if (query >= 0) text = `${text.slice(0, query + 1)}…`;
  const chars = [...text];
  if (chars.length > MAX_SHOWN) text = `${chars.slice(0, MAX_SHOWN).join('')}…`;
  return JSON.stringify(text);
}

function formsList(): string {
  return `Accepted forms:\n${ACCEPTED_FORMS.map((form) => `  - ${form}`).join('\n')}`;
}

/** The input matches no accepted form; `why` narrows it down without echoing the input again. */
export function unrecognised(input: string, why?: string): InputError {
  const reason = why ? ` (${why})` : '';
  return new InputError(`${shown(input)} is not a repository reference${reason}.\n${formsList()}`, {
    source: REPOSITORY_SOURCE,
  });
}

/** The URL carries a password or token; it is refused, not silently dropped. */
export function credentialsInUrl(input: string): InputError {
  return new InputError(
    `${shown(input)} carries a password or token (user:password@). Remove it from the URL: it sits in clear text in the CI configuration ` +
      'and would not be used. Give it as TOKEN, or USERNAME and PASSWORD, in a secured variable',
    { source: REPOSITORY_SOURCE },
  );
}

/** One part of an otherwise recognised input is wrong; only that part is echoed. */
export function invalidPart(what: string, part: string, rule: string): InputError {
  return new InputError(`the ${what} ${shown(part)} is not valid: ${rule}`, { source: REPOSITORY_SOURCE });
}

export function contradiction(input: string, detected: PlatformName, configured: PlatformName, hint?: string): InputError {
  const tail = hint ? ` ${hint}` : '';
  return new InputError(
    `${shown(input)} is a ${PLATFORM_LABEL[detected]} repository, but the platform is set to ${configured}.` +
      ` Remove the platform setting or give a ${PLATFORM_LABEL[configured]} repository.${tail}`,
    { source: REPOSITORY_SOURCE },
  );
}
