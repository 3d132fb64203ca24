import { describe, expect, it } from '@jest/globals';
import { KNOWN_FLAGS } from '../../src/settings/argv.js';
import { defaultAsText, plainText, SETTINGS } from '../../src/settings/definitions.js';
import { renderHelp } from '../../src/settings/help.js';

describe('--help', () => {
  const help = renderHelp();
  const flat = help.replace(/\s+/g, ' ');

  it('lists every setting with its variable, input and flag, description and default', () => {
    for (const d of SETTINGS) {
      if (d.flag) expect(help).toContain(`--${d.flag}`);
      if (d.variable) expect(help).toContain(d.variable);
      if (d.input) expect(help).toContain(`input ${d.input}`);
      expect(flat).toContain(plainText(d.description));
      const byDefault = defaultAsText(d) ?? d.defaultText;
      if (byDefault) expect(flat).toContain(`Default: ${plainText(byDefault)}`);
    }
  });

  it('lists every flag the parser accepts, and no secret flag', () => {
    for (const flag of KNOWN_FLAGS) expect(help).toContain(flag);
    expect(help).not.toMatch(/--(token|password|username)\b/);
  });

  it('fits a terminal', () => {
    for (const line of help.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
  });

  it('ends with examples and the exit codes', () => {
    const help = renderHelp();
    expect(help).toContain('Examples:\n  # ');
    expect(help).toContain('pr-insights --example');
    expect(help.trimEnd()).toMatch(/Exit codes:\n  0  [^\n]+\n  1  [^\n]+\n  2  [^\n]+nothing was sent\n  3  [^\n]+$/);
  });
});
