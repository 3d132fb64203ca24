/**
 * Who the credentials act as, so our comments can be told from a reviewer's. An HTTP access token
 * has no username we could know beforehand, but Data Center names the authenticated user in the
 * `X-AUSERNAME` header of every authenticated response; with Basic auth the username is a first
 * guess until the server says otherwise (the login may be an e-mail address); the author of a
 * comment we create settles it.
 */
import { isRecord } from '../../core/records.js';
import { authorship } from '../core/identity.js';
import type { Authorship } from '../platform.js';

export class Identity {
  private username: string | undefined;

  constructor(basicUsername?: string) {
    this.username = normalise(basicUsername);
  }

  observe(headers: Headers): void {
    const raw = headers.get('x-ausername');
    if (raw === null) return;
    let name = raw;
    try {
      // Non-ASCII usernames arrive percent-encoded, since header values are Latin-1.
      name = decodeURIComponent(raw);
    } catch {
      // not encoded after all
    }
    this.username = normalise(name) ?? this.username;
  }

  /** From the author of a comment we just created (a RestUser): certain. */
  learn(author: unknown): void {
    if (isRecord(author) && typeof author.name === 'string') this.username = normalise(author.name) ?? this.username;
  }

  get known(): string | undefined {
    return this.username;
  }

  /** Whether `author` (a RestUser, known by name or slug) is us; unknown while we do not know who we are. */
  authorship(author: unknown): Authorship {
    if (this.username === undefined) return 'unknown';
    const { name, slug } = isRecord(author) ? author : {};
    const names = [name, slug].filter((n): n is string => typeof n === 'string');
    return names.some((n) => authorship(n, this.username) === 'us') ? 'us' : 'other';
  }
}

function normalise(name: string | undefined): string | undefined {
  const trimmed = name?.trim().toLowerCase();
  return trimmed ? trimmed : undefined;
}
