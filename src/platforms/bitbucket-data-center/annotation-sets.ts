/**
 * Which run's annotations a Data Center report holds. The server never de-duplicates annotations
 * (api-contracts.md §2.4), so two runs of one commit whose writes interleave would leave both
 * sets. Each run therefore ends its annotations' externalIds with a token of its own, and:
 *
 * 1. reads the report's annotations while it puts the report (`before`);
 * 2. if they are exactly the annotations it would post (one set, the same content: a re-run of an
 *    unchanged commit), stops there: nothing to send;
 * 3. otherwise clears them (`DELETE …/annotations`, §2.4) if there were any, posts its own, reads
 *    the annotations again, and deletes every set but the one with the greatest token
 *    (`DELETE …/annotations?externalId=…`).
 *
 * Why exactly one set remains: a run that stops at 2 writes nothing, and leaves one set. Among the
 * runs that post, a set that was in the report before a run's first read is cleared by that run
 * before it posts, so every set a run reads after posting comes from a run that is posting too.
 * Of any two such sets, the run that posted the later one reads after both were posted, so it
 * deletes the lesser, if nothing else has. So of the sets posted after the last clear only the
 * greatest token is left, and nothing posted before that clear survives it.
 *
 * No run can skip the second read: the writes answer the same (200 with our report, 204, 204)
 * whether or not another run interleaved, so a run that does not read cannot tell that it must
 * clean up.
 */
import { randomBytes } from 'node:crypto';
import { isRecord } from '../../core/records.js';
import type { DcAnnotationBody } from './wire.js';

const TOKEN = /~([0-9a-f]{12})$/;

/** 48 random bits: two runs of one commit drawing the same token is not a practical concern. */
export function runToken(): string {
  return randomBytes(6).toString('hex');
}

/** Unreserved characters only, as every externalId (core/annotations.ts); 13 more characters stay far below the 450 limit. */
export function withToken(externalId: string, token: string): string {
  return `${externalId}~${token}`;
}

/**
 * The externalIds in a `GET …/annotations` answer, by the token of the run that posted them.
 * Annotations without a token (an older version's) form the set of the empty token, the least.
 */
export function setsByToken(body: unknown): Map<string, string[]> {
  const sets = new Map<string, string[]>();
  for (const a of listed(body)) {
    if (typeof a['externalId'] !== 'string') continue;
    const token = TOKEN.exec(a['externalId'])?.[1] ?? '';
    const set = sets.get(token);
    if (set) set.push(a['externalId']);
    else sets.set(token, [a['externalId']]);
  }
  return sets;
}

/** The annotations of a `GET …/annotations` answer; an answer of another shape lists none. */
export function listed(body: unknown): Record<string, unknown>[] {
  const annotations = isRecord(body) && Array.isArray(body['annotations']) ? body['annotations'] : [];
  return annotations.filter(isRecord);
}

/**
 * Whether a `GET …/annotations` answer is exactly `planned`: at most one run's set, the same
 * annotations, each with the same content. The server may show an omitted line as 0 and leave
 * out an omitted field; anything else that differs means the report must be posted again.
 */
export function holdsExactly(body: unknown, planned: readonly DcAnnotationBody[]): boolean {
  const have = listed(body);
  if (have.length !== planned.length || setsByToken(body).size > 1) return false;
  const theirs = have.map(contentOf).sort();
  const ours = planned.map((a) => contentOf({ ...a })).sort();
  return theirs.every((c, i) => c === ours[i]);
}

function contentOf(a: Record<string, unknown>): string {
  const id = typeof a['externalId'] === 'string' ? a['externalId'].replace(TOKEN, '') : undefined;
  return JSON.stringify([id, a['message'], a['severity'], a['type'] ?? null, a['path'] ?? null, a['line'] ?? 0, a['link'] ?? null]);
}

/** The set every run keeps: the greatest token read. */
export function keptToken(sets: ReadonlyMap<string, readonly string[]>): string | undefined {
  let kept: string | undefined;
  for (const token of sets.keys()) if (kept === undefined || token > kept) kept = token;
  return kept;
}

/** Servers refuse long request lines (often past 8 KB): the ids to delete go in requests of at most this much query. */
const QUERY_CHARS = 6000;

/**
 * The externalIds of every set but `kept`, grouped into requests whose query stays short. Never an
 * empty group: `DELETE …/annotations` without an externalId removes them all.
 */
export function deletions(sets: ReadonlyMap<string, readonly string[]>, kept: string): string[][] {
  const groups: string[][] = [];
  let group: string[] = [];
  let chars = 0;
  for (const [token, ids] of sets) {
    if (token === kept) continue;
    for (const id of ids) {
      const cost = 'externalId='.length + encodeURIComponent(id).length + 1;
      if (group.length > 0 && chars + cost > QUERY_CHARS) {
        groups.push(group);
        group = [];
        chars = 0;
      }
      group.push(id);
      chars += cost;
    }
  }
  if (group.length > 0) groups.push(group);
  return groups;
}
