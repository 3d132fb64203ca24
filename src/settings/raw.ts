/**
 * What every source hands the loader: values as the user wrote them, each tagged with where it
 * came from, so an error can point at the flag, input, variable or file line to fix.
 */
import type { SettingKey } from './definitions.js';

export interface Origin {
  /** e.g. `--fail-on`, `inputs.fail-on`, `PR_INSIGHTS_FAIL_ON`, `.pr-insights.yml:4:12`, `ci:jenkins`, `default`. */
  source: string;
  /** JSON pointer inside a config file, e.g. `/fail-on`. */
  pointer?: string;
  /** Advice added to an error about this value. */
  hint?: string;
}

export interface RawValue {
  value: unknown;
  origin: Origin;
}

export type RawValues = Partial<Record<SettingKey, RawValue>>;
