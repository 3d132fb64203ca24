/**
 * The vendors' OpenAPI descriptions are wrong or too loose in a few places that matter for
 * request-body checks (/work/shared/specs/SOURCES.md, "Known schema quirks"). Each deviation
 * from the published text is listed here by name, so a reader of a violation — or of a fake
 * that accepted something — can see exactly where the fakes stop trusting the spec.
 *
 * A quirk that expects a shape the spec no longer has throws: a silently skipped quirk would turn
 * a stricter or looser fake into a surprise.
 */

export type SpecName = 'bitbucket-cloud' | 'bitbucket-data-center' | 'datafold' | 'github';

/** The part of a spec document the quirks touch: schemas by name. */
export type SchemaMap = Record<string, Record<string, unknown>>;

export interface SpecQuirk {
  readonly id: string;
  /** The SOURCES.md item it answers to. */
  readonly source: string;
  readonly description: string;
  /** Edits a private copy of the schemas; never the file on disk. */
  readonly apply: (schemas: SchemaMap) => void;
}

/** Data Center's patterns are unanchored (`"FAIL|PASS"` accepts `"PASSED"`), so they become enums. */
export const DC_ENUMS: ReadonlyArray<{ schema: string; property: string; values: readonly string[] }> = [
  { schema: 'RestSetInsightReportRequest', property: 'result', values: ['PASS', 'FAIL'] },
  { schema: 'RestSingleAddInsightAnnotationRequest', property: 'severity', values: ['LOW', 'MEDIUM', 'HIGH'] },
  { schema: 'RestSingleAddInsightAnnotationRequest', property: 'type', values: ['VULNERABILITY', 'CODE_SMELL', 'BUG'] },
  {
    schema: 'RestInsightReportData',
    property: 'type',
    values: ['BOOLEAN', 'DATE', 'DURATION', 'LINK', 'NUMBER', 'PERCENTAGE', 'TEXT'],
  },
];

export const CLOUD_QUIRKS: readonly SpecQuirk[] = [
  {
    id: 'cloud-object-type-not-required',
    source: 'SOURCES.md quirk 1',
    description:
      'Every Cloud resource inherits #/definitions/object, which requires "type"; real request bodies omit it, so "type" is not required on requests.',
    apply: (schemas) => {
      const base = schemaAt(schemas, 'object');
      const required = base['required'];
      if (!Array.isArray(required) || !required.includes('type')) throw drift('object.required no longer lists "type"');
      base['required'] = required.filter((name) => name !== 'type');
    },
  },
  {
    id: 'cloud-report-data-value-any',
    source: 'SOURCES.md quirk 2',
    description: 'report_data.value is declared "type: object" but documented values are numbers, booleans and strings: any JSON value is accepted.',
    apply: (schemas) => relaxToAny(schemas, 'report_data', 'value'),
  },
  {
    id: 'cloud-annotation-line-minimum-kept',
    source: 'SOURCES.md quirk 3',
    description: 'report_annotation.line keeps "minimum: 1" although the prose says an omitted line means 0: a client must omit line, never send 0.',
    apply: (schemas) => {
      const line = propertyOf(allOfMember(schemaAt(schemas, 'report_annotation'), 'line'), 'line');
      if (line['minimum'] !== 1) throw drift('report_annotation.line.minimum is no longer 1');
    },
  },
];

export const DC_QUIRKS: readonly SpecQuirk[] = [
  {
    id: 'dc-report-data-value-any',
    source: 'SOURCES.md quirk 2',
    description: 'RestInsightReportData.value is declared "type: object" but documented values are numbers, booleans and strings: any JSON value is accepted.',
    apply: (schemas) => relaxToAny(schemas, 'RestInsightReportData', 'value'),
  },
  {
    id: 'dc-unanchored-patterns-as-enums',
    source: 'SOURCES.md quirk 4',
    description: `Unanchored patterns replaced by explicit enums: ${DC_ENUMS.map((e) => `${e.schema}.${e.property}`).join(', ')}.`,
    apply: (schemas) => {
      for (const { schema, property, values } of DC_ENUMS) {
        const prop = propertyOf(schemaAt(schemas, schema), property);
        const pattern = prop['pattern'];
        if (typeof pattern !== 'string' || values.some((v) => !pattern.split('|').includes(v))) {
          throw drift(`${schema}.${property}.pattern is not the expected alternation of ${values.join('|')}`);
        }
        delete prop['pattern'];
        prop['enum'] = [...values];
      }
    },
  },
  {
    id: 'dc-report-data-required-kept',
    source: 'SOURCES.md quirk 5',
    description: 'RestSetInsightReportRequest keeps "data" required (the prose says optional): a client must send "data": [] at least.',
    apply: (schemas) => {
      const required = schemaAt(schemas, 'RestSetInsightReportRequest')['required'];
      if (!Array.isArray(required) || !required.includes('data')) throw drift('RestSetInsightReportRequest no longer requires "data"');
    },
  },
  {
    id: 'openapi-3.0-nullable',
    source: 'OpenAPI 3.0 semantics',
    description: 'OpenAPI 3.0 "nullable: true" is not JSON Schema: it becomes a "null" member of "type" (and of "enum" when present).',
    apply: (schemas) => {
      for (const schema of Object.values(schemas)) rewriteNullable(schema);
    },
  },
];

export const DATAFOLD_QUIRKS: readonly SpecQuirk[] = [
  {
    id: 'datafold-pk-columns-required',
    source: 'SOURCES.md quirk 10',
    description: 'ApiDataDiffData leaves pk_columns optional (infer_pk); the create page of the docs requires it, so the fakes require it.',
    apply: (schemas) => {
      const body = schemaAt(schemas, 'ApiDataDiffData');
      propertyOf(body, 'pk_columns');
      const required = body['required'];
      if (!Array.isArray(required) || required.includes('pk_columns')) throw drift('ApiDataDiffData.required is missing or already lists pk_columns');
      body['required'] = [...required, 'pk_columns'];
    },
  },
];

/** GitHub's description (OpenAPI 3.0.3) needs only the translation of `nullable` that Data Center's needs too. */
export const GITHUB_QUIRKS: readonly SpecQuirk[] = DC_QUIRKS.filter((quirk) => quirk.id === 'openapi-3.0-nullable');

function schemaAt(schemas: SchemaMap, name: string): Record<string, unknown> {
  const schema = schemas[name];
  if (!schema) throw drift(`schema ${name} is missing`);
  return schema;
}

/** Cloud definitions are `allOf: [base, own]`; the named property lives in one of the members. */
function allOfMember(schema: Record<string, unknown>, property: string): Record<string, unknown> {
  const members = Array.isArray(schema['allOf']) ? (schema['allOf'] as Record<string, unknown>[]) : [schema];
  const owner = members.find((m) => isObject(m['properties']) && property in (m['properties'] as object));
  if (!owner) throw drift(`no allOf member declares ${property}`);
  return owner;
}

function propertyOf(schema: Record<string, unknown>, property: string): Record<string, unknown> {
  const props = schema['properties'];
  const prop = isObject(props) ? (props as Record<string, unknown>)[property] : undefined;
  if (!isObject(prop)) throw drift(`property ${property} is missing`);
  return prop as Record<string, unknown>;
}

function relaxToAny(schemas: SchemaMap, schema: string, property: string): void {
  const props = schemaAt(schemas, schema)['properties'] as Record<string, unknown>;
  const prop = propertyOf(schemaAt(schemas, schema), property);
  if (prop['type'] !== 'object') throw drift(`${schema}.${property} is no longer declared as an object`);
  props[property] = { description: `${String(prop['description'] ?? '')} (relaxed: any JSON value)`.trim() };
}

function rewriteNullable(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) rewriteNullable(item);
    return;
  }
  if (!isObject(node)) return;
  const schema = node as Record<string, unknown>;
  if (schema['nullable'] === true) {
    const type = schema['type'];
    if (typeof type === 'string') schema['type'] = [type, 'null'];
    else if (Array.isArray(type) && !type.includes('null')) schema['type'] = [...type, 'null'];
    if (Array.isArray(schema['enum']) && !schema['enum'].includes(null)) schema['enum'] = [...schema['enum'], null];
    delete schema['nullable'];
  }
  for (const value of Object.values(schema)) rewriteNullable(value);
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function drift(what: string): Error {
  return new Error(`spec quirk no longer applies: ${what}; review test/fakes/spec-quirks.ts against the new spec`);
}
