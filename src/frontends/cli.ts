import type { FrontEnd, FrontEndFactory } from './front-end.js';

const PREFIX = { debug: 'debug: ', info: '', warn: 'warning: ', error: 'error: ' } as const;

export function createCliFrontEnd(): FrontEnd {
  return {
    name: 'cli',
    log: (level, message) => process.stderr.write(`${PREFIX[level]}${message}\n`),
    stdout: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    maskSecret: () => undefined,
    setOutputs: async () => undefined,
    writeSummary: async () => undefined,
    finish: (ok, message) => process.stderr.write(`${ok ? '' : 'error: '}${message}\n`),
  };
}

export const cliFrontEnd: FrontEndFactory = {
  name: 'cli',
  matches: () => true,
  create: async () => createCliFrontEnd(),
};
