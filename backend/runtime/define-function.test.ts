import { z } from 'zod';
import { none } from '../../contracts/fields';
import { AppError } from './app-error';
import { action, defineFunction } from './define-function';
import type { Deps } from './deps';
import { createLogger } from './logger';
import { createRateLimits } from './rate-limits';

// Public actions never touch the database, so these deps leave it out on purpose.
function depsWithLog(lines: string[]): Deps {
  return {
    database: undefined as unknown as Deps['database'],
    tokens: { issue: async () => 't', verify: async () => null },
    sceneKey: 'k',
    config: { demoMode: true, publicUrl: 'http://localhost' },
    qrImages: { draw: async () => new Uint8Array() },
    files: undefined as unknown as Deps['files'],
    fileLinkKey: 'k',
    subscribeMessages: { templateIds: () => ({}), send: async () => ({ kind: 'skipped', reason: 'test' }) },
    limits: createRateLimits(),
    log: createLogger('info', {}, (line) => lines.push(line)),
    now: () => new Date('2026-11-29T09:00:00Z'),
  };
}

const echo = defineFunction('echo', {
  shout: action(
    { access: 'public', input: z.object({ word: z.string().max(5, '太长了。') }).strict() },
    async function shout({ word }) {
      return { loud: word.toUpperCase() };
    },
  ),
  explode: action({ access: 'public', input: z.object({}).optional() }, async function explode() {
    throw new Error('secret database detail');
  }),
  nothing: action({ access: 'public', input: none }, async function nothing(input) {
    return { got: input };
  }),
});

const anonymous = { source: 'host' as const, token: null };

describe('the action router', () => {
  it('answers ok with the handler result', async () => {
    expect(await echo.handle({ action: 'shout', data: { word: 'hi' } }, anonymous, depsWithLog([]))).toEqual({
      ok: true,
      data: { loud: 'HI' },
    });
  });

  it('turns schema failures into VALIDATION with our Chinese message, or a generic Chinese one', async () => {
    expect(await echo.handle({ action: 'shout', data: { word: 'toolong' } }, anonymous, depsWithLog([]))).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: '太长了。' },
    });
    const wrongType = await echo.handle({ action: 'shout', data: { word: 5 } }, anonymous, depsWithLog([]));
    expect(wrongType).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(!wrongType.ok && wrongType.error.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('takes no data for an action of `none` as the schema would, with or without its short cut', async () => {
    const call = (data?: unknown) =>
      echo.handle(data === undefined ? { action: 'nothing' } : { action: 'nothing', data }, anonymous, depsWithLog([]));
    for (const empty of [undefined, {}, JSON.parse('{}')]) {
      expect(await call(empty)).toEqual({ ok: true, data: { got: {} } });
      expect(none.parse(empty)).toEqual({});
    }
    // Each caller gets an object of its own.
    const [a, b] = await Promise.all([call({}), call({})]);
    expect(a.ok && b.ok && a.data !== b.data).toBe(true);
    // What the schema refuses is still refused, in a sentence: a key (one that would reach the prototype too), an
    // array, a string, an object that is not plain.
    for (const bad of [{ x: 1 }, JSON.parse('{"__proto__":{"admin":true}}'), [], 'x', 5, new Date(0)]) {
      const reply = await call(bad);
      expect(reply).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      expect(!reply.ok && reply.error.message).toMatch(/[\u4e00-\u9fff]/);
      expect(none.safeParse(bad).success).toBe(false);
    }
  });

  it('hides unexpected failures behind INTERNAL with a trace id, and logs the detail', async () => {
    const lines: string[] = [];
    const reply = await echo.handle({ action: 'explode' }, anonymous, depsWithLog(lines), 'trace-abc-123');
    expect(reply).toMatchObject({ ok: false, error: { code: 'INTERNAL', traceId: 'trace-abc-123' } });
    expect(JSON.stringify(reply)).not.toContain('secret database detail');
    const logged = lines.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.level === 'error');
    expect(logged).toMatchObject({ traceId: 'trace-abc-123', error: 'secret database detail' });
  });

  it('refuses unknown actions, including names inherited from Object', async () => {
    for (const name of ['nope', 'constructor', 'hasOwnProperty']) {
      expect(await echo.handle({ action: name }, anonymous, depsWithLog([]))).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      });
    }
  });

  it('refuses a malformed request id', async () => {
    expect(
      await echo.handle({ action: 'shout', data: { word: 'a' }, requestId: 'bad id!' }, anonymous, depsWithLog([])),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('counts only refusals under a failures limit, and skips a limit whose subject is null', async () => {
    const door = defineFunction('door', {
      open: action(
        {
          access: 'public',
          input: z.object({ code: z.string() }).strict(),
          limit: [
            { points: 2, seconds: 60, counts: 'failures' },
            // Applies to nothing here: a success or a failure alike leaves it alone.
            { points: 1, seconds: 60, by: () => null },
          ],
        },
        async function open({ code }) {
          if (code !== 'right') throw new AppError('INVITE_INVALID', '不对。');
          return { opened: true };
        },
      ),
    });
    const deps = depsWithLog([]);
    const open = async (code: string) => {
      const reply = await door.handle({ action: 'open', data: { code } }, anonymous, deps);
      return reply.ok ? 'ok' : reply.error.code;
    };
    const answers = [];
    for (const code of ['right', 'right', 'right', 'wrong', 'right', 'wrong', 'wrong', 'right'])
      answers.push(await open(code));
    expect(answers).toEqual([
      'ok',
      'ok',
      'ok',
      'INVITE_INVALID',
      'ok',
      'INVITE_INVALID',
      'RATE_LIMITED',
      'RATE_LIMITED',
    ]);
  });
});

// A database that goes away after the function started (restart, failover, a full server) is "try later", not
// "something broke": the handler's real error from node-postgres becomes DATABASE_UNAVAILABLE with its sentence.
describe('a database lost during a call', () => {
  it('answers DATABASE_UNAVAILABLE with a sentence and logs the cause as an error', async () => {
    const { createServer } = await import('node:net');
    const { sql } = await import('kysely');
    const { openDatabase } = await import('../data/database');
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as { port: number }).port;
    await new Promise((resolve) => closed.close(resolve));
    const database = await openDatabase({
      url: `postgres://app@127.0.0.1:${port}/db`,
      dataDir: '/nonexistent',
      poolSize: 1,
      timeouts: { connectMs: 1_000 },
    });
    try {
      const reads = defineFunction('reads', {
        count: action({ access: 'public', input: z.object({}).optional() }, async function count() {
          return (await sql<{ n: number }>`SELECT 1 AS n`.execute(database.db)).rows[0];
        }),
      });
      const lines: string[] = [];
      expect(await reads.handle({ action: 'count' }, anonymous, depsWithLog(lines))).toEqual({
        ok: false,
        error: { code: 'DATABASE_UNAVAILABLE', message: '服务暂时连不上数据库，请稍后再试。' },
      });
      expect(lines.map((l) => JSON.parse(l) as Record<string, unknown>)).toContainEqual(
        expect.objectContaining({ level: 'error', msg: 'database unavailable', action: 'count' }),
      );
    } finally {
      await database.close();
    }
  });
});
