/**
 * Files people pass as REPORT by mistake: SonarQube's task status, its issues search and the
 * scanner's metadata (they sit next to the real one), and what a failed request saves instead of a
 * report (a SonarQube error body, an HTML login page). Recognising them turns "unknown format"
 * into what the file is and what to do.
 */
import type { ReportDocument } from './format.js';

interface NearMiss {
  matches(source: ReportDocument): boolean;
  advice(source: ReportDocument): string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Error messages that mean the token, not the request, is at fault. */
const ACCESS_DENIED = /privilege|permission|authenticat|authori[sz]|forbidden|token|log ?in/i;
/** Quoted from the file: enough to recognise, never a page of it. */
const QUOTE_MAX = 200;

const NEAR_MISSES: readonly NearMiss[] = [
  {
    matches: (s) => isObject(s.json) && isObject(s.json['task']) && 'status' in s.json['task'],
    advice: () =>
      'this is a SonarQube Compute Engine task (api/ce/task), not a quality gate; once its status is SUCCESS, pass the gate from api/qualitygates/project_status?analysisId=<task.analysisId> as REPORT',
  },
  {
    matches: (s) => isObject(s.json) && Array.isArray(s.json['issues']) && !('kind' in s.json),
    advice: () =>
      'this is SonarQube issues search output (api/issues/search); pass it as ISSUES for annotations, and the gate (api/qualitygates/project_status) as REPORT',
  },
  {
    matches: (s) => s.json === undefined && /^(ceTaskId|dashboardUrl|serverUrl)=/m.test(s.text),
    advice: () =>
      "this is the SonarQube scanner's report-task.txt; pass the gate from api/qualitygates/project_status as REPORT (report-task.txt beside it is read automatically for the dashboard link)",
  },
  {
    // SonarQube answers a refused request with {"errors":[{"msg":…}]} (input-formats.md §1.2); `curl -o` saves it all the same.
    matches: (s) => isObject(s.json) && Array.isArray(s.json['errors']) && !('projectStatus' in s.json),
    advice: (s) => {
      const message = errorMessages((s.json as { errors: unknown[] }).errors);
      const quoted = message === '' ? '' : `: "${message}"`;
      const next = ACCESS_DENIED.test(message)
        ? 'check the token (it must be valid and allowed to browse the project)'
        : 'the request that saved it failed: fix what it says';
      return `this is a SonarQube error response, not a quality gate${quoted}; ${next}, then save api/qualitygates/project_status again`;
    },
  },
  {
    matches: (s) => s.json === undefined && /^\s*(<!doctype html|<html|<head|<body)/i.test(s.text),
    advice: (s) =>
      /login|log in|sign in|password/i.test(s.text)
        ? 'this is an HTML login page, not a report: the request that saved it was not signed in; check the token it sent, and that the URL is an API endpoint (api/…), not a page of the web UI'
        : 'this is an HTML page, not a report: the server answered with a web page where JSON was expected; check the URL (an API endpoint, api/…) and the token',
  },
];

/** What the file is and what to pass instead, when it is a known near miss. */
export function nearMissAdvice(source: ReportDocument): string | undefined {
  return NEAR_MISSES.find((n) => n.matches(source))?.advice(source);
}

function errorMessages(errors: readonly unknown[]): string {
  const messages = errors.map((e) => (isObject(e) && typeof e['msg'] === 'string' ? e['msg'].replace(/\s+/g, ' ').trim() : '')).filter((m) => m !== '');
  const joined = messages.join('; ');
  return joined.length > QUOTE_MAX ? `${joined.slice(0, QUOTE_MAX - 1)}…` : joined;
}
