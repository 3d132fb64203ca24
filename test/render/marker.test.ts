import { describe, expect, it } from '@jest/globals';
import { InputError } from '../../src/core/errors.js';
import { findMarker, markerLine } from '../../src/render/marker.js';
import { COMMIT } from './fixtures.js';

describe('markerLine / findMarker', () => {
  it('round-trips a report id', () => {
    expect(findMarker(`body\n\n${markerLine('sonarqube')}`)).toEqual({ reportId: 'sonarqube' });
  });

  it('round-trips a report id and the commit', () => {
    expect(findMarker(`body\n\n${markerLine('backend.gate_2-x', COMMIT)}`)).toEqual({ reportId: 'backend.gate_2-x', commit: COMMIT });
  });

  it('is a link reference definition, never an HTML comment (Bitbucket shows those)', () => {
    const line = markerLine('sonarqube', COMMIT);
    expect(line).toBe(`[//]: # (pr-insights:sonarqube:${COMMIT})`);
    expect(line).not.toContain('<!--');
    expect(line).not.toContain('\n');
  });

  it('stores the commit in lower case', () => {
    expect(markerLine('a', COMMIT.toUpperCase())).toBe(markerLine('a', COMMIT));
  });

  it('survives CRLF line endings and trailing spaces added by the platform', () => {
    const body = `❌ **gate**\r\n\r\n${markerLine('data-diff', COMMIT)}  \r\n`;
    expect(findMarker(body)).toEqual({ reportId: 'data-diff', commit: COMMIT });
  });

  it('finds nothing in other comments', () => {
    expect(findMarker('LGTM')).toBeUndefined();
    expect(findMarker('[//]: # (some other tool)')).toBeUndefined();
    expect(findMarker('<!-- pr-insights:sonarqube -->')).toBeUndefined();
  });

  it('ignores a marker quoted in a reply', () => {
    expect(findMarker(`> ${markerLine('sonarqube')}`)).toBeUndefined();
  });

  it('ignores a marker written inline in text', () => {
    expect(findMarker(`see ${markerLine('sonarqube')}`)).toBeUndefined();
  });

  it.each(['', '-leading', 'has space', 'a'.repeat(41), 'semi:colon', 'paren)'])('refuses report id %j', (id) => {
    expect(() => markerLine(id)).toThrow(InputError);
  });

  it('accepts the longest report id', () => {
    const id = `A${'b'.repeat(39)}`;
    expect(findMarker(markerLine(id))).toEqual({ reportId: id });
  });

  it('refuses a commit that is not a SHA', () => {
    expect(() => markerLine('sonarqube', 'main')).toThrow(InputError);
    expect(() => markerLine('sonarqube', 'abc')).toThrow(InputError);
  });
});
