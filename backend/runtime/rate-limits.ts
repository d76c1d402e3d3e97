// Per-caller rate limits for actions: a person by id, a WeChat user by OPENID, an anonymous web caller by address
// (fastify's request.ip, which follows X-Forwarded-For only from the proxies TRUST_PROXY names).
// Where they count: on PostgreSQL, in the shared `rate_limit_counters` table, so every host (and every WeChat
// instance) on one database spends one count; on SQLite (one host) in this process's memory. Only actions that
// declare a limit pay for a take: reads without one (account.me) never touch the counters.
import { sql, type Kysely } from 'kysely';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Schema } from '../data/schema';
import { AppError } from './app-error';
import type { Logger } from './logger';
import { batchedByTurn, type Ask } from './turn-batch';

export interface RateLimit {
  /** Calls allowed … */
  points: number;
  /** … per this many seconds. */
  seconds: number;
}

export interface RateLimits {
  /** Counts one call of `name` by `subject`; throws RATE_LIMITED with a sentence when the limit is spent. */
  take(name: string, limit: RateLimit, subject: string): Promise<void>;
  /** Gives back one taken call (a limit that counts only failures gives it back when the call succeeds). */
  giveBack(name: string, limit: RateLimit, subject: string): Promise<void>;
}

/** One process's counters (SQLite: a single host). */
export function createRateLimits(): RateLimits {
  const limiters = new Map<string, RateLimiterMemory>();
  // Keyed by the limit too: two limits under one name (say, per address and per code prefix) never share a window.
  const limiterFor = (name: string, limit: RateLimit) => {
    const key = `${name}|${limit.points}/${limit.seconds}`;
    let limiter = limiters.get(key);
    if (!limiter) {
      limiter = new RateLimiterMemory({ keyPrefix: name, points: limit.points, duration: limit.seconds });
      limiters.set(key, limiter);
    }
    return limiter;
  };
  return {
    async take(name, limit, subject) {
      try {
        await limiterFor(name, limit).consume(subject);
      } catch (err) {
        if (!(err instanceof RateLimiterRes)) throw err;
        throw rateLimited(err.msBeforeNext);
      }
    },
    async giveBack(name, limit, subject) {
      await limiterFor(name, limit).reward(subject, 1);
    },
  };
}

/** Expired rows are deleted at most this often per process; the next take resets an expired row anyway. */
const PRUNE_EVERY_MS = 60_000;

/** A take of a counter, and the counter as it stands after it. */
interface Take {
  key: string;
  windowEnd: string;
}
interface Counted {
  points: number;
  expires_at: string;
}

/**
 * Counters every host on one PostgreSQL database shares: one atomic upsert per take (the row lock orders
 * concurrent takes, so two hosts cannot both spend the last call). The clock is the host's. The takes of one turn
 * of the event loop (a rush: hundreds at once) go in one statement, sent once the turn's I/O callbacks are done,
 * so each is still counted after its call came in; two takes of one key in it count as two, in the order asked.
 */
export function sharedRateLimits(db: Kysely<Schema>, log: Logger, now: () => Date = () => new Date()): RateLimits {
  let prunedAt = 0;
  const prune = (at: Date) => {
    if (at.getTime() - prunedAt < PRUNE_EVERY_MS) return;
    prunedAt = at.getTime();
    // Not awaited: housekeeping must not slow the call that happens to trigger it.
    db.deleteFrom('rate_limit_counters')
      .where('expires_at', '<=', at.toISOString())
      .execute()
      .catch((err: unknown) =>
        log.warn('rate limit prune failed', { error: err instanceof Error ? err.message : String(err) }),
      );
  };
  const flush = async (asked: Ask<Take, Counted>[]) => {
    // One row per key, in key order (two hosts' statements then lock shared keys in the same order).
    const byKey = new Map<string, Ask<Take, Counted>[]>();
    for (const a of asked) {
      const same = byKey.get(a.item.key);
      if (same) same.push(a);
      else byKey.set(a.item.key, [a]);
    }
    const keys = [...byKey.keys()].sort();
    const current = now().toISOString();
    try {
      const { rows } = await sql<Counted & { key: string }>`
        insert into rate_limit_counters as c (key, points, expires_at)
        select * from unnest(${keys}::text[], ${keys.map((k) => byKey.get(k)!.length)}::integer[],
          ${keys.map((k) => byKey.get(k)![0].item.windowEnd)}::text[])
        on conflict (key) do update set
          points = case when c.expires_at <= ${current} then excluded.points else c.points + excluded.points end,
          expires_at = case when c.expires_at <= ${current} then excluded.expires_at else c.expires_at end
        returning key, points, expires_at`.execute(db);
      for (const row of rows) {
        const mine = byKey.get(row.key)!;
        // The last asked holds the row's count; each before it, one less per take after it.
        mine.forEach((a, i) => a.answer({ points: row.points - (mine.length - 1 - i), expires_at: row.expires_at }));
        byKey.delete(row.key);
      }
      if (byKey.size > 0) throw new Error('a rate limit take got no row back');
    } catch (err) {
      for (const a of asked) a.fail(err);
    }
  };
  const count = batchedByTurn<Take, Counted>((asked) => void flush(asked));
  return {
    async take(name, limit, subject) {
      const at = now();
      const windowEnd = new Date(at.getTime() + limit.seconds * 1000).toISOString();
      const row = await count({ key: `${name}:${subject}`, windowEnd });
      prune(at);
      if (row.points > limit.points) throw rateLimited(Date.parse(row.expires_at) - at.getTime());
    },
    async giveBack(name, _limit, subject) {
      await db
        .updateTable('rate_limit_counters')
        .set({ points: sql<number>`points - 1` })
        .where('key', '=', `${name}:${subject}`)
        .where('points', '>', 0)
        .where('expires_at', '>', now().toISOString())
        .execute();
    },
  };
}

/** "请过 1 分钟再试": whole minutes, or seconds under one minute, so the wait reads plainly. */
export function rateLimited(msBeforeNext: number): AppError {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  const wait = seconds < 60 ? `${seconds} 秒` : `${Math.ceil(seconds / 60)} 分钟`;
  return new AppError('RATE_LIMITED', `您操作得太频繁了，请休息一下，过 ${wait}再试。`);
}
