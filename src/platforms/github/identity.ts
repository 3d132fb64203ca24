/**
 * Who "we" are on GitHub, so that only our own comments count as ours (anyone with write access
 * may edit any comment, so GitHub will not stop us touching someone else's). A personal token's
 * login comes from `GET /user`. Installation tokens (Actions' GITHUB_TOKEN, a GitHub App's) are
 * refused there with 403 and write as their App's bot, `{app slug}[bot]`: the App is named by the
 * check run this run creates (only Apps may create them, api-contracts.md §3.4), or the author of a
 * comment it creates. Until one of those answers we are unknown, never guessed: the publisher then
 * leaves every marked comment alone.
 */
import type { Logger } from '../../core/logger.js';
import { HttpError, type HttpClient } from '../../http/index.js';
import { explain } from '../core/failure.js';
import { SelfIdentity } from '../core/identity.js';
import { HINTS } from './context.js';
import type { WireAccount, WireComment } from './wire.js';

export class GitHubIdentity {
  private readonly self: SelfIdentity;
  private person: boolean | undefined;
  private app: Promise<string | undefined> | undefined;

  constructor(http: HttpClient, log: Logger) {
    this.self = new SelfIdentity(async () => {
      try {
        const user = (await http.request<WireAccount | undefined>({ method: 'GET', url: 'user' })).body;
        if (!user?.login) throw new Error('GET /user answered without a login');
        log.debug(`GitHub: the token belongs to ${user.login}`);
        this.person = user.type !== 'Bot';
        return user.login;
      } catch (error) {
        if (error instanceof HttpError && error.status === 403) {
          log.debug('GitHub: GET /user was refused (an installation token); our bot login comes from the check run or comment this run creates');
          this.person = false;
          return undefined;
        }
        throw explain(error, 'find out which GitHub account the token belongs to', HINTS.readPullRequests);
      }
    });
  }

  /** Our login, or undefined while GitHub has not named it; waits for a check run being created, which names our App. */
  async login(): Promise<string | undefined> {
    const login = await this.self.resolve();
    if (login !== undefined || this.app === undefined) return login;
    this.self.learn(botLogin(await this.app));
    return this.self.known;
  }

  /** Whether the token speaks for a person; personal tokens cannot write check runs (§3.4). */
  async isPerson(): Promise<boolean> {
    await this.self.resolve();
    return this.person === true;
  }

  /** From the comment we just created: certain, whatever `/user` said. */
  learn(comment: WireComment): void {
    // `performed_via_github_app` names the App when `user` is missing.
    this.self.learn(comment.user?.login ?? botLogin(comment.performed_via_github_app?.slug));
  }

  /** The check run this run is creating: once created, its App is who we comment as. */
  expectApp(created: Promise<string | undefined>): void {
    this.app = created.catch(() => undefined);
  }
}

function botLogin(appSlug: string | undefined): string | undefined {
  return appSlug ? `${appSlug}[bot]` : undefined;
}
