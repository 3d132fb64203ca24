/**
 * Every byte we print goes through one Redactor that knows the run's secrets. A secret is matched
 * in every form it travels or gets echoed in — raw and trimmed, in any letter case, base64 and
 * base64url (padded or not, and inside a longer blob such as a Basic header), URL- and
 * form-encoded, JSON- and HTML-escaped, hex — so a server that echoes a header, a debug dump of a
 * URL or a lower-cased repository name cannot leak it. Callers redact first and cut after: a cut
 * secret is no longer recognisable.
 */
import { secretForms } from './secret-forms.js';

const MASK = '***';
/** Shorter values are not secrets we can mask without masking ordinary words. */
export const MIN_SECRET_LENGTH = 4;

export class Redactor {
  private readonly needles = new Set<string>();
  private pattern: RegExp | undefined;

  constructor(secrets: Iterable<string | undefined> = []) {
    for (const s of secrets) this.add(s);
  }

  /** Registers a secret (and its trimmed value: pasted secrets carry newlines) in all its forms. */
  add(secret: string | undefined): void {
    if (!secret) return;
    for (const value of new Set([secret, secret.trim()])) {
      if (value.length < MIN_SECRET_LENGTH) continue;
      for (const form of secretForms(value)) this.needle(form);
    }
  }

  /** Registers the Basic credential pair as it is sent on the wire (base64 of `user:password`). */
  addBasic(username: string, password: string): void {
    this.add(password);
    if (password.trim().length < MIN_SECRET_LENGTH) return;
    for (const form of secretForms(`${username}:${password}`, { binaryOnly: true })) this.needle(form);
  }

  /** Whether the text holds a registered secret in any of its forms (the generic patterns below aside). */
  containsSecret(text: string): boolean {
    const pattern = this.needlePattern();
    if (!pattern) return false;
    pattern.lastIndex = 0;
    return pattern.test(text);
  }

  redact(text: string): string {
    let out = text.replace(/(\b[a-z][a-z0-9+.-]*:\/\/)([^/\s:@]+)(:[^/\s@]*)?@/gi, (_m, scheme: string, user: string, pass?: string) =>
      pass ? `${scheme}${user}:${MASK}@` : `${scheme}${user}@`,
    );
    // `Authorization: Bearer …`, `authorization=…`, and the JSON `"authorization":"Basic …"` a server may echo.
    out = out.replace(/\b(authorization["']?\s*[:=]\s*["']?)(bearer|basic|token|key)\s+[^\s"',}]+/gi, `$1$2 ${MASK}`);
    const pattern = this.needlePattern();
    return pattern ? out.replace(pattern, MASK) : out;
  }

  private needle(form: string): void {
    if (form.length < MIN_SECRET_LENGTH || this.needles.has(form)) return;
    this.needles.add(form);
    this.pattern = undefined;
  }

  /** One case-insensitive alternation, longest first, so a secret that contains another is masked whole. */
  private needlePattern(): RegExp | undefined {
    if (this.needles.size === 0) return undefined;
    this.pattern ??= new RegExp(
      [...this.needles]
        .sort((a, b) => b.length - a.length)
        .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('|'),
      'giu',
    );
    return this.pattern;
  }
}
