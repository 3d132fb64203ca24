/**
 * The limits every platform has, each in its own table beside its adapter (like reviewdog's
 * consts.go), so the shared mapping in this folder is parameterised instead of copied.
 */
export interface PlatformLimits {
  /** Display name, in messages ("Bitbucket Cloud"). */
  readonly platform: string;
  /** Largest comment body accepted, in characters. */
  readonly comment: number;
  readonly reportTitle: number;
  readonly reportDetails: number;
  /** Data fields shown with a report. */
  readonly reportData: number;
  readonly annotationsPerRequest: number;
  readonly annotationsPerReport: number;
  /** The annotation's one-line text. */
  readonly annotationMessage: number;
  readonly externalIdLength: number;
  readonly statusDescription: number;
  /** A longer URL is dropped rather than cut: a cut URL leads nowhere. */
  readonly statusUrl: number;
}

/** A platform's table: the shared limits, and any of its own beside them. */
export type LimitsTable = PlatformLimits & Readonly<Record<string, string | number>>;
