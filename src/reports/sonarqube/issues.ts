/**
 * `api/issues/search` responses → Findings to annotate. Users save one page, a JSON array of pages,
 * or one page per line (a paging loop appending `curl` output), and both the legacy issue shape
 * (`severity`, `type`) and the 10.x one (`impacts[]`) occur in the wild.
 */
import { InputError } from '../../core/errors.js';
import { validateOrThrow } from '../../validation/schema.js';
import { SEVERITY_ORDER, type Finding, type FindingType, type Severity } from '../model.js';
import {
  issuesPageSchema,
  issuesPagesSchema,
  type ImpactSeverity,
  type LegacySeverity,
  type LegacyType,
  type RawIssue,
  type RawIssuesPage,
  type SoftwareQuality,
} from './issues-schema.js';

const LEGACY_SEVERITY: Record<LegacySeverity, Severity> = {
  BLOCKER: 'critical',
  CRITICAL: 'high',
  MAJOR: 'medium',
  MINOR: 'low',
  INFO: 'info',
};

const IMPACT_SEVERITY: Record<ImpactSeverity, Severity> = {
  BLOCKER: 'critical',
  HIGH: 'high',
  MEDIUM: 'medium',
  LOW: 'low',
  INFO: 'info',
};

const LEGACY_TYPE: Record<LegacyType, FindingType> = {
  BUG: 'BUG',
  VULNERABILITY: 'VULNERABILITY',
  CODE_SMELL: 'CODE_SMELL',
  SECURITY_HOTSPOT: 'VULNERABILITY',
};

/** In this order, so that among equally severe impacts the security one is shown. */
const QUALITY_TYPE: Record<SoftwareQuality, FindingType> = {
  SECURITY: 'VULNERABILITY',
  RELIABILITY: 'BUG',
  MAINTAINABILITY: 'CODE_SMELL',
};
const QUALITY_ORDER = Object.keys(QUALITY_TYPE) as SoftwareQuality[];

/**
 * Resolved issues are dropped: they need no action from the reviewer, and exports made without
 * `resolved=false` (or `issueStatuses=OPEN,CONFIRMED`) would otherwise annotate fixed, accepted and
 * false-positive issues as if they were open.
 */
const RESOLVED_ISSUE_STATUSES = new Set(['FIXED', 'FALSE_POSITIVE', 'ACCEPTED']);
const RESOLVED_LEGACY_STATUSES = new Set(['RESOLVED', 'CLOSED']);

/** The open issues a search answered, and how many it matched: a saved first page holds 100 of 111. */
export interface SonarIssues {
  findings: Finding[];
  /** Open issues the search stands for, counting those its pages do not hold (at least `findings.length`). */
  total: number;
  /** Issues the pages hold that were left out as resolved (fixed, accepted, false positive). */
  resolved: number;
}

export function parseSonarIssues(text: string, path: string): Finding[] {
  return readSonarIssues(text, path).findings;
}

/** `json` is `text` already parsed (readDocument's), so a large file is parsed once; undefined when it is no one JSON document. */
export function readSonarIssues(text: string, path: string, json?: unknown): SonarIssues {
  return collect(readPages(text, path, json));
}

/** Pages fetched live (`source` names the search in messages), each checked as a saved file would be. */
export function sonarIssuesFromPages(pages: readonly unknown[], source: string): SonarIssues {
  return collect(pages.map((page, i) => {
    rejectErrorResponse(page, source, `page ${i + 1}`);
    return validateOrThrow<RawIssuesPage>(issuesPageSchema, page, source, `page ${i + 1}`);
  }));
}

function collect(pages: readonly RawIssuesPage[]): SonarIssues {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  let matched = 0;
  let resolved = 0;
  for (const page of pages) {
    matched = Math.max(matched, page.paging?.total ?? page.total ?? 0);
    const locate = locator(page);
    const ruleNames = new Map((page.rules ?? []).map((r) => [r.key, r.name] as const));
    for (const issue of page.issues) {
      // Pages fetched while the server re-sorts or updates issues can overlap.
      if (seen.has(issue.key)) continue;
      seen.add(issue.key);
      if (isResolved(issue)) {
        resolved += 1;
        continue;
      }
      findings.push(toFinding(issue, locate(issue), ruleNames));
    }
  }
  // Issues the pages do not hold count as open: only those held can be seen to be resolved.
  return { findings, total: findings.length + Math.max(0, matched - seen.size), resolved };
}

function readPages(text: string, path: string, parsed: unknown): RawIssuesPage[] {
  if (text.trim() === '') {
    throw new InputError('the file is empty; expected an api/issues/search response', { source: path });
  }
  let whole = parsed;
  if (whole === undefined) {
    try {
      whole = JSON.parse(text);
    } catch (error) {
      return readJsonLines(text, path, error);
    }
  }
  if (Array.isArray(whole)) {
    whole.forEach((page, i) => rejectErrorResponse(page, path, `/${i}`));
    return validateOrThrow<RawIssuesPage[]>(issuesPagesSchema, whole, path);
  }
  rejectErrorResponse(whole, path, '');
  return [validateOrThrow<RawIssuesPage>(issuesPageSchema, whole, path)];
}

function readJsonLines(text: string, path: string, wholeError: unknown): RawIssuesPage[] {
  const pages: RawIssuesPage[] = [];
  const lines = text.split(/\r?\n/);
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const where = `line ${i + 1}`;
    let page: unknown;
    try {
      page = JSON.parse(line);
    } catch (error) {
      // Nothing parsed yet: this is a broken JSON document rather than JSON Lines.
      if (pages.length === 0) {
        throw new InputError(`not valid JSON (${messageOf(wholeError)}); expected an api/issues/search response`, {
          source: path,
          cause: wholeError,
        });
      }
      throw new InputError(`not valid JSON (${messageOf(error)}); expected one api/issues/search page per line`, {
        source: path,
        pointer: where,
        cause: error,
      });
    }
    rejectErrorResponse(page, path, where);
    pages.push(validateOrThrow<RawIssuesPage>(issuesPageSchema, page, path, where));
  }
  return pages;
}

/** A saved failure (`{"errors":[{"msg":…}]}`) deserves its own message, not "missing issues". */
function rejectErrorResponse(page: unknown, path: string, where: string): void {
  if (typeof page !== 'object' || page === null || 'issues' in page || !('errors' in page)) return;
  const errors = (page as { errors: unknown }).errors;
  const first = Array.isArray(errors) ? (errors[0] as { msg?: unknown } | undefined) : undefined;
  const msg = typeof first?.msg === 'string' ? `: "${first.msg}"` : '';
  throw new InputError(`this is a SonarQube error response${msg}; expected an api/issues/search page with "issues"`, {
    source: path,
    pointer: where || '/',
  });
}

function isResolved(issue: RawIssue): boolean {
  // `issueStatus` (10.4+) supersedes `status`/`resolution` when both are present.
  if (issue.issueStatus !== undefined) return RESOLVED_ISSUE_STATUSES.has(issue.issueStatus);
  return issue.status !== undefined && RESOLVED_LEGACY_STATUSES.has(issue.status);
}

interface Location {
  path?: string;
  line?: number;
}

/**
 * The component key is `projectKey:path`, but project keys may themselves contain `:`
 * (`group:artifact`), so the page's own component list is the reliable source of the path.
 */
function locator(page: RawIssuesPage): (issue: RawIssue) => Location {
  const components = new Map((page.components ?? []).map((c) => [c.key, c] as const));
  const projectKeys = (page.components ?? []).filter((c) => c.qualifier === 'TRK').map((c) => c.key);
  return (issue) => {
    const path = components.get(issue.component)?.path ?? stripProjectKey(issue.component, [issue.project, ...projectKeys]);
    if (path === undefined) return {};
    const line = issue.line ?? issue.textRange?.startLine;
    return line === undefined ? { path } : { path, line };
  };
}

/** `undefined` for a project-level issue (the component is the project) or an unknown prefix. */
function stripProjectKey(component: string, projectKeys: (string | undefined)[]): string | undefined {
  const candidates = projectKeys.filter((k): k is string => !!k).sort((a, b) => b.length - a.length);
  for (const key of candidates) {
    if (component.startsWith(`${key}:`) && component.length > key.length + 1) return component.slice(key.length + 1);
  }
  return undefined;
}

function toFinding(issue: RawIssue, location: Location, ruleNames: Map<string, string | undefined>): Finding {
  const { severity, type } = classify(issue);
  const ruleName = issue.rule === undefined ? undefined : ruleNames.get(issue.rule);
  const message = issue.message ?? ruleName ?? issue.rule ?? 'SonarQube issue';
  return {
    id: issue.key,
    ...location,
    message,
    severity,
    type,
    ...(issue.rule !== undefined && { rule: issue.rule }),
  };
}

/** When a server sends both, impacts win: they are the current model, the pair is deprecated since 10.4. */
function classify(issue: RawIssue): { severity: Severity; type: FindingType } {
  const top = [...(issue.impacts ?? [])].sort(
    (a, b) =>
      SEVERITY_ORDER.indexOf(IMPACT_SEVERITY[a.severity]) - SEVERITY_ORDER.indexOf(IMPACT_SEVERITY[b.severity]) ||
      QUALITY_ORDER.indexOf(a.softwareQuality) - QUALITY_ORDER.indexOf(b.softwareQuality),
  )[0];
  if (top) return { severity: IMPACT_SEVERITY[top.severity], type: QUALITY_TYPE[top.softwareQuality] };
  // The schema guarantees the legacy pair when there is no impact.
  return { severity: LEGACY_SEVERITY[issue.severity!], type: LEGACY_TYPE[issue.type!] };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
