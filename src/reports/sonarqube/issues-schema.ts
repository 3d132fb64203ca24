/**
 * JSON Schema of one `api/issues/search` page as far as we read it. Issues carry many fields that
 * change between versions (clean-code attributes, flows, code variants…), so unknown fields are
 * allowed; the ones that become a Finding are typed.
 */

const LEGACY_SEVERITIES = ['BLOCKER', 'CRITICAL', 'MAJOR', 'MINOR', 'INFO'] as const;
const IMPACT_SEVERITIES = ['BLOCKER', 'HIGH', 'MEDIUM', 'LOW', 'INFO'] as const;
const SOFTWARE_QUALITIES = ['SECURITY', 'RELIABILITY', 'MAINTAINABILITY'] as const;
// SECURITY_HOTSPOT: servers before 8.2 still returned hotspots from this endpoint.
const LEGACY_TYPES = ['BUG', 'VULNERABILITY', 'CODE_SMELL', 'SECURITY_HOTSPOT'] as const;

export type LegacySeverity = (typeof LEGACY_SEVERITIES)[number];
export type ImpactSeverity = (typeof IMPACT_SEVERITIES)[number];
export type SoftwareQuality = (typeof SOFTWARE_QUALITIES)[number];
export type LegacyType = (typeof LEGACY_TYPES)[number];

const issue = {
  type: 'object',
  required: ['key', 'component'],
  properties: {
    key: { type: 'string', minLength: 1 },
    component: { type: 'string', minLength: 1 },
    project: { type: 'string' },
    rule: { type: 'string' },
    message: { type: 'string' },
    // Lines are 32-bit on every platform; a larger one is refused here, not sent.
    line: { type: 'integer', minimum: 1, maximum: 2147483647 },
    textRange: {
      type: 'object',
      properties: { startLine: { type: 'integer', minimum: 1, maximum: 2147483647 } },
    },
    severity: { enum: LEGACY_SEVERITIES },
    type: { enum: LEGACY_TYPES },
    impacts: {
      type: 'array',
      items: {
        type: 'object',
        required: ['softwareQuality', 'severity'],
        properties: {
          softwareQuality: { enum: SOFTWARE_QUALITIES },
          severity: { enum: IMPACT_SEVERITIES },
        },
      },
    },
    // Free strings: only a known set means "resolved", and new statuses must not break parsing.
    issueStatus: { type: 'string' },
    status: { type: 'string' },
  },
  // A finding needs a severity and a type: from 10.x impacts, or from the legacy pair. (The
  // `properties` here only satisfy ajv's strictRequired; the types are checked above.)
  anyOf: [
    { required: ['severity', 'type'], properties: { severity: true, type: true } },
    { required: ['impacts'], properties: { impacts: { type: 'array', minItems: 1 } } },
  ],
} as const;

export const issuesPageSchema = {
  type: 'object',
  required: ['issues'],
  properties: {
    issues: { type: 'array', items: issue },
    // How many issues the search matched, across all its pages (`total` is the pre-9.8 duplicate).
    paging: { type: 'object', properties: { total: { type: 'integer', minimum: 0 } } },
    total: { type: 'integer', minimum: 0 },
    components: {
      type: 'array',
      items: {
        type: 'object',
        required: ['key'],
        properties: {
          key: { type: 'string' },
          qualifier: { type: 'string' },
          path: { type: 'string' },
        },
      },
    },
    rules: {
      type: 'array',
      items: {
        type: 'object',
        required: ['key'],
        properties: { key: { type: 'string' }, name: { type: 'string' } },
      },
    },
  },
} as const;

export const issuesPagesSchema = { type: 'array', items: issuesPageSchema } as const;

export interface RawIssue {
  key: string;
  component: string;
  project?: string;
  rule?: string;
  message?: string;
  line?: number;
  textRange?: { startLine?: number };
  severity?: LegacySeverity;
  type?: LegacyType;
  impacts?: { softwareQuality: SoftwareQuality; severity: ImpactSeverity }[];
  issueStatus?: string;
  status?: string;
}

export interface RawIssuesPage {
  issues: RawIssue[];
  paging?: { total?: number };
  total?: number;
  components?: { key: string; qualifier?: string; path?: string }[];
  rules?: { key: string; name?: string }[];
}
