/**
 * The models as the verdict step judged them, paired with their diff, most important first:
 * failing before warning before passing, a diff that could not run before one that ran, then by
 * how much differs. The comment, the Code Insights report and the verdict line all read this one
 * order, so a capped comment keeps the models that matter and every decoration names the same ones.
 */
import type { DataDiffReport, ModelDiff } from '../../reports/model.js';
import { thresholdVerdictOf } from '../../reports/data-diff-verdict.js';
import type { Breach, ModelVerdict } from '../../reports/model.js';

export interface JudgedModel {
  model: ModelDiff;
  verdict: ModelVerdict['verdict'];
  /** Only what crossed a threshold the user set; empty when no thresholds judged the diff. */
  breaches: Breach[];
}

export interface Judgement {
  /** Whether thresholds judged the diff (otherwise: a failure fails, any difference warns). */
  thresholds: boolean;
  models: JudgedModel[];
  modelsFailed: number;
  modelsWarned: number;
}

const VERDICT_ORDER = { fail: 0, warn: 1, pass: 2 } as const;
const STATUS_ORDER = { failed: 0, different: 1, identical: 2 } as const;

/** The summary, the comment and the insight all read it: judged and ranked once per report. */
const JUDGEMENTS = new WeakMap<DataDiffReport, Judgement>();

export function judgementOf(report: DataDiffReport): Judgement {
  let judgement = JUDGEMENTS.get(report);
  if (judgement === undefined) {
    judgement = judge(report);
    JUDGEMENTS.set(report, judgement);
  }
  return judgement;
}

function judge(report: DataDiffReport): Judgement {
  const judged = thresholdVerdictOf(report);
  const models = report.models.map((model, i): JudgedModel => {
    const verdict = judged.models[i];
    return { model, verdict: verdict?.verdict ?? 'pass', breaches: judged.thresholds ? (verdict?.breaches ?? []) : [] };
  });
  models.sort(
    (a, b) =>
      VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict] ||
      STATUS_ORDER[a.model.status] - STATUS_ORDER[b.model.status] ||
      changedShare(b.model) - changedShare(a.model) ||
      changedRows(b.model) - changedRows(a.model) ||
      schemaChanges(b.model) - schemaChanges(a.model),
  );
  return { thresholds: judged.thresholds, models, modelsFailed: judged.modelsFailed, modelsWarned: judged.modelsWarned };
}

function changedRows(model: ModelDiff): number {
  const rows = model.rows;
  return rows === undefined ? 0 : rows.added + rows.removed + rows.changed;
}

/** Rows that differ per row of the larger table; a model without table sizes ranks by its counts alone. */
function changedShare(model: ModelDiff): number {
  const size = Math.max(model.rows?.base ?? 0, model.rows?.head ?? 0);
  return size === 0 ? 0 : changedRows(model) / size;
}

function schemaChanges(model: ModelDiff): number {
  const schema = model.schema;
  return schema === undefined ? 0 : schema.added.length + schema.removed.length + schema.typeChanged.length;
}

/** dbt ids all under one package (`model.jaffle_shop.`) are shown without it: the id is what pushes the table off a PR pane. */
export function displayNames(models: readonly ModelDiff[]): (model: ModelDiff) => string {
  const prefix = /^(?:model|snapshot|seed)\.[^.]+\./.exec(models[0]?.name ?? '')?.[0];
  const shared = prefix !== undefined && models.every((m) => m.name.startsWith(prefix) && m.name.length > prefix.length);
  return shared ? (model) => model.name.slice(prefix.length) : (model) => model.name;
}
