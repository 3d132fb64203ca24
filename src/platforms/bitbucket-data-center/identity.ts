/**
 * Who the credentials act as, so our comments can be told from a reviewer's. An HTTP access token
 * has no username we could know beforehand, but Data Center names the authenticated user in the
 * `X-AUSERNAME` header of every authenticated response; with Basic auth the username is a first
 * guess until the server says otherwise (the login may be an e-mail address).
 */
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

  get known(): string | undefined {
    return this.username;
  }

  /** Whether `author` (a RestUser) is us; undefined while we do not know who we are. */
  isAuthor(author: unknown): boolean | undefined {
    if (this.username === undefined) return undefined;
    if (typeof author !== 'object' || author === null) return false;
    const { name, slug } = author as { name?: unknown; slug?: unknown };
    return [name, slug].some((n) => typeof n === 'string' && n.toLowerCase() === this.username);
  }
}

function normalise(name: string | undefined): string | undefined {
  const trimmed = name?.trim().toLowerCase();
  return trimmed ? trimmed : undefined;
}
