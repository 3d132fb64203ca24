import type { Environment } from '../ci/context.js';
import type { FrontEnd, FrontEndFactory } from './front-end.js';

/**
 * Bitbucket Pipe conventions (bitbucket-pipes-toolkit): `LEVEL: message` lines in colour — forced
 * on, because a pipe's container has no TTY — and a final ✔ / ✖ line. NO_COLOR turns colour off.
 */
export function createPipeFrontEnd(env: Environment): FrontEnd {
  const colour = env['NO_COLOR'] === undefined;
  const paint = (code: string, text: string) => (colour ? `\u001b[${code}m${text}\u001b[0m` : text);
  const styles = { debug: ['90', 'DEBUG'], info: ['34', 'INFO'], warn: ['33', 'WARNING'], error: ['31', 'ERROR'] } as const;
  return {
    name: 'pipe',
    log: (level, message) => {
      const [code, label] = styles[level];
      process.stderr.write(`${paint(code, `${label}:`)} ${message}\n`);
    },
    stdout: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    maskSecret: () => undefined,
    setOutputs: async () => undefined,
    writeSummary: async () => undefined,
    finish: (ok, message) => process.stderr.write(`${ok ? paint('32', `✔ ${message}`) : paint('31', `✖ ${message}`)}\n`),
  };
}

export const pipeFrontEnd: FrontEndFactory = {
  name: 'pipe',
  // Bitbucket mounts these only into a pipe's container.
  matches: (env) => Boolean(env['BITBUCKET_PIPE_STORAGE_DIR'] || env['BITBUCKET_PIPE_SHARED_STORAGE_DIR']),
  create: async (env) => createPipeFrontEnd(env),
};
