/**
 * Every byte we print goes through one Redactor that knows the run's secrets. Secrets are also
 * matched in the encodings they travel in (Basic auth base64, URL-encoded, userinfo in URLs), so a
 * debug dump of a header or a URL cannot leak them.
 */
const MASK = '***';

export class Redactor {
  private readonly needles = new Set<string>();

  constructor(secrets: Iterable<string | undefined> = []) {
    for (const s of secrets) this.add(s);
  }

  /** Registers a secret and its encoded forms. Values shorter than 4 characters are not secrets we can mask safely. */
  add(secret: string | undefined): void {
    if (!secret || secret.length < 4) return;
    this.needles.add(secret);
    this.needles.add(encodeURIComponent(secret));
    this.needles.add(Buffer.from(secret).toString('base64'));
  }

  /** Registers the Basic credential pair as it is sent on the wire. */
  addBasic(username: string, password: string): void {
    this.add(password);
    this.add(Buffer.from(`${username}:${password}`).toString('base64'));
  }

  get secrets(): readonly string[] {
    return [...this.needles];
  }

  redact(text: string): string {
    let out = text.replace(/(\b[a-z][a-z0-9+.-]*:\/\/)([^/\s:@]+)(:[^/\s@]*)?@/gi, (_m, scheme: string, user: string, pass?: string) =>
      pass ? `${scheme}${user}:${MASK}@` : `${scheme}${user}@`,
    );
    out = out.replace(/\b(authorization\s*[:=]\s*["']?)(bearer|basic|token|key)\s+[^\s"',}]+/gi, `$1$2 ${MASK}`);
    // Longest first, so a secret that contains another is masked whole.
    for (const needle of [...this.needles].sort((a, b) => b.length - a.length)) {
      if (out.includes(needle)) out = out.split(needle).join(MASK);
    }
    return out;
  }
}
