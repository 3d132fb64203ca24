/**
 * The limits every platform has, each in its own table beside its adapter (like reviewdog's
 * consts.go), so the shared mapping in this folder is parameterised instead of copied.
 */
export interface PlatformLimits {
  /** Display name, in messages ("Bitbucket Cloud"). */
  readonly platform: string;
  /** Largest comment body accepted, in characters (the renderer caps the comment to it). */
  readonly comment: number;
  readonly annotationsPerReport: number;
  readonly externalIdLength: number;
}

/** A platform's table: the shared limits, and any of its own beside them. */
export type LimitsTable = PlatformLimits & Readonly<Record<string, string | number>>;
