/**
 * Files people pass as REPORT by mistake because they sit next to the real one: SonarQube's
 * task status, its issues search, the scanner's metadata. Recognising them turns "unknown
 * format" into an instruction.
 */
import type { ReportDocument } from './format.js';

export interface NearMiss {
  matches(source: ReportDocument): boolean;
  advice: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export const NEAR_MISSES: readonly NearMiss[] = [
  {
    matches: (s) => isObject(s.json) && isObject(s.json['task']) && 'status' in s.json['task'],
    advice:
      'this is a SonarQube Compute Engine task (api/ce/task), not a quality gate; once its status is SUCCESS, pass the gate from api/qualitygates/project_status?analysisId=<task.analysisId> as REPORT',
  },
  {
    matches: (s) => isObject(s.json) && Array.isArray(s.json['issues']) && !('kind' in s.json),
    advice: 'this is SonarQube issues search output (api/issues/search); pass it as ISSUES for annotations, and the gate (api/qualitygates/project_status) as REPORT',
  },
  {
    matches: (s) => s.json === undefined && /^(ceTaskId|dashboardUrl|serverUrl)=/m.test(s.text),
    advice:
      "this is the SonarQube scanner's report-task.txt; pass the gate from api/qualitygates/project_status as REPORT (report-task.txt beside it is read automatically for the dashboard link)",
  },
];
