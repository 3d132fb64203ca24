/**
 * JSON Schema of `api/qualitygates/project_status` as far as we read it. Servers add fields from
 * version to version (and SonarCloud differs from Server), so unknown fields are allowed; every
 * field we do read is typed.
 */

/** SonarQube sends numbers as strings; a hand-converted or jq-built file may carry real numbers. */
const numeric = { type: ['string', 'number'] } as const;

const period = {
  type: 'object',
  required: ['mode'],
  properties: {
    mode: { type: 'string' },
    date: { type: 'string' },
    parameter: { type: 'string' },
  },
} as const;

export const projectStatusSchema = {
  type: 'object',
  required: ['projectStatus'],
  properties: {
    projectStatus: {
      type: 'object',
      required: ['status'],
      properties: {
        status: { enum: ['OK', 'WARN', 'ERROR', 'NONE'] },
        ignoredConditions: { type: 'boolean' },
        caycStatus: { type: 'string' },
        period,
        periods: {
          type: 'array',
          items: { ...period, properties: { ...period.properties, index: { type: 'integer' } } },
        },
        conditions: {
          type: 'array',
          items: {
            type: 'object',
            required: ['status', 'metricKey', 'comparator'],
            properties: {
              status: { enum: ['OK', 'WARN', 'ERROR'] },
              metricKey: { type: 'string', minLength: 1 },
              comparator: { enum: ['GT', 'LT', 'EQ', 'NE'] },
              errorThreshold: numeric,
              warningThreshold: numeric,
              actualValue: numeric,
              periodIndex: { type: 'integer' },
            },
          },
        },
      },
    },
  },
} as const;

export interface RawPeriod {
  mode: string;
  date?: string;
  parameter?: string;
  index?: number;
}

export interface RawCondition {
  status: 'OK' | 'WARN' | 'ERROR';
  metricKey: string;
  comparator: 'GT' | 'LT' | 'EQ' | 'NE';
  errorThreshold?: string | number;
  warningThreshold?: string | number;
  actualValue?: string | number;
  periodIndex?: number;
}

export interface RawProjectStatus {
  projectStatus: {
    status: 'OK' | 'WARN' | 'ERROR' | 'NONE';
    ignoredConditions?: boolean;
    caycStatus?: string;
    period?: RawPeriod;
    periods?: RawPeriod[];
    conditions?: RawCondition[];
  };
}
