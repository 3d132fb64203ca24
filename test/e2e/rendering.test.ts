// The comment the built bundle renders, read by a CommonMark + GFM renderer (markdown-it, with raw
// HTML and autolinks on, as GitHub and Bitbucket allow): tables stay tables, the marker stays
// invisible, no column is empty in every row, and no text from the report turns into a link, an
// image or an HTML element. Assertions are on properties, not on wording, so the renderers may change.
import { describe, expect, it } from '@jest/globals';
import MarkdownIt from 'markdown-it';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBundle } from '../support/run-bundle.js';

/** Everything a hostile or careless name could smuggle into a comment. */
const HOSTILE = '@mention #123 <img src=x onerror=alert(1)> [x](javascript:alert(1)) a|b https://evil.example www.evil.example <https://evil.example/auto> ops@evil.example';

/** The only links a comment may hold: the ones the fixtures give as links. */
const GATE_URL = 'https://ci.example/gate/42';
const DIFF_URL = 'https://ci.example/runs/812/diff';
const MODEL_URL = 'https://ci.example/runs/812/diff/orders';
const ALLOWED_LINKS = new Set([GATE_URL, DIFF_URL, MODEL_URL]);

/** Elements markdown-it makes of our Markdown; raw HTML from a report would add others. */
const ALLOWED_ELEMENTS = new Set(['p', 'strong', 'em', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'ul', 'li']);

const COMMENT_LIMIT = 30_000;
const dir = mkdtempSync(join(tmpdir(), 'rendering-'));

function write(name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(value, null, 2));
  return path;
}

const failingGate = write('failing-gate.json', {
  kind: 'quality-gate',
  version: 1,
  tool: `Checks ${HOSTILE}`,
  status: 'failed',
  url: GATE_URL,
  project: `proj ${HOSTILE}`,
  conditions: [
    { metric: 'new_coverage', status: 'failed', comparator: 'LT', threshold: 80, actual: 61.7 },
    { metric: 'custom_hostile', name: HOSTILE, type: 'STRING', status: 'failed', comparator: 'EQ', threshold: HOSTILE, actual: HOSTILE },
    { metric: 'bundle_size_kb', name: `Bundle ${HOSTILE}`, status: 'warning', comparator: 'GT', threshold: 250, actual: 262.4 },
    { metric: 'open_issues', status: 'failed', actual: 1168 },
    { metric: 'new_duplicated_lines_density', status: 'passed', comparator: 'GT', threshold: 3, actual: 0.8 },
  ],
  findings: [{ id: 'F-1', path: 'src/a.ts', line: 3, severity: 'high', type: 'BUG', message: HOSTILE }],
});

/** SonarQube's own shape: a passing gate whose coverage and duplication were ignored for a small change. */
const passingGate = write('passing-gate.json', {
  projectStatus: {
    status: 'OK',
    ignoredConditions: true,
    conditions: [
      { status: 'OK', metricKey: 'new_coverage', comparator: 'LT', errorThreshold: '80', actualValue: '0.0' },
      { status: 'OK', metricKey: 'new_duplicated_lines_density', comparator: 'GT', errorThreshold: '3', actualValue: '12.5' },
      { status: 'OK', metricKey: 'new_violations', comparator: 'GT', errorThreshold: '0', actualValue: '0' },
      { status: 'OK', metricKey: 'new_security_hotspots_reviewed', comparator: 'LT', errorThreshold: '100' },
    ],
    period: { mode: 'PREVIOUS_VERSION', date: '2025-02-04T12:47:08+0100', parameter: '1.1.0-SNAPSHOT' },
  },
});

function model(i: number, status: 'identical' | 'different' | 'failed', name = `model.shop.m_${String(i).padStart(4, '0')}`) {
  const base = { name: status === 'failed' ? name : `${name} ${i % 2 === 0 ? HOSTILE : ''}`.trim(), status };
  if (status === 'failed') return { ...base, error: `could not compare: ${HOSTILE}` };
  const changed = status === 'different' ? 10 + i : 0;
  return {
    ...base,
    rows: { base: 1000 + i, head: 1000 + i, added: status === 'different' ? i % 7 : 0, removed: 0, changed, unchanged: 1000 + i - changed },
    ...(status === 'different' && {
      columns: [{ name: `col ${HOSTILE}`, differing: changed }],
      schema: { added: [`new ${HOSTILE}`], removed: [], typeChanged: [] },
    }),
  };
}

const fiveModels = write('five-models.json', {
  kind: 'data-diff',
  version: 1,
  tool: `differ ${HOSTILE}`,
  url: DIFF_URL,
  models: [
    { ...model(0, 'different', 'model.shop.orders'), url: MODEL_URL },
    model(1, 'identical'),
    model(2, 'failed'),
    model(3, 'different'),
    model(4, 'identical'),
  ],
});

const manyModels = write('many-models.json', {
  kind: 'data-diff',
  version: 1,
  tool: 'differ',
  url: DIFF_URL,
  models: Array.from({ length: 1500 }, (_, i) => model(i, i % 50 === 0 ? 'failed' : i % 3 === 0 ? 'identical' : 'different')),
});

interface Rendered {
  exitCode: number;
  markdown: string;
  html: string;
}

const markdownIt = new MarkdownIt({ html: true, linkify: true });

async function render(report: string): Promise<Rendered> {
  const r = await runBundle({ args: ['--dry-run', '--json', '--report', report], cwd: dir });
  expect(r.stdout).not.toBe('');
  const result = JSON.parse(r.stdout) as { exitCode: number; error?: unknown; decorations?: { comment: { markdown: string } } };
  expect(result.error).toBeUndefined();
  const markdown = result.decorations!.comment.markdown;
  return { exitCode: result.exitCode, markdown, html: markdownIt.render(markdown) };
}

/** Each table as rows of cell texts (tags removed), header row first. */
function tablesOf(html: string): string[][][] {
  return [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map(([, table]) =>
    [...table!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([, row]) =>
      [...row!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map(([, cell]) => textOf(cell!)),
    ),
  );
}

function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .trim();
}

function expectWellRendered({ markdown, html }: Rendered): void {
  // Tables are tables: as many as the Markdown has header rows, every row as wide as its header.
  const tables = tablesOf(html);
  expect(tables.length).toBe(markdown.match(/^\| --- \|/gm)?.length ?? 0);
  expect(tables.length).toBeGreaterThan(0);
  for (const [header, ...rows] of tables) {
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toHaveLength(header!.length);
    // No column is empty for every row.
    header!.forEach((name, column) => {
      expect({ column: name, filled: rows.some((row) => row[column] !== '') }).toEqual({ column: name, filled: true });
    });
  }

  // The marker is invisible: it is in the Markdown, and nothing of it reaches the page.
  expect(markdown).toMatch(/^\[\/\/\]: # \(pr-insights:[^)]*\)$/m);
  expect(html).not.toContain('pr-insights:');

  // Nothing from the report became a link, an image or an HTML element.
  const links = [...html.matchAll(/<a href="([^"]*)"/g)].map(([, href]) => href!.replace(/&amp;/g, '&'));
  for (const href of links) expect(ALLOWED_LINKS).toContain(href);
  const elements = new Set([...html.matchAll(/<([a-z][a-z0-9]*)[\s>/]/gi)].map(([, tag]) => tag!.toLowerCase()));
  for (const element of elements) expect(ALLOWED_ELEMENTS).toContain(element);
  const text = textOf(html);
  // Mentions and issue references are broken with an invisible joiner, so GitHub links neither.
  expect(text).not.toMatch(/@[A-Za-z0-9]/);
  expect(text).not.toMatch(/#\d/);
  expect(text).not.toMatch(/\b(https?:\/\/|www\.)/);
}

describe('the rendered comment, as a Markdown renderer shows it', () => {
  it('a failing gate', async () => {
    const rendered = await render(failingGate);
    expect(rendered.exitCode).toBe(1);
    expectWellRendered(rendered);
    // The one link we gave is the one link there is.
    expect(rendered.html).toContain(`<a href="${GATE_URL}">`);
  });

  it('a passing gate with conditions ignored for a small change', async () => {
    const rendered = await render(passingGate);
    expect(rendered.exitCode).toBe(0);
    expectWellRendered(rendered);
  });

  it('a data diff of five models', async () => {
    const rendered = await render(fiveModels);
    expect(rendered.exitCode).toBe(1);
    expectWellRendered(rendered);
    expect(rendered.html).toContain(`<a href="${MODEL_URL}">`);
  });

  it('a data diff of 1,500 models, capped to the comment limit', async () => {
    const rendered = await render(manyModels);
    expect(rendered.exitCode).toBe(1);
    expect(rendered.markdown.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expectWellRendered(rendered);
    // Capped, and saying so, in whatever words.
    expect(rendered.markdown).toMatch(/not shown/);
  });
});
