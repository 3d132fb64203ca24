/**
 * The body of a data-diff comment: a totals line, then one row per model (failed first, then
 * different, then identical), with aggregates only — row values never reach a comment, they may
 * be personal or confidential data. Many identical models collapse into one line.
 */
import type { ColumnDifference, DataDiffReport, ModelDiff, ModelDiffStatus } from '../../reports/model.js';
import type { CapBlock, CapRow } from '../cap.js';
import type { BodyContext, CommentBody } from '../contracts.js';
import { escapeMarkdown, markdownLink, tableHeader, tableRow, truncate } from '../markdown.js';
import { count, nouns } from '../text.js';
import { formatNumber, formatPercent } from '../values.js';
import { verdictCell } from '../words.js';
import { diffTotals } from './totals.js';

/** More identical models than this are listed on one line instead of one row each. */
export const COLLAPSE_IDENTICAL_ABOVE = 5;
const IDENTICAL_NAMES_SHOWN = 10;
const LIST_ITEMS_SHOWN = 5;
const NAME_MAX = 120;
const ERROR_MAX = 300;

const STATUS_ORDER: Readonly<Record<ModelDiffStatus, number>> = { failed: 0, different: 1, identical: 2 };
const STATUS_CELL: Readonly<Record<ModelDiffStatus, string>> = {
  failed: verdictCell('fail'),
  different: verdictCell('warn', 'Different'),
  identical: verdictCell('pass', 'Identical'),
};
/** Identical rows are cut first, failures last. */
const STATUS_RANK: Readonly<Record<ModelDiffStatus, number>> = { failed: 3, different: 2, identical: 1 };

const DASH = '—';

export function diffCommentBody(report: DataDiffReport, context: BodyContext): CommentBody {
  const blocks: CapBlock[] = [];
  if (report.models.length > 0) blocks.push({ kind: 'text', markdown: totalsLine(report) });

  const sorted = [...report.models].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]);
  const identical = sorted.filter((m) => m.status === 'identical');
  const collapse = identical.length > COLLAPSE_IDENTICAL_ABOVE;
  const tabled = collapse ? sorted.filter((m) => m.status !== 'identical') : sorted;

  if (tabled.length > 0) {
    blocks.push({
      kind: 'rows',
      header: tableHeader(
        ['Status', 'Model', 'Added', 'Removed', 'Changed', 'Unchanged', 'Match', 'Differences'],
        ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'left'],
      ),
      rows: tabled.map(modelRow),
      noun: nouns.model,
    });
  }
  if (collapse) blocks.push({ kind: 'text', markdown: identicalLine(identical) });

  if (context.link !== undefined) {
    const text = `See full results in ${escapeMarkdown(report.tool.trim() || 'the tool')}`;
    blocks.push({ kind: 'text', markdown: markdownLink(text, context.link) });
  }
  return { blocks, footer: [] };
}

/** "**12 models compared:** 1 failed · 3 different · 8 identical — **rows:** 1,234 added · 56 removed · 789 changed" */
function totalsLine(report: DataDiffReport): string {
  const t = diffTotals(report.models);
  const statuses = [
    t.failed > 0 ? `${formatNumber(t.failed)} failed` : undefined,
    t.different > 0 ? `${formatNumber(t.different)} different` : undefined,
    t.identical > 0 ? `${formatNumber(t.identical)} identical` : undefined,
  ].filter((s) => s !== undefined);
  const models = `**${count(t.models, nouns.model)} compared:** ${statuses.join(' · ')}`;
  if (t.rows === undefined) return models;
  const rows = `${formatNumber(t.rows.added)} added · ${formatNumber(t.rows.removed)} removed · ${formatNumber(t.rows.changed)} changed`;
  return `${models} — **rows:** ${rows}`;
}

function modelRow(model: ModelDiff): CapRow {
  const rows = model.status === 'failed' ? undefined : model.rows;
  const number = (n: number | undefined): string => (n === undefined ? DASH : formatNumber(n));
  return {
    markdown: tableRow([
      STATUS_CELL[model.status],
      modelName(model),
      number(rows?.added),
      number(rows?.removed),
      number(rows?.changed),
      number(rows?.unchanged),
      model.status === 'failed' || model.matchPercent === undefined ? DASH : escapeMarkdown(share(model.matchPercent)),
      differences(model),
    ]),
    rank: STATUS_RANK[model.status],
  };
}

function modelName(model: ModelDiff): string {
  return markdownLink(escapeMarkdown(truncate(model.name, NAME_MAX)), model.link);
}

function differences(model: ModelDiff): string {
  if (model.status === 'failed') {
    return `**Failed:** ${escapeMarkdown(truncate(model.error?.trim() || 'no error message', ERROR_MAX))}`;
  }
  const parts: string[] = [];
  if (model.columns !== undefined && model.columns.length > 0) {
    parts.push(`values differ in ${list(biggestFirst(model.columns).map(columnDifference))}`);
  }
  const schema = model.schema;
  if (schema !== undefined) {
    if (schema.added.length > 0) parts.push(`columns added: ${list(schema.added.map(plainName))}`);
    if (schema.removed.length > 0) parts.push(`columns removed: ${list(schema.removed.map(plainName))}`);
    if (schema.typeChanged.length > 0) parts.push(`type changed: ${list(schema.typeChanged.map(plainName))}`);
  }
  const keys = model.primaryKeyIssues;
  if (anyOf(keys?.nulls)) parts.push(`null keys: ${basePr(keys.nulls)}`);
  if (anyOf(keys?.duplicates)) parts.push(`duplicate keys: ${basePr(keys.duplicates)}`);
  return parts.join(' · ');
}

function biggestFirst(columns: readonly ColumnDifference[]): ColumnDifference[] {
  const size = (c: ColumnDifference): number => c.differing ?? c.percentDiffering ?? -1;
  return [...columns].sort((a, b) => size(b) - size(a));
}

/** "amount (40)", "status (2.1%)", "amount (40, 2.1%)" or just the name. */
function columnDifference(column: ColumnDifference): string {
  const figures = [
    column.differing === undefined ? undefined : formatNumber(column.differing),
    column.percentDiffering === undefined ? undefined : share(column.percentDiffering),
  ].filter((s) => s !== undefined);
  const name = plainName(column.name);
  return figures.length === 0 ? name : `${name} (${escapeMarkdown(figures.join(', '))})`;
}

function plainName(name: string): string {
  return escapeMarkdown(truncate(name, NAME_MAX));
}

/** The first few escaped items, then "+N more". */
function list(items: readonly string[]): string {
  const shown = items.slice(0, LIST_ITEMS_SHOWN).join(', ');
  return items.length > LIST_ITEMS_SHOWN ? `${shown} +${items.length - LIST_ITEMS_SHOWN} more` : shown;
}

function anyOf(pair: [number, number] | undefined): pair is [number, number] {
  return pair !== undefined && (pair[0] > 0 || pair[1] > 0);
}

function basePr([base, head]: [number, number]): string {
  return `${formatNumber(base)} in base, ${formatNumber(head)} in PR`;
}

/**
 * A percentage that never rounds to a misleading extreme: 99.97% of rows matching is not "100%",
 * and 0.01% differing is not "0.0%".
 */
export function share(percent: number): string {
  if (percent > 0 && percent < 0.05) return '<0.1%';
  if (percent < 100 && percent >= 99.95) return '>99.9%';
  return formatPercent(percent);
}

function identicalLine(models: readonly ModelDiff[]): string {
  const names = models.slice(0, IDENTICAL_NAMES_SHOWN).map(modelName).join(', ');
  const more = models.length > IDENTICAL_NAMES_SHOWN ? ` and ${formatNumber(models.length - IDENTICAL_NAMES_SHOWN)} more` : '';
  return `✅ **${count(models.length, nouns.model)} identical:** ${names}${more}`;
}
