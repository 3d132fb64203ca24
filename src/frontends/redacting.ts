import type { Redactor } from '../core/redact.js';
import type { FrontEnd } from './front-end.js';

/** Every channel of a front end through the redactor, so no caller can forget it. */
export function redacting(frontEnd: FrontEnd, redactor: Redactor): FrontEnd {
  const r = (text: string) => redactor.redact(text);
  const { annotate, logGroups } = frontEnd;
  return {
    ...frontEnd,
    log: (level, message) => frontEnd.log(level, r(message)),
    ...(logGroups ? { logGroups: { start: (title: string) => logGroups.start(r(title)), end: () => logGroups.end() } } : {}),
    stdout: (text, group) => frontEnd.stdout(r(text), group),
    setOutputs: (outputs) => frontEnd.setOutputs(Object.fromEntries(Object.entries(outputs).map(([k, v]) => [k, r(v)]))),
    writeSummary: (markdown) => frontEnd.writeSummary(r(markdown)),
    ...(annotate ? { annotate: (annotations, notice) => annotate(annotations.map((a) => ({ ...a, message: r(a.message) })), r(notice)) } : {}),
    finish: (ok, message) => frontEnd.finish(ok, r(message)),
  };
}
