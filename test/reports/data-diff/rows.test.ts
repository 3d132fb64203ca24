import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { RowTally } from '../../../src/reports/data-diff/row-tally.js';
import { dataDiffRows } from '../../../src/reports/data-diff/rows.js';
import type { DataDiffReport } from '../../../src/reports/model.js';
import { dataDiffVerdict } from '../../../src/reports/verdict.js';
import { fixture, inputErrorOf, sourceOf } from './helpers.js';
import { jsonDumps, richWrap } from './rich-wrap.js';

function parse(text: string): DataDiffReport {
  return dataDiffRows.parse(sourceOf('rows.jsonl', text)) as DataDiffReport;
}

describe('data-diff --json rows', () => {
  const source = fixture('data-diff/rows.jsonl');
  const report = dataDiffRows.parse(source) as DataDiffReport;

  it('pairs rows by key: both signs changed, only - removed, only + added', () => {
    expect(report).toMatchObject({ kind: 'data-diff', format: 'data-diff-rows', tool: 'data-diff' });
    expect(report.models).toEqual([
      { name: 'table A ↔ table B', status: 'different', rows: { added: 2, removed: 1, changed: 2 } },
    ]);
  });

  it('warns on a difference', () => {
    expect(report.verdict).toBe('warn');
    expect(report.verdict).toBe(dataDiffVerdict(report.models));
  });

  it('holds no value from the input, keys included', () => {
    const serialised = JSON.stringify(report);
    const values = source.text
      .trim()
      .split('\n')
      .flatMap((line) => (JSON.parse(line) as [string, string[]])[1]);
    expect(values).toContain('1001');
    for (const value of values) expect(serialised).not.toContain(value);
  });

  it('skips log lines and text between rows', () => {
    const text = '[10:02:44] INFO - Diffing segments at key-range: 1..1006\n\n["-", ["7", "a"]]\nDone.\n["+", ["7", "b"]]\n';
    expect(parse(text).models[0]?.rows).toEqual({ added: 0, removed: 0, changed: 1 });
  });

  it('reads reladiff rows that rich wrapped at 80 columns, with log lines between them', () => {
    const wrapped = fixture('data-diff/reladiff-rows-wrapped.txt');
    const read = dataDiffRows.parse(wrapped) as DataDiffReport;
    expect(read.models[0]?.rows).toEqual({ added: 2, removed: 1, changed: 2 });
    const serialised = JSON.stringify(read);
    for (const value of ['1004', 'tracking.example.com', 'reception']) expect(serialised).not.toContain(value);
  });

  it('counts the same rows whatever width rich wrapped them at', () => {
    const key = fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/);
    const row = fc.tuple(fc.constantFrom('-', '+'), key, fc.array(fc.string({ maxLength: 60 }), { maxLength: 4 }));
    fc.assert(
      fc.property(fc.array(row, { maxLength: 12 }), fc.integer({ min: 8, max: 120 }), (rows, width) => {
        const lines = rows.map(([sign, k, values]) => jsonDumps([sign, [k, ...values]]));
        expect(parse(lines.map((line) => richWrap(line, width)).join('\n')).models).toEqual(parse(lines.join('\n')).models);
      }),
    );
  });

  it('counts a key once however many lines repeat it', () => {
    expect(parse('["-", ["7", "a"]]\n["-", ["7", "b"]]\n["+", ["8"]]\n["+", ["8"]]\n').models[0]?.rows).toEqual({
      added: 1,
      removed: 1,
      changed: 0,
    });
  });

  it('passes when data-diff printed no row at all', () => {
    const empty = parse('\n');
    expect(empty.models[0]).toEqual({ name: 'table A ↔ table B', status: 'identical', rows: { added: 0, removed: 0, changed: 0 } });
    expect(empty.verdict).toBe('pass');
  });

  it('reads a single row line, which is also one JSON document', () => {
    expect(parse('["+", ["9", "x"]]').models[0]?.rows).toEqual({ added: 1, removed: 0, changed: 0 });
  });

  describe('bad input', () => {
    it('names the line and position of a sign it does not know', () => {
      const error = inputErrorOf(() => parse('["-", ["1"]]\n["*", ["1"]]\n'));
      expect(error.source).toBe('rows.jsonl');
      expect(error.pointer).toBe('line 2 /0');
      expect(error.message).toBe('rows.jsonl at line 2 /0: expected one of "-", "+"');
    });

    it('refuses a row without values', () => {
      expect(() => parse('["-", []]')).toThrow('rows.jsonl at line 1 /1: expected a value that must NOT have fewer than 1 items');
    });

    it('names the line and column of a row that is cut off, without echoing it', () => {
      const error = inputErrorOf(() => parse('["-", ["1"]]\n["+", ["secret-42", "ab'));
      expect(error.pointer).toBe('line 2, column 24');
      expect(error.message).toBe(
        'rows.jsonl at line 2, column 24: the data-diff row ["-" or "+", [values…]] on this line is not valid JSON: the text ends inside it (was the output cut off?)',
      );
      expect(error.message).not.toContain('secret-42');
    });

    it('names the line and column where a wrapped row breaks, and the line it starts on', () => {
      const error = inputErrorOf(() => parse('["-", ["1"]]\n["+", ["2", \n"x" "y"]]\n'));
      expect(error.message).toBe(
        'rows.jsonl at line 3, column 5: the data-diff row ["-" or "+", [values…]] that starts on line 2 is not valid JSON: expected "," or "]"',
      );
    });

    it('refuses a JSON object', () => {
      expect(() => dataDiffRows.parse(sourceOf('rows.json', '{"rows_A": 1}'))).toThrow(
        'rows.json: expected JSON Lines of ["-" or "+", [values…]] as printed by `data-diff … --json`, found one JSON object',
      );
    });
  });

  describe('sniff', () => {
    it('recognises row lines', () => {
      expect(dataDiffRows.sniff(source)).toBe(true);
      expect(dataDiffRows.sniff(sourceOf('one.jsonl', '["-", ["1"]]'))).toBe(true);
    });

    it('does not claim objects, even with a row-like line inside', () => {
      expect(dataDiffRows.sniff(sourceOf('a.json', '{\n"cols":\n["a", "b"]\n}'))).toBe(false);
      expect(dataDiffRows.sniff(sourceOf('a.jsonl', '{"model": "m"}\n["-", ["1"]]\n'))).toBe(false);
      expect(dataDiffRows.sniff(sourceOf('a.json', '["a", "b"]'))).toBe(false);
    });
  });
});

describe('RowTally', () => {
  it('tells "1" from 1 and keeps null as a key', () => {
    const tally = new RowTally();
    tally.add('-', '1');
    tally.add('+', 1);
    tally.add('-', null);
    tally.add('+', null);
    expect(tally.counts()).toEqual({ added: 1, removed: 1, changed: 1 });
  });
});
