/**
 * What a failed SonarQube request means for the user. The gate and the task are the report: a
 * failure there is a server failure (exit 3). Issues, hotspots and measures only enrich it: a 403
 * there (analysis tokens lack Browse, input-formats.md §1.2) is a warning, and the gate is still
 * published.
 */
import { InputError, ServerError } from '../../../core/errors.js';
import { HttpError, UnsafeRequestError } from '../../../http/index.js';

/** What a token must be: every kind reads the gate; only a user token reads issues, hotspots and measures. */
export const TOKEN_KINDS =
  'a user token (squ_…), or a project (sqp_…) or global (sqa_…) analysis token, which read the gate but not issues, hotspots or measures';

export function isForbidden(error: unknown): boolean {
  return error instanceof HttpError && error.status === 403;
}

/** `what`: the thing being read, e.g. "the analysis task AYh…"; `permission`: what a 403 lacks. */
export function serverFailure(error: unknown, what: string, permission: string): Error {
  if (error instanceof UnsafeRequestError) {
    return new InputError(`reading ${what}: ${error.message}`, { source: 'SONAR_HOST_URL', cause: error });
  }
  if (error instanceof HttpError) {
    if (error.status === 401) {
      return new ServerError(
        `SonarQube refused SONAR_TOKEN (401) reading ${what}: it is missing, invalid or expired. Set SONAR_TOKEN to ${TOKEN_KINDS}. Nothing was published.`,
        { cause: error },
      );
    }
    if (error.status === 403) {
      return new ServerError(`SonarQube refused ${what} (403 ${error.platformMessage ?? 'Forbidden'}): SONAR_TOKEN needs ${permission}. Nothing was published.`, {
        cause: error,
      });
    }
  }
  if (error instanceof InputError || error instanceof ServerError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ServerError(`could not read ${what} from SonarQube: ${message}. Nothing was published.`, { cause: error });
}
