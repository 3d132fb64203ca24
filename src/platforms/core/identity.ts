/**
 * Who the credentials act as, so our comments can be told from everyone else's by something
 * comment text cannot forge. The platform is asked at most once, and only when it matters; some
 * tokens are refused there (Cloud access tokens, GitHub installation tokens), which leaves us
 * unknown rather than guessed. What the platform says about something we wrote (the author of the
 * comment we just created) settles it whatever the question answered.
 */
import type { Authorship } from '../platform.js';

export class SelfIdentity {
  private learned: string | undefined;
  private lookup: Promise<string | undefined> | undefined;

  /** `ask` answers undefined when the platform refuses to say; it throws when it could not be asked. */
  constructor(private readonly ask: () => Promise<string | undefined>) {}

  /** Known without asking: learned, or answered already. */
  get known(): string | undefined {
    return this.learned;
  }

  /** Asks the platform once; a failure to ask (not a refusal) is tried again on the next call. */
  async resolve(): Promise<string | undefined> {
    if (this.learned !== undefined) return this.learned;
    const pending = (this.lookup ??= this.ask().catch((error: unknown) => {
      this.lookup = undefined;
      throw error;
    }));
    const answer = await pending;
    this.learned ??= answer;
    return this.learned;
  }

  /** From the platform's answer about something we wrote: certain. */
  learn(id: string | undefined): void {
    if (id) this.learned = id;
  }
}

/** `author` compared with `me`, case-insensitively (logins and usernames are). */
export function authorship(author: string | undefined, me: string | undefined): Authorship {
  if (me === undefined) return 'unknown';
  return author !== undefined && author.toLowerCase() === me.toLowerCase() ? 'us' : 'other';
}
