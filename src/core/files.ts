/**
 * The one way we read a file a user names (report, issues, config, report-task.txt, CA bundle):
 * only a regular file, only up to a size cap, as UTF-8 without a BOM. The file is opened without
 * blocking and checked on the open descriptor, so a FIFO (which would wait forever for a writer),
 * `/dev/zero` (which never ends) or a directory is refused at once, and a file that grows while it
 * is read is cut off at the cap rather than read to exhaustion.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { InputError } from './errors.js';

export interface BoundedRead {
  /** The setting that named the file, e.g. `REPORT`, `CA_FILE`. */
  setting: string;
  /** How messages name the file; default the path. */
  display?: string;
  /** What the file should be, for messages: "a report", "a PEM bundle". */
  what: string;
  maxBytes: number;
}

/** A scanner writes ten short lines; the cap leaves room for very long keys and URLs, and nothing else. */
export const MAX_REPORT_TASK_BYTES = 1024 * 1024;
/** Mozilla's whole root store is about 220 KB; a corporate bundle is rarely more than a few certificates. */
export const MAX_CA_BUNDLE_BYTES = 4 * 1024 * 1024;

// Not defined on Windows, where opening a named pipe does not block anyway.
const NONBLOCK = constants.O_NONBLOCK ?? 0;
const CHUNK = 1024 * 1024;

export function readBoundedFile(path: string, options: BoundedRead): string {
  const display = options.display ?? path;
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new InputError(`${options.setting} names a file that does not exist or cannot be read (${code})`, { source: display, cause: error });
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) {
      throw new InputError(`${options.setting} must name a regular file with ${options.what}, but this is ${kindOf(info)}`, { source: display });
    }
    if (info.size > options.maxBytes) throw tooLarge(info.size, options, display);
    const chunks: Buffer[] = [];
    let length = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(CHUNK, options.maxBytes + 1 - length));
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      length += read;
      if (length > options.maxBytes) throw tooLarge(length, options, display);
    }
    return Buffer.concat(chunks, length).toString('utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new InputError(`${options.setting} names a file that cannot be read (${code})`, { source: display, cause: error });
  } finally {
    closeSync(fd);
  }
}

/** `size` is a lower bound when the file grew while it was read. */
function tooLarge(size: number, options: BoundedRead, display: string): InputError {
  return new InputError(`file is ${size}${size === options.maxBytes + 1 ? '+' : ''} bytes; expected ${options.what} of at most ${options.maxBytes} bytes (${options.setting})`, {
    source: display,
  });
}

function kindOf(info: ReturnType<typeof fstatSync>): string {
  if (info.isDirectory()) return 'a directory';
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isSocket()) return 'a socket';
  return 'not a regular file';
}
