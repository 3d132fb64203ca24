/**
 * Who "we" are on GitHub, so that only our own comments count as ours (anyone with write access
 * may edit any comment, so GitHub will not stop us touching someone else's); matching author and
 * marker is what the sticky-comment actions do too (peers.md §8). A personal token's login comes
 * from `GET /user`. Installation tokens (Actions' GITHUB_TOKEN, a GitHub App's) are refused there
 * with 403: they write as a bot, `github-actions[bot]` for Actions' token. An App's own bot login
 * is learned from the author of a comment, or the App of a check run, that we create; until then
 * an App's comments from earlier runs go unrecognised.
 */
import type { Logger } from '../../core/logger.js';
import { HttpError, type HttpClient } from '../../http/index.js';
import { explain } from '../core/failure.js';
import { HINTS } from './context.js';
import type { WireAccount, WireComment } from './wire.js';

/** The author of every comment Actions' GITHUB_TOKEN writes. */
export const ACTIONS_BOT = 'github-actions[bot]';

export interface Who {
  login: string;
  /** A person (personal access token) or a bot (installation token). */
  person: boolean;
}

export class GitHubIdentity {
  private learned: string | undefined;
  private lookup: Promise<Who> | undefined;

  constructor(
    private readonly http: HttpClient,
    private readonly log: Logger,
  ) {}

  /** Our login: learned from a comment we wrote, else from `GET /user`, else Actions' bot. */
  async login(): Promise<string> {
    if (this.learned) return this.learned;
    const who = await this.who();
    return this.learned ?? who.login;
  }

  /** Whether the token speaks for a person; personal tokens cannot write check runs (§3.4). */
  async isPerson(): Promise<boolean> {
    return (await this.who()).person;
  }

  /** From the comment we just created: certain, whatever `/user` said. */
  learn(comment: WireComment): void {
    // `performed_via_github_app` names the App when `user` is missing.
    const login = comment.user?.login ?? botLogin(comment.performed_via_github_app?.slug);
    if (login) this.learned = login;
  }

  /** From the check run we just created: only Apps write them, and an App comments as `{slug}[bot]`. */
  learnApp(slug: string | undefined): void {
    this.learned ??= botLogin(slug);
  }

  private who(): Promise<Who> {
    return (this.lookup ??= this.fetch());
  }

  private async fetch(): Promise<Who> {
    try {
      const user = (await this.http.request<WireAccount | undefined>({ method: 'GET', url: 'user' })).body;
      if (!user?.login) throw new Error('GET /user answered without a login');
      this.log.debug(`GitHub: the token belongs to ${user.login}`);
      return { login: user.login, person: user.type !== 'Bot' };
    } catch (error) {
      if (error instanceof HttpError && error.status === 403) {
        this.log.debug(`GitHub: GET /user was refused (an installation token); taking ${ACTIONS_BOT} for our comments' author until this run creates one`);
        return { login: ACTIONS_BOT, person: false };
      }
      // A network failure is worth another try on the next call.
      this.lookup = undefined;
      throw explain(error, 'find out which GitHub account the token belongs to', HINTS.readPullRequests);
    }
  }
}

function botLogin(appSlug: string | undefined): string | undefined {
  return appSlug ? `${appSlug}[bot]` : undefined;
}
