// Every file a user names is read only if it is a regular file, and only up to its cap: a FIFO,
// /dev/zero, a directory or an oversized file is refused at once (bounded time and memory).
import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../../src/core/errors.js';
import { readBoundedFile } from '../../src/core/files.js';
import { makeFifo, makeSparse } from './hostile-files.js';

const dir = mkdtempSync(join(tmpdir(), 'bounded-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const read = (path: string, maxBytes = 1024) => readBoundedFile(path, { setting: 'REPORT', what: 'a report', maxBytes });
const thrown = (fn: () => unknown): InputError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
};

describe('readBoundedFile', () => {
  it('reads a regular file, without its BOM', () => {
    writeFileSync(join(dir, 'ok.json'), '\uFEFF{"a":1}');
    expect(read(join(dir, 'ok.json'))).toBe('{"a":1}');
  });

  it('refuses a FIFO at once, naming the setting', () => {
    const fifo = join(dir, 'pipe');
    makeFifo(fifo);
    const error = thrown(() => read(fifo));
    expect(error.message).toMatch(/REPORT must name a regular file with a report, but this is a named pipe \(FIFO\)/);
    expect(error.source).toBe(fifo);
  });

  it('refuses /dev/zero and a directory', () => {
    if (existsSync('/dev/zero')) expect(thrown(() => read('/dev/zero')).message).toMatch(/but this is a device/);
    expect(thrown(() => read(dir)).message).toMatch(/but this is a directory/);
  });

  it('refuses a file over the cap without reading it', () => {
    const big = join(dir, 'big.json');
    makeSparse(big, 300 * 1024 * 1024);
    expect(thrown(() => read(big, 64 * 1024 * 1024)).message).toMatch(/file is 314572800 bytes; expected a report of at most 67108864 bytes \(REPORT\)/);
  });

  it('says when the file does not exist', () => {
    expect(thrown(() => read(join(dir, 'nope'))).message).toMatch(/REPORT names a file that does not exist or cannot be read \(ENOENT\)/);
  });
});
