/** Settings that are each valid but contradict each other; checked after the schema. */
import { InputError } from '../core/errors.js';
import { definitionOf, displayName, type SettingKey } from './definitions.js';
import type { Origin } from './raw.js';
import type { Settings } from './settings.js';

export function checkSettings(settings: Settings, origins: Partial<Record<SettingKey, Origin>>): void {
  const from = (key: SettingKey): string => origins[key]?.source ?? displayName(definitionOf(key));
  const name = (key: SettingKey): string => displayName(definitionOf(key));

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
