// Replay keys (modelled on Stripe's idempotency keys): a client-made request id lets a resent write get the first
// answer instead of being done twice. A key belongs to one signed-in caller, remembers a fingerprint of what was
// asked (the same key with other data is refused), lives 24 hours, and keeps no secrets (ActionSpec.replay).
import { createHash } from 'node:crypto';
import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import type { Schema } from '../data/schema';

export const REPLAY_KEY_LIFETIME_MS = 24 * 60 * 60 * 1000;
export interface ReplayKey {
  key: string;
  requestHash: string;
}

/** Scoped to the caller: another person sending the same request id gets nothing of this one's. */
export function replayKeyFor(
  fn: string,
  action: string,
  personId: number,
  requestId: string,
  input: unknown,
): ReplayKey {
  return {
    key: `${fn}.${action}:${personId}:${requestId}`,
    requestHash: createHash('sha256')
      .update(`${fn}.${action}\n${stableJson(input)}`)
      .digest('hex'),
  };
}

/** JSON with object keys sorted, so {a,b} and {b,a} are the same request. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export type Remembered = { kind: 'none' } | { kind: 'same'; kept: unknown } | { kind: 'other-request' };

const cutoff = (now: Date) => new Date(now.getTime() - REPLAY_KEY_LIFETIME_MS).toISOString();

export async function recall(db: Kysely<Schema>, replay: ReplayKey, now: Date): Promise<Remembered> {
  const row = await db
    .selectFrom('idempotency_keys')
    .select(['request_hash', 'result_json'])
    .where('key', '=', replay.key)
    .where('created_at', '>', cutoff(now))
    .executeTakeFirst();
  if (!row) return { kind: 'none' };
  if (row.request_hash !== replay.requestHash) return { kind: 'other-request' };
  return { kind: 'same', kept: JSON.parse(row.result_json) as unknown };
}

/** Written in the same transaction as the writes it answers for: both land, or neither. */
export async function remember(trx: Transaction<Schema>, replay: ReplayKey, kept: unknown, now: Date): Promise<void> {
  // An expired key of the same name may still be there; it no longer counts.
  await trx
    .deleteFrom('idempotency_keys')
    .where('key', '=', replay.key)
    .where('created_at', '<=', cutoff(now))
    .execute();
  await trx
    .insertInto('idempotency_keys')
    .values({
      key: replay.key,
      request_hash: replay.requestHash,
      result_json: JSON.stringify(kept ?? null),
      created_at: now.toISOString(),
    })
    .execute();
}

/**
 * `remember` on PostgreSQL as two common table expressions, for the one statement that ends a transaction
 * (unit-of-work.ts). The insert reads the delete's count, so an expired key is gone before the new one goes in; an
 * unexpired one still fails the statement on the unique key, as a racing resend must. `kept` is the kept answer's
 * JSON text: a bound value, or (a final step) SQL over the statement's own `outcome`, when the key is kept only if
 * the step yielded its row: a step that did nothing (the work then refuses the call) keeps no answer.
 */
export function rememberedKeyCtes(
  replay: ReplayKey,
  kept: { json: string } | { overOutcome: RawBuilder<unknown> },
  now: Date,
): RawBuilder<unknown> {
  const [json, from] = 'json' in kept ? [sql`${kept.json}`, sql``] : [kept.overOutcome, sql` from outcome`];
  return sql`expired_key as (
      delete from idempotency_keys where key = ${replay.key} and created_at <= ${cutoff(now)} returning key
    ), kept_key as (
      insert into idempotency_keys (key, request_hash, result_json, created_at)
      select ${replay.key}, ${replay.requestHash}, ${json}, ${now.toISOString()}${from}
      where (select count(*) from expired_key) >= 0
    )`;
}

/** Deletes expired keys; the daily job replay-keys.prune (backend/jobs) calls it. */
export async function pruneExpiredReplayKeys(db: Kysely<Schema>, now: Date): Promise<number> {
  const result = await db.deleteFrom('idempotency_keys').where('created_at', '<=', cutoff(now)).executeTakeFirst();
  return Number(result.numDeletedRows);
}
