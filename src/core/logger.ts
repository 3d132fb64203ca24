import type { Redactor } from './redact.js';

export type Level = 'debug' | 'info' | 'warn' | 'error';

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  /** Debug lines are dropped until settings say DEBUG (or RUNNER_DEBUG) is on. */
  setDebug(enabled: boolean): void;
  readonly debugEnabled: boolean;
}

/** Where a front end puts a log line. */
export type LogSink = (level: Level, message: string) => void;

/** Every line passes the redactor: no secret reaches any output, whatever the caller formatted. */
export function createLogger(sink: LogSink, redactor: Redactor, debug = false): Logger {
  let debugEnabled = debug;
  const emit = (level: Level, message: string) => sink(level, redactor.redact(message));
  return {
    debug: (m) => debugEnabled && emit('debug', m),
    info: (m) => emit('info', m),
    warn: (m) => emit('warn', m),
    error: (m) => emit('error', m),
    setDebug(enabled) {
      debugEnabled = enabled;
    },
    get debugEnabled() {
      return debugEnabled;
    },
  };
}
