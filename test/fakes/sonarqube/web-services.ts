/**
 * Checks query parameters against SonarQube's own description of its Web API
 * (`api/webservices/list` of 10.6, /work/shared/specs/sonarqube-webservices-10.6.json), moved to
 * the emulated version with each parameter's `since` and `deprecatedKeySince`, plus the
 * differences the list cannot know (older servers, Cloud), written out below with their source.
 *
 * The real server silently ignores a parameter it does not know; the fake refuses it with 400 and
 * records a violation, because a client that sends one is relying on a filter that is not applied.
 * The one exception is the trap that motivated the check: 9.9 ignoring `components` on
 * `api/issues/search` and answering with every project's issues — that is modelled as it happens
 * (answered, not refused) and recorded as a violation.
 *
 * Without the specs the check is off and `status.reason` says why; the routes still work.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_SPECS_DIR } from '../spec-validator.js';
import type { SonarProfile } from './profile.js';

export const WEB_SERVICES_FILE = 'sonarqube-webservices-10.6.json';

/** The actions the fake serves, as the list names them (`{webService.path}/{action.key}`). */
export type SonarAction =
  | 'api/server/version'
  | 'api/ce/task'
  | 'api/qualitygates/project_status'
  | 'api/measures/component'
  | 'api/issues/search'
  | 'api/hotspots/search';

interface ListedParam {
  readonly key: string;
  readonly description?: string;
  readonly exampleValue?: string;
  readonly required?: boolean;
  readonly since?: string;
  readonly deprecatedKey?: string;
  readonly deprecatedKeySince?: string;
  readonly possibleValues?: readonly string[];
  readonly maximumValue?: number;
}

interface ListedAction {
  readonly key: string;
  readonly params?: readonly ListedParam[];
}

export interface ParamRule {
  /** The name SonarQube uses in its messages on this version. */
  readonly key: string;
  /** Every name accepted for it on this version (current and deprecated). */
  readonly names: readonly string[];
  readonly required: boolean;
  readonly possibleValues?: readonly string[];
  readonly maximumValue?: number;
  /** A comma-separated list: `possibleValues` applies to each element. */
  readonly multiValued: boolean;
}

export interface ActionRules {
  readonly action: SonarAction;
  readonly params: readonly ParamRule[];
  /** Names this version does not know but answers as if they were absent, with why. */
  readonly ignored: ReadonlyMap<string, string>;
}

export type ParamProblemReason = 'unknown-parameter' | 'ignored-by-server' | 'missing-parameter' | 'possible-values' | 'maximum-value' | 'not-an-integer';

export interface ParamProblem {
  readonly param: string;
  readonly value?: string;
  readonly reason: ParamProblemReason;
  readonly message: string;
  /** Answered with 400 (everything but `ignored-by-server`). */
  readonly refused: boolean;
}

export interface WebServicesStatus {
  readonly enabled: boolean;
  /** The list checked against, when enabled. */
  readonly file?: string;
  /** Why the check is off. */
  readonly reason?: string;
}

export interface WebServices {
  readonly status: WebServicesStatus;
  /** Undefined when the check is off (or the list lacks the action). */
  rules(action: SonarAction, profile: SonarProfile): ActionRules | undefined;
}

const BOOLEAN_VALUES = ['true', 'false', 'yes', 'no'] as const;

interface Delta {
  readonly action: SonarAction | '*';
  readonly applies: (profile: SonarProfile) => boolean;
  readonly edit: (params: Map<string, ParamRule>) => void;
}

/**
 * What the 10.6 list cannot say about 9.9 or Cloud. Each entry names its source; anything not
 * listed is taken from the 10.6 list as is (for 2025.x too: no newer list is at hand).
 */
const DELTAS: readonly Delta[] = [
  // Removed in 10.0 ("Parameter 'sinceLeakPeriod' is removed", 10.6 changelog of issues/search),
  // deprecated since 9.4, so older servers still take it (input-formats.md §1.6).
  { action: 'api/issues/search', applies: (p) => p.before('10.0'), edit: (m) => m.set('sinceLeakPeriod', booleanRule('sinceLeakPeriod')) },
  // "the option `periods` of 'additionalFields' request field is removed" in 10.0 (changelog of measures/component).
  { action: 'api/measures/component', applies: (p) => p.before('10.0'), edit: (m) => widenValues(m, 'additionalFields', ['periods']) },
  // Cloud keeps the pre-10.2 names and `sinceLeakPeriod` (input-formats.md §1.2 from SonarSource's
  // MCP server, specs/SOURCES.md §9).
  {
    action: 'api/issues/search',
    applies: (p) => p.cloud,
    edit: (m) => {
      rename(m, 'components', 'componentKeys');
      m.delete('inNewCodePeriod');
      m.set('sinceLeakPeriod', booleanRule('sinceLeakPeriod'));
    },
  },
  { action: 'api/hotspots/search', applies: (p) => p.cloud, edit: (m) => rename(m, 'project', 'projectKey') },
  // Cloud answers new-code values in the legacy `periods` shape and wants `additionalFields=periods`
  // for the period itself (input-formats.md §1.2, §1.5).
  { action: 'api/measures/component', applies: (p) => p.cloud, edit: (m) => setValues(m, 'additionalFields', ['metrics', 'periods']) },
  // Cloud scopes by organization: required on searches, harmless elsewhere (input-formats.md §1.2).
  // The issues route itself refuses a search without it, so the rule here only makes it known.
  { action: '*', applies: (p) => p.cloud, edit: (m) => m.set('organization', { key: 'organization', names: ['organization'], required: false, multiValued: false }) },
];

/** specs/SOURCES.md §9: "A 9.9 server silently ignores `components`" (renamed from `componentKeys` in 10.2). */
const IGNORED: ReadonlyArray<{ action: SonarAction; applies: (p: SonarProfile) => boolean; name: string; why: string }> = [
  {
    action: 'api/issues/search',
    applies: (p) => p.before('10.2'),
    name: 'components',
    why: "it was called 'componentKeys' before 10.2, so the search is not narrowed to that component",
  },
];

const cache = new Map<string, WebServices>();

/**
 * `specsDir: false` turns the check off on purpose; otherwise the directory is
 * `PR_INSIGHTS_SPECS_DIR` (read now, so a test can point it at a missing folder) or ../shared/specs.
 */
export function loadWebServices(specsDir?: string | false): WebServices {
  if (specsDir === false) return disabled('parameter check turned off by the caller');
  const file = path.join(specsDir ?? process.env['PR_INSIGHTS_SPECS_DIR'] ?? DEFAULT_SPECS_DIR, WEB_SERVICES_FILE);
  let loaded = cache.get(file);
  if (!loaded) {
    loaded = existsSync(file) ? build(file) : disabled(`${file} not found: query parameters are not checked`);
    cache.set(file, loaded);
  }
  return loaded;
}

function disabled(reason: string): WebServices {
  return { status: { enabled: false, reason }, rules: () => undefined };
}

function build(file: string): WebServices {
  const doc = JSON.parse(readFileSync(file, 'utf8')) as { webServices: ReadonlyArray<{ path: string; actions: readonly ListedAction[] }> };
  const actions = new Map<string, ListedAction>();
  for (const service of doc.webServices) for (const action of service.actions) actions.set(`${service.path}/${action.key}`, action);
  const memo = new Map<string, ActionRules | undefined>();
  return {
    status: { enabled: true, file },
    rules(action, profile) {
      const key = `${action}\0${profile.cloud}\0${profile.version}`;
      if (!memo.has(key)) {
        const listed = actions.get(action);
        memo.set(key, listed && deriveRules(action, listed, profile));
      }
      return memo.get(key);
    },
  };
}

function deriveRules(action: SonarAction, listed: ListedAction, profile: SonarProfile): ActionRules {
  const params = new Map<string, ParamRule>();
  for (const p of listed.params ?? []) {
    if (p.since !== undefined && profile.before(p.since)) continue;
    // Before its rename the parameter existed under the old name only.
    const renamedLater = p.deprecatedKey !== undefined && p.deprecatedKeySince !== undefined && profile.before(p.deprecatedKeySince);
    const key = renamedLater ? p.deprecatedKey! : p.key;
    params.set(p.key, {
      key,
      names: renamedLater || p.deprecatedKey === undefined ? [key] : [p.key, p.deprecatedKey],
      required: p.required === true,
      ...(p.possibleValues ? { possibleValues: p.possibleValues } : {}),
      ...(p.maximumValue === undefined ? {} : { maximumValue: p.maximumValue }),
      // `issueStatuses` has an empty description; its example (`ACCEPTED,FIXED`) tells it is a list.
      multiValued: /comma-separated/i.test(p.description ?? '') || (p.exampleValue ?? '').includes(','),
    });
  }
  for (const delta of DELTAS) if ((delta.action === '*' || delta.action === action) && delta.applies(profile)) delta.edit(params);
  const ignored = new Map(IGNORED.filter((i) => i.action === action && i.applies(profile)).map((i) => [i.name, i.why]));
  return { action, params: [...params.values()], ignored };
}

function booleanRule(key: string): ParamRule {
  return { key, names: [key], required: false, possibleValues: BOOLEAN_VALUES, multiValued: false };
}

function rename(params: Map<string, ParamRule>, listedKey: string, only: string): void {
  const rule = mustHave(params, listedKey);
  params.set(listedKey, { ...rule, key: only, names: [only] });
}

function widenValues(params: Map<string, ParamRule>, listedKey: string, extra: readonly string[]): void {
  const rule = mustHave(params, listedKey);
  params.set(listedKey, { ...rule, possibleValues: [...(rule.possibleValues ?? []), ...extra] });
}

function setValues(params: Map<string, ParamRule>, listedKey: string, values: readonly string[]): void {
  params.set(listedKey, { ...mustHave(params, listedKey), possibleValues: values });
}

function mustHave(params: Map<string, ParamRule>, key: string): ParamRule {
  const rule = params.get(key);
  // A newer list without the parameter means the delta needs reviewing, not silently skipping.
  if (!rule) throw new Error(`web-services delta no longer applies: no parameter '${key}' in ${WEB_SERVICES_FILE}`);
  return rule;
}

/**
 * Every problem with a query, in SonarQube's own wording where SonarQube would refuse it
 * (`ValidatingRequest`: "Value of parameter …", "'ps' value (501) must be less than 500",
 * "The 'id' parameter is missing").
 */
export function checkQuery(rules: ActionRules, query: URLSearchParams, profile: SonarProfile): ParamProblem[] {
  const problems: ParamProblem[] = [];
  const known = new Set(rules.params.flatMap((r) => r.names));
  for (const name of new Set(query.keys())) {
    if (known.has(name)) continue;
    const why = rules.ignored.get(name);
    problems.push(
      why === undefined
        ? {
            param: name,
            reason: 'unknown-parameter',
            refused: true,
            message: `The fake refuses parameter '${name}': ${rules.action} on ${profile.label} has no such parameter (the real server would silently ignore it)`,
          }
        : { param: name, reason: 'ignored-by-server', refused: false, message: `${profile.label} does not know parameter '${name}' of ${rules.action} and silently ignores it: ${why}` },
    );
  }
  for (const rule of rules.params) {
    const raw = rule.names.map((n) => query.get(n)).find((v) => v !== null);
    if (raw === undefined) {
      if (rule.required) problems.push({ param: rule.key, reason: 'missing-parameter', refused: true, message: `The '${rule.key}' parameter is missing` });
      continue;
    }
    const value = raw.trim();
    const values = rule.multiValued ? value.split(',').map((v) => v.trim()).filter((v) => v !== '') : [value];
    const possible = rule.possibleValues;
    const outside = possible && values.find((v) => !possible.includes(v));
    if (possible && outside !== undefined) {
      problems.push({ param: rule.key, value: raw, reason: 'possible-values', refused: true, message: `Value of parameter '${rule.key}' (${outside}) must be one of: [${possible.join(', ')}]` });
    }
    if (rule.maximumValue !== undefined && value !== '') {
      const n = Number(value);
      if (!Number.isInteger(n)) {
        problems.push({ param: rule.key, value: raw, reason: 'not-an-integer', refused: true, message: `'${rule.key}' value '${value}' cannot be parsed as an integer` });
      } else if (n > rule.maximumValue) {
        problems.push({ param: rule.key, value: raw, reason: 'maximum-value', refused: true, message: `'${rule.key}' value (${n}) must be less than ${rule.maximumValue}` });
      }
    }
  }
  return problems;
}
