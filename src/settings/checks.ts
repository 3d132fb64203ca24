/**
 * What the schema cannot say about single values, and settings that are each valid but contradict
 * each other; checked after the schema, before anything is read or sent.
 */
import { InputError } from '../core/errors.js';
import { Redactor } from '../core/redact.js';
import { definitionOf, displayName, SETTINGS, type SettingKey } from './definitions.js';
import type { Origin } from './raw.js';
import type { Settings } from './settings.js';

export function checkSettings(settings: Settings, origins: Partial<Record<SettingKey, Origin>>): void {
  const from = (key: SettingKey): string => origins[key]?.source ?? displayName(definitionOf(key));
  const name = (key: SettingKey): string => displayName(definitionOf(key));

  checkCredentials(settings, from);
  checkNoSecretInText(settings, from);

  if (settings.token && (settings.username || settings.password)) {
    const basic: SettingKey = settings.username ? 'username' : 'password';
    throw new InputError(`a token and ${name(basic)} (from ${from(basic)}) are both set; authenticate one way: a token, or ${name('username')} and ${name('password')}`, {
      source: from('token'),
    });
  }
  if (settings.username && !settings.password) {
    throw new InputError(`set without ${name('password')}; Basic auth needs both`, { source: from('username') });
  }
  if (settings.password && !settings.username) {
    throw new InputError(`set without ${name('username')}; Basic auth needs both`, { source: from('password') });
  }
  if (settings.issues && settings.reportType === 'data-diff') {
    throw new InputError(`issues annotate a quality gate, but ${name('reportType')} is data-diff (from ${from('reportType')})`, { source: from('issues') });
  }
}

/**
 * A credential goes into an HTTP header: a line break would split it, a control character or
 * (in a token) a space or a non-ASCII character makes the header invalid, and a colon in a Basic
 * user name moves the boundary between user and password (RFC 7617). Refused here, naming the
 * setting, instead of failing inside the HTTP client.
 */
function checkCredentials(settings: Settings, from: (key: SettingKey) => string): void {
  const tokens = SETTINGS.filter((d) => d.secret && d.key !== 'password').map((d) => d.key);
  for (const key of tokens) {
    const value = settings[key];
    if (typeof value === 'string' && !/^[\x21-\x7e]+$/.test(value)) {
      throw new InputError(`contains ${characterProblem(value)}; a token is printable ASCII without spaces (check for a pasted line break or quote)`, { source: from(key) });
    }
  }
  if (settings.username !== undefined && /[\s\x00-\x1f\x7f:]/.test(settings.username)) {
    throw new InputError(`contains ${characterProblem(settings.username, true)}; a Basic auth user name cannot (RFC 7617)`, { source: from('username') });
  }
  if (settings.password !== undefined && /[\x00-\x1f\x7f]/.test(settings.password)) {
    throw new InputError(`contains ${characterProblem(settings.password)}; check for a pasted line break`, { source: from('password') });
  }
}

/** Names the kind of character, never the value. */
function characterProblem(value: string, colon = false): string {
  if (/[\r\n]/.test(value)) return 'a line break';
  if (/[\x00-\x1f\x7f]/.test(value)) return 'a control character';
  if (/\s/.test(value)) return 'a space';
  if (colon && value.includes(':')) return 'a colon';
  return 'a character outside printable ASCII';
}

/**
 * A secret pasted into a free-text setting (a title, a link, the repository) would be published in
 * the comment, the report or an error, where the logs' masking does not reach: refused, naming the
 * setting and the secret, never the value. The user name is a credential's other half, not text
 * we publish, and may legitimately equal a test password.
 */
function checkNoSecretInText(settings: Settings, from: (key: SettingKey) => string): void {
  const secrets = SETTINGS.filter((d) => d.secret).flatMap((d) => {
    const value = settings[d.key];
    return typeof value === 'string' ? [{ key: d.key, redactor: new Redactor([value]) }] : [];
  });
  if (secrets.length === 0) return;
  for (const definition of SETTINGS) {
    if (definition.secret || definition.key === 'username') continue;
    const value = settings[definition.key];
    const texts = typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
    const found = secrets.find((secret) => texts.some((text) => secret.redactor.containsSecret(text)));
    if (found) {
      throw new InputError(
        `contains the value of ${displayName(definitionOf(found.key))}, a secret; it would be published or shown where secrets are not masked. Remove it from this setting`,
        { source: from(definition.key) },
      );
    }
  }
}
