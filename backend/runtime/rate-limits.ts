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

/**
 * Counters every host on one PostgreSQL database shares: one atomic upsert per take (a single round trip; the
 * row lock orders concurrent takes, so two hosts cannot both spend the last call). The clock is the host's.
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
  return {
    async take(name, limit, subject) {
      const at = now();
      const current = at.toISOString();
      const windowEnd = new Date(at.getTime() + limit.seconds * 1000).toISOString();
      const expired = sql<boolean>`rate_limit_counters.expires_at <= ${current}`;
      const row = await db
        .insertInto('rate_limit_counters')
        .values({ key: `${name}:${subject}`, points: 1, expires_at: windowEnd })
        .onConflict((oc) =>
          oc.column('key').doUpdateSet({
            points: sql<number>`case when ${expired} then 1 else rate_limit_counters.points + 1 end`,
            expires_at: sql<string>`case when ${expired} then excluded.expires_at else rate_limit_counters.expires_at end`,
          }),
        )
        .returning(['points', 'expires_at'])
        .executeTakeFirstOrThrow();
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
