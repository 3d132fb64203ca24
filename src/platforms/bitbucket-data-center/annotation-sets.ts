/**
 * Which run's annotations a Data Center report holds. The server never de-duplicates annotations
 * (api-contracts.md §2.4), so two runs of one commit whose clear-then-post interleave would leave
 * both sets. Each run therefore ends its annotations' externalIds with a token of its own, reads
 * the report's annotations once after posting, and deletes every set but the one with the
 * greatest token (`DELETE …/annotations?externalId=…`, §2.4).
 *
 * Why exactly one set remains: let D be the last "delete all" the server handled. Only sets posted
 * after D can remain, and the greatest token among those, M, is never deleted: a run deletes a set
 * only when it read a greater one beside it, and every set beside M was posted after D. Any other
 * set posted after D is deleted: if it was in before run M read, run M saw and removed it;
 * otherwise its own run read after M's set was in, and removed its own.
 *
 * No run can skip the read: the writes answer the same (200 with our report, 204, 204) whether or
 * not another run interleaved, so a run that does not read cannot tell that it must clean up.
 */
import { randomBytes } from 'node:crypto';
import { isRecord } from '../../core/records.js';

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
  const listed = isRecord(body) && Array.isArray(body['annotations']) ? body['annotations'] : [];
  for (const a of listed) {
    if (!isRecord(a) || typeof a['externalId'] !== 'string') continue;
    const token = TOKEN.exec(a['externalId'])?.[1] ?? '';
    const set = sets.get(token);
    if (set) set.push(a['externalId']);
    else sets.set(token, [a['externalId']]);
  }
  return sets;
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
