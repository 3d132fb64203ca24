import { describe, expect, it } from '@jest/globals';
import { FORMATS } from '../../src/validation/formats.js';

describe('the uri format', () => {
  it.each([
    'https://app.datafold.com',
    'https://sonar.example.com:9000/dashboard?id=shop&pullRequest=7',
    'http://localhost:9000/',
    'https://[::1]:8443/api',
    'https://host/path%20with%20escapes#frag',
    'mailto:someone@example.com',
  ])('accepts the absolute URI %s', (value) => {
    expect(FORMATS.uri(value)).toBe(true);
  });

  it.each([
    ['a relative reference', '/dashboard?id=shop'],
    ['no scheme', 'sonar.example.com'],
    ['a space', 'https://sonar.example.com/a b'],
    ['a line break', 'https://sonar.example.com/\nx'],
    ['a control character', 'https://sonar.example.com/\u0001'],
    ['angle brackets', 'https://sonar.example.com/<script>'],
    ['a quote', 'https://sonar.example.com/"'],
    ['a backslash', 'https://sonar.example.com\\evil'],
    ['braces', 'https://sonar.example.com/{id}'],
    ['a port out of range', 'https://sonar.example.com:99999/'],
    ['an empty host', 'https://'],
    ['the empty string', ''],
  ])('refuses %s', (_, value) => {
    expect(FORMATS.uri(value)).toBe(false);
  });
});
