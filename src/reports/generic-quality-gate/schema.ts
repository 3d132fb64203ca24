/**
 * Our own quality-gate format, for tools other than SonarQube. People write it by hand or with a
 * few lines of script, so it is closed (`additionalProperties: false`): a misspelt field is an
 * error, not silently ignored. Published as schemas/generic-quality-gate.schema.json (this object
 * plus `$id`; a test keeps the two equal) and documented in docs/generic-quality-gate.md. The `$id`
 * stays out of this object so that compiling it never clashes with the published file in one ajv.
 */
import type { Comparator, FindingType, MetricType, Severity } from '../model.js';

export const GENERIC_QUALITY_GATE_SCHEMA_ID = 'https://unpkg.com/pr-insights/schemas/generic-quality-gate.schema.json';

const numberOrString = {
  type: ['number', 'string'],
};

export const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'pr-insights generic quality gate',
  description:
    'A quality-gate result from any tool, for pr-insights to post to a pull request: the overall status, the conditions that were checked, and optional findings to annotate.',
  type: 'object',
  required: ['kind', 'version', 'tool', 'status'],
  additionalProperties: false,
  properties: {
    $schema: {
      description: 'Optional URL of this schema, for editor completion and validation.',
      type: 'string',
    },
    kind: {
      description: 'Identifies the file as a generic quality gate.',
      const: 'quality-gate',
    },
    version: {
      description: 'Version of this format.',
      const: 1,
    },
    tool: {
      description: 'Name of the tool that produced the result, shown to the reader, e.g. "Coverage check".',
      type: 'string',
      minLength: 1,
    },
    status: {
      description: 'The overall result. "none": there was nothing to judge (no gate configured).',
      enum: ['passed', 'warning', 'failed', 'none'],
    },
    url: {
      description: "Link to the full result in the tool's UI.",
      type: 'string',
      format: 'uri',
      pattern: '^https?://',
    },
    project: {
      description: 'Project key or name in the tool.',
      type: 'string',
      minLength: 1,
    },
    conditions: {
      description: 'The checks of the gate, in the order to show them.',
      type: 'array',
      items: { $ref: '#/$defs/condition' },
    },
    findings: {
      description: 'Issues to annotate on the changed files.',
      type: 'array',
      items: { $ref: '#/$defs/finding' },
    },
  },
  $defs: {
    condition: {
      description: 'One check: a metric compared with a threshold.',
      type: 'object',
      required: ['metric', 'status'],
      additionalProperties: false,
      dependentRequired: { threshold: ['comparator'] },
      properties: {
        metric: {
          description: 'Metric key, e.g. "new_coverage". SonarQube metric keys get their SonarQube name and type.',
          type: 'string',
          minLength: 1,
        },
        name: {
          description: 'Display name; defaults to the SonarQube name of the metric or the key made readable.',
          type: 'string',
          minLength: 1,
        },
        type: {
          description: 'How the values are displayed; guessed from the metric key and values when absent.',
          enum: ['PERCENT', 'RATING', 'INT', 'FLOAT', 'WORK_DUR', 'MILLISEC', 'LEVEL', 'SEVERITY', 'STRING'],
        },
        status: {
          description: 'Result of this check.',
          enum: ['passed', 'warning', 'failed'],
        },
        comparator: {
          description: 'The check fails when `actual <comparator> threshold`: GT fails above, LT below, EQ when equal, NE when different. Required with a threshold.',
          enum: ['GT', 'LT', 'EQ', 'NE'],
        },
        threshold: {
          description: 'The limit the actual value is compared with.',
          ...numberOrString,
        },
        actual: {
          description: 'The measured value; omit it when there is none.',
          ...numberOrString,
        },
        newCode: {
          description: 'Whether the check is on new code only; defaults to true for metric keys starting with "new_".',
          type: 'boolean',
        },
      },
    },
    finding: {
      description: 'One issue to annotate.',
      type: 'object',
      required: ['id', 'message', 'severity'],
      additionalProperties: false,
      dependentRequired: { line: ['path'] },
      properties: {
        id: {
          description: 'Stable id, unique in the file (the same issue keeps its id from one run to the next).',
          type: 'string',
          minLength: 1,
        },
        path: {
          description: 'File path relative to the repository root; omit it for a project-level finding.',
          type: 'string',
          minLength: 1,
        },
        line: {
          description: '1-based line; omit it for a file-level finding.',
          type: 'integer',
          minimum: 1,
          // Platforms store lines as 32-bit integers; a larger one is refused here, not sent.
          maximum: 2147483647,
        },
        message: {
          description: 'What is wrong, in plain text.',
          type: 'string',
          minLength: 1,
        },
        severity: {
          description: 'How serious the finding is.',
          enum: ['critical', 'high', 'medium', 'low', 'info'],
        },
        type: {
          description: 'Kind of finding; defaults to CODE_SMELL.',
          enum: ['BUG', 'VULNERABILITY', 'CODE_SMELL'],
        },
        rule: {
          description: 'Rule or check id, e.g. "java:S1144".',
          type: 'string',
          minLength: 1,
        },
        link: {
          description: "Link to the finding in the tool's UI.",
          type: 'string',
          format: 'uri',
          pattern: '^https?://',
        },
      },
    },
  },
} as const;

export type GenericStatus = 'passed' | 'warning' | 'failed' | 'none';

export interface GenericCondition {
  metric: string;
  name?: string;
  type?: MetricType;
  status: Exclude<GenericStatus, 'none'>;
  comparator?: Comparator;
  threshold?: number | string;
  actual?: number | string;
  newCode?: boolean;
}

export interface GenericFinding {
  id: string;
  path?: string;
  line?: number;
  message: string;
  severity: Severity;
  type?: FindingType;
  rule?: string;
  link?: string;
}

export interface GenericQualityGate {
  $schema?: string;
  kind: 'quality-gate';
  version: 1;
  tool: string;
  status: GenericStatus;
  url?: string;
  project?: string;
  conditions?: GenericCondition[];
  findings?: GenericFinding[];
}
