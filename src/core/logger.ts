import type { Redactor } from './redact.js';

export type Level = 'debug' | 'info' | 'warn' | 'error';

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  /** Folds the lines until endGroup() into one collapsible group where the front end has them; elsewhere a no-op. */
  group(title: string): void;
  endGroup(): void;
  /** Debug lines are dropped until settings say DEBUG (or RUNNER_DEBUG) is on. */
  setDebug(enabled: boolean): void;
  readonly debugEnabled: boolean;
}

/** Where a front end puts a log line. */
export type LogSink = (level: Level, message: string) => void;

/** How a front end folds log lines into a collapsible group (GitHub Actions' `::group::`). */
export interface LogGroups {
  start(title: string): void;
  end(): void;
}

/** Every line passes the redactor: no secret reaches any output, whatever the caller formatted. */
export function createLogger(sink: LogSink, redactor: Redactor, debug = false, groups?: LogGroups): Logger {
  let debugEnabled = debug;
  const emit = (level: Level, message: string) => sink(level, redactor.redact(message));
  return {
    debug: (m) => debugEnabled && emit('debug', m),
    info: (m) => emit('info', m),
    warn: (m) => emit('warn', m),
    error: (m) => emit('error', m),
    group: (title) => groups?.start(redactor.redact(title)),
    endGroup: () => groups?.end(),
    setDebug(enabled) {
      debugEnabled = enabled;
    },
    get debugEnabled() {
      return debugEnabled;
    },
  };
}
