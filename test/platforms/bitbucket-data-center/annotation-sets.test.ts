import { describe, expect, it } from '@jest/globals';
import { deletions, holdsExactly, keptToken, runToken, setsByToken, withToken } from '../../../src/platforms/bitbucket-data-center/annotation-sets.js';

describe("telling runs' annotation sets apart", () => {
  const a = runToken();
  const b = runToken();

  it('groups a GET …/annotations answer by run token; ids without one (an older version) form the least set', () => {
    const body = { annotations: [{ externalId: withToken('x-1', a) }, { externalId: withToken('x~1', b) }, { externalId: 'legacy' }, { externalId: withToken('x-2', a) }, { message: 'no id' }] };
    const sets = setsByToken(body);
    expect(Object.fromEntries(sets)).toEqual({ [a]: [withToken('x-1', a), withToken('x-2', a)], [b]: [withToken('x~1', b)], '': ['legacy'] });
    expect(keptToken(sets)).toBe(a > b ? a : b);
    expect(keptToken(new Map())).toBeUndefined();
    expect(setsByToken('not json')).toEqual(new Map());
  });

  it('deletes every set but the kept one, in requests whose query stays short, and never sends an empty group (that would delete all)', () => {
    const long = (i: number) => withToken(`${'p'.repeat(180)}-${i}`, b);
    const sets = new Map([
      [a, [withToken('keep', a)]],
      [b, Array.from({ length: 100 }, (_, i) => long(i))],
    ]);
    const groups = deletions(sets, a);
    expect(groups.length).toBeGreaterThan(1);
    expect(groups.flat()).toEqual(sets.get(b));
    for (const group of groups) {
      expect(group.length).toBeGreaterThan(0);
      expect(new URLSearchParams(group.map((id): [string, string] => ['externalId', id])).toString().length).toBeLessThanOrEqual(6000);
    }
    expect(deletions(new Map([[a, [withToken('keep', a)]]]), a)).toEqual([]);
  });

  describe('whether a report already holds exactly what a run would post', () => {
    const planned = [
      { externalId: 'h-1', message: 'Null dereference', severity: 'HIGH' as const, type: 'BUG' as const, path: 'src/a.ts', line: 3, link: 'https://sonar.example.com/i/1' },
      { externalId: 'h-2', message: 'Rename this', severity: 'LOW' as const, type: 'CODE_SMELL' as const, path: 'src/b.ts' },
    ];
    // As the server lists them: another run's token, its report key, an omitted line shown as 0, in its own order.
    const listed = (token: string) => [
      { externalId: withToken('h-2', token), message: 'Rename this', severity: 'LOW', type: 'CODE_SMELL', path: 'src/b.ts', line: 0, reportKey: 'sonarqube' },
      { externalId: withToken('h-1', token), message: 'Null dereference', severity: 'HIGH', type: 'BUG', path: 'src/a.ts', line: 3, link: 'https://sonar.example.com/i/1', reportKey: 'sonarqube' },
    ];

    it('is so for one run’s set of the same annotations, whichever run (or an older version, without a token) posted it', () => {
      expect(holdsExactly({ annotations: listed(a) }, planned)).toBe(true);
      expect(holdsExactly({ annotations: listed(a).map((x) => ({ ...x, externalId: x.externalId.replace(/~.*$/, '') })) }, planned)).toBe(true);
      expect(holdsExactly({ annotations: [] }, [])).toBe(true);
    });

    it.each([
      ['two runs’ sets', { annotations: [...listed(a).slice(0, 1), ...listed(b).slice(1)] }],
      ['one annotation more', { annotations: [...listed(a), { ...listed(a)[0]!, externalId: withToken('h-3', a) }] }],
      ['one annotation fewer', { annotations: listed(a).slice(1) }],
      ['a message changed', { annotations: listed(a).map((x, i) => (i === 0 ? { ...x, message: 'Rename that' } : x)) }],
      ['a line moved', { annotations: listed(a).map((x, i) => (i === 1 ? { ...x, line: 4 } : x)) }],
      ['a severity changed', { annotations: listed(a).map((x, i) => (i === 1 ? { ...x, severity: 'MEDIUM' } : x)) }],
      ['a link dropped', { annotations: listed(a).map((x) => ({ ...x, link: undefined })) }],
      ['another shape', 'not json'],
    ])('is not so for %s', (_, body) => {
      expect(holdsExactly(body, planned)).toBe(false);
    });
  });
});
