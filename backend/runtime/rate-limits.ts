// Per-caller rate limits for actions (rate-limiter-flexible, in memory): a person by id, a WeChat user by OPENID,
// an anonymous web caller by IP. Each host process and each warm cloud instance counts on its own, so the real
// ceiling is the limit times the number of processes; that is enough against guessing and floods from one
// caller, and is written down in docs/SECURITY.md.
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { AppError } from './app-error';

export interface RateLimit {
  /** Calls allowed … */
  points: number;
  /** … per this many seconds. */
  seconds: number;
}

export interface RateLimits {
  /** Counts one call of `name` by `subject`; throws RATE_LIMITED with a sentence when the limit is spent. */
  take(name: string, limit: RateLimit, subject: string): Promise<void>;
}

export function createRateLimits(): RateLimits {
  const limiters = new Map<string, RateLimiterMemory>();
  return {
    async take(name, limit, subject) {
      let limiter = limiters.get(name);
      if (!limiter) {
        limiter = new RateLimiterMemory({ keyPrefix: name, points: limit.points, duration: limit.seconds });
        limiters.set(name, limiter);
      }
      try {
        await limiter.consume(subject);
      } catch (err) {
        if (!(err instanceof RateLimiterRes)) throw err;
        throw rateLimited(err.msBeforeNext);
      }
    },
  };
}

/** "请过 1 分钟再试": whole minutes, or seconds under one minute, so the wait reads plainly. */
export function rateLimited(msBeforeNext: number): AppError {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  const wait = seconds < 60 ? `${seconds} 秒` : `${Math.ceil(seconds / 60)} 分钟`;
  return new AppError('RATE_LIMITED', `您操作得太频繁了，请休息一下，过 ${wait}再试。`);
}
