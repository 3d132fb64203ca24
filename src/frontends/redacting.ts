import type { Redactor } from '../core/redact.js';
import type { FrontEnd } from './front-end.js';

/** Every channel of a front end through the redactor, so no caller can forget it. */
export function redacting(frontEnd: FrontEnd, redactor: Redactor): FrontEnd {
  const r = (text: string) => redactor.redact(text);
  return {
    ...frontEnd,
    log: (level, message) => frontEnd.log(level, r(message)),
    stdout: (text) => frontEnd.stdout(r(text)),
    setOutputs: (outputs) => frontEnd.setOutputs(Object.fromEntries(Object.entries(outputs).map(([k, v]) => [k, r(v)]))),
    writeSummary: (markdown) => frontEnd.writeSummary(r(markdown)),
    finish: (ok, message) => frontEnd.finish(ok, r(message)),
  };
}
