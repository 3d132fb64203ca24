/**
 * The body of a data-diff comment, made to fit a PR pane (about 1000 px): a totals line, one
 * narrow table row per model — status and name, the row counts, the match, and why it stands where
 * it stands — and, below the table, a line per model with the detail (columns, schema, keys,
 * downstream assets). Models come most important first (judged.ts), so when the comment must be cut
 * the rows kept are the failures and the biggest differences. Columns no model fills are left out.
 * Aggregates only: row values never reach a comment, they may be personal or confidential data.
 */
import type { ColumnDifference, DataDiffReport, ModelDiff } from '../../reports/model.js';
import type { Breach } from '../../reports/thresholds.js';
import type { CapBlock, CapRow } from '../cap.js';
import type { BodyContext, CommentBody } from '../contracts.js';
import { type Align, escapeMarkdown, markdownLink, tableHeader, tableRow, truncate } from '../markdown.js';
import { count, nouns } from '../text.js';
import { formatNumber, formatPercent } from '../values.js';
import { VERDICT_EMOJI } from '../words.js';
import { displayNames, type JudgedModel, judgementOf } from './judged.js';
import { diffTotals } from './totals.js';

/** More identical models than this are listed on one line instead of one row each. */
export const COLLAPSE_IDENTICAL_ABOVE = 5;
const IDENTICAL_NAMES_SHOWN = 10;
const LIST_ITEMS_SHOWN = 5;
/** A model name longer than this is cut in the table: it would push every other column off the pane. */
const NAME_MAX = 60;
const ERROR_MAX = 200;

const DASH = '—';
const DETAIL = { one: 'model detail', other: 'model details' };

interface Column {
  header: string;
  align: Align;
  cell: (judged: JudgedModel) => string;
}

export function diffCommentBody(report: DataDiffReport, context: BodyContext): CommentBody {
  const blocks: CapBlock[] = [];
  if (report.models.length > 0) blocks.push({ kind: 'text', markdown: totalsLine(report) });

  const judgement = judgementOf(report);
  const nameOf = displayNames(report.models);
  const identical = new Set(judgement.models.filter((j) => j.model.status === 'identical' && j.verdict === 'pass'));
  const collapse = identical.size > COLLAPSE_IDENTICAL_ABOVE;
  const tabled = collapse ? judgement.models.filter((j) => !identical.has(j)) : judgement.models;
  // The first row is the last to be cut.
  const rank = (i: number): number => tabled.length - i;

  if (tabled.length > 0) {
    const columns = tableColumns(nameOf, judgement.thresholds);
    const cells = tabled.map((judged) => columns.map((c) => c.cell(judged)));
    // A column no row fills (a dash or nothing in every row) only takes width from the others.
    const kept = columns.flatMap((_, c) => (c === 0 || cells.some((row) => row[c] !== DASH && row[c] !== '') ? [c] : []));
    blocks.push({
      kind: 'rows',
      header: tableHeader(
        kept.map((c) => columns[c]!.header),
        kept.map((c) => columns[c]!.align),
      ),
      rows: cells.map((row, i): CapRow => ({ markdown: tableRow(kept.map((c) => row[c]!)), rank: rank(i) })),
      noun: nouns.model,
    });
    const detailed = tabled.flatMap((judged, i) => {
      const line = detailLine(judged, nameOf, judgement.thresholds);
      return line === undefined ? [] : [{ markdown: line, rank: rank(i) }];
    });
    if (detailed.length > 0) blocks.push({ kind: 'rows', rows: detailed, noun: DETAIL });
  }
  if (collapse) blocks.push({ kind: 'text', markdown: identicalLine([...identical].map((j) => j.model), nameOf) });

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

function tableColumns(nameOf: (m: ModelDiff) => string, thresholds: boolean): Column[] {
  const rowCount = (field: 'added' | 'removed' | 'changed', check: Breach['check']): Column => ({
    header: field.charAt(0).toUpperCase() + field.slice(1),
    align: 'right',
    cell: ({ model, breaches }) => {
      const n = model.status === 'failed' ? undefined : model.rows?.[field];
      if (n === undefined) return DASH;
      const breach = breaches.find((b) => b.check === check);
      // The value that crossed a threshold is marked where it stands; the threshold is said in "Why".
      return breach ? `**${formatNumber(n)}** ${VERDICT_EMOJI[breach.level]}` : formatNumber(n);
    },
  });
  return [
    { header: 'Model', align: 'left', cell: ({ model, verdict }) => `${VERDICT_EMOJI[verdict]} ${linkedName(model, nameOf)}` },
    rowCount('added', 'rows-added'),
    rowCount('removed', 'rows-removed'),
    rowCount('changed', 'rows-changed'),
    { header: 'Unchanged', align: 'right', cell: ({ model }) => (model.status === 'failed' || model.rows?.unchanged === undefined ? DASH : formatNumber(model.rows.unchanged)) },
    {
      header: 'Match',
      align: 'right',
      cell: ({ model }) => (model.status === 'failed' || model.matchPercent === undefined ? DASH : escapeMarkdown(share(model.matchPercent))),
    },
    { header: 'Why', align: 'left', cell: (judged) => why(judged, thresholds) },
  ];
}

/**
 * Why the model stands where it stands, in a few words: the failure, or the thresholds it crossed.
 * What differs in detail is in the line below the table, not repeated here.
 */
function why({ model, verdict, breaches }: JudgedModel, thresholds: boolean): string {
  if (model.status === 'failed') return `**Failed:** ${escapeMarkdown(truncate(model.error?.trim() || 'no error message', ERROR_MAX))}`;
  if (breaches.length > 0) return breaches.map((b) => `${VERDICT_EMOJI[b.level]} ${escapeMarkdown(b.text)}`).join(' · ');
  return thresholds && verdict === 'pass' && model.status === 'different' ? 'within thresholds' : '';
}

/**
 * "- **orders:** values differ in amount (40, 0.4%), status (2) · columns added: discount_rate ·
 * null keys: 0 in base, 3 in PR · downstream: 2 (hightouch orders_to_crm, …)". None for a model
 * that is identical, failed (its reason is in the table) or within thresholds (kept compact).
 */
function detailLine({ model, verdict }: JudgedModel, nameOf: (m: ModelDiff) => string, thresholds: boolean): string | undefined {
  if (model.status !== 'different' || (thresholds && verdict === 'pass')) return undefined;
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
  const downstream = model.dependencies ?? [];
  if (downstream.length > 0) {
    parts.push(`downstream: ${formatNumber(downstream.length)} (${list(downstream.map((d) => `${plainName(d.kind)} ${plainName(d.name)}`))})`);
  }
  if (parts.length === 0) return undefined;
  return `- **${plainName(nameOf(model))}:** ${parts.join(' · ')}`;
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

function linkedName(model: ModelDiff, nameOf: (m: ModelDiff) => string): string {
  return markdownLink(plainName(nameOf(model)), model.link);
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

function identicalLine(models: readonly ModelDiff[], nameOf: (m: ModelDiff) => string): string {
  const names = models
    .slice(0, IDENTICAL_NAMES_SHOWN)
    .map((m) => linkedName(m, nameOf))
    .join(', ');
  const more = models.length > IDENTICAL_NAMES_SHOWN ? ` and ${formatNumber(models.length - IDENTICAL_NAMES_SHOWN)} more` : '';
  return `✅ **${count(models.length, nouns.model)} identical:** ${names}${more}`;
}
