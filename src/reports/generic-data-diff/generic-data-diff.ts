/** Our generic data-diff JSON (docs/generic-data-diff.md): the way in for tools we do not read natively. */
import { InputError } from '../../core/errors.js';
import { validateOrThrow } from '../../validation/schema.js';
import { matchPercent } from '../data-diff/derive.js';
import { isRecord } from '../../core/records.js';
import type { ReportFormat, ReportDocument } from '../format.js';
import type { DataDiffReport, ModelDiff } from '../model.js';
import { dataDiffVerdict } from '../verdict.js';
import { schema, type RawGenericDataDiff, type RawGenericModel } from './schema.js';

export { schema } from './schema.js';

export const genericDataDiff: ReportFormat = {
  name: 'generic-data-diff',
  kind: 'data-diff',
  sniff,
  parse,
};

/** `kind` alone decides, so that a wrong `version` is reported by the schema rather than as an unknown format. */
function sniff(source: ReportDocument): boolean {
  return isRecord(source.json) && source.json['kind'] === 'data-diff';
}

function parse(source: ReportDocument): DataDiffReport {
  if (source.json === undefined) {
    throw new InputError('expected one JSON object in the generic data-diff format (docs/generic-data-diff.md)', { source: source.path });
  }
  const raw = validateOrThrow<RawGenericDataDiff>(schema, source.json, source.path);
  const models = raw.models.map(toModel);
  return {
    kind: 'data-diff',
    format: genericDataDiff.name,
    tool: raw.tool,
    verdict: dataDiffVerdict(models),
    models,
    ...(raw.url !== undefined && { link: raw.url }),
  };
}

function toModel(raw: RawGenericModel): ModelDiff {
  const rows = raw.rows && { ...raw.rows };
  const match = rows && matchPercent(rows);
  return {
    name: raw.name,
    status: raw.status,
    ...(raw.base !== undefined && { base: raw.base }),
    ...(raw.head !== undefined && { head: raw.head }),
    ...(raw.primaryKey && { primaryKey: [...raw.primaryKey] }),
    ...(rows && { rows }),
    ...(match !== undefined && { matchPercent: match }),
    ...(raw.columns && { columns: raw.columns.map((column) => ({ ...column })) }),
    ...(raw.schema && {
      schema: { added: [...(raw.schema.added ?? [])], removed: [...(raw.schema.removed ?? [])], typeChanged: [...(raw.schema.typeChanged ?? [])] },
    }),
    ...(raw.error !== undefined && { error: raw.error }),
    ...(raw.url !== undefined && { link: raw.url }),
  };
}
