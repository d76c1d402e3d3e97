// The router answers a resend from what the call's transaction stored, before the handler runs; the first call gets
// whatever the handler returned (issue 18: handlers return what they like, no ritual). SQLite and PostgreSQL.
import { sql } from 'kysely';
import { z } from 'zod';
import { action, defineFunction } from '../../backend/runtime/define-function';
import { availableEngines } from '../support/engines';
import { startHost, type TestHost } from '../support/start-host';

describe.each(availableEngines())('resends on %s', (engine) => {
  let host: TestHost;
  beforeAll(async () => {
    host = await startHost({ engine });
  });
  afterAll(async () => {
    await host?.stop();
  });

  it('answers the first call with the handler’s value and a resend with the stored one, without running the handler again', async () => {
    let runs = 0;
    const probe = defineFunction('probe', {
      note: action(
        { access: 'person', input: z.object({ word: z.string() }).strict() },
        async function note({ word }, ctx) {
          runs += 1;
          const stored = await ctx.transaction(async (_trx, audit) => {
            await audit({ entity: 'probe', entityId: null, after: { word } });
            return { word, run: runs };
          });
          return { ...stored, extra: 'only the first call' };
        },
      ),
    });
    const me = await host.deps.database.db
      .selectFrom('people')
      .select(['id', 'session_version'])
      .where('handle', '=', 'member1')
      .executeTakeFirstOrThrow();
    const identity = { source: 'host' as const, token: await host.deps.tokens.issue(me.id, me.session_version) };
    const call = () =>
      probe.handle({ action: 'note', data: { word: '好' }, requestId: 'probe-request-1' }, identity, host.deps);
    expect(await call()).toEqual({ ok: true, data: { word: '好', run: 1, extra: 'only the first call' } });
    expect(await call()).toEqual({ ok: true, data: { word: '好', run: 1 } });
    expect(runs).toBe(1);
  });

  const identityOf = async (handle: string) => {
    const me = await host.deps.database.db
      .selectFrom('people')
      .select(['id', 'session_version'])
      .where('handle', '=', handle)
      .executeTakeFirstOrThrow();
    return { source: 'host' as const, token: await host.deps.tokens.issue(me.id, me.session_version) };
  };
  const auditCount = async (entity: string) =>
    (await host.deps.database.db.selectFrom('audit_log').select('id').where('entity', '=', entity).execute()).length;

  it('answers a resend that raced the first call with the first answer, and keeps nothing of the loser', async () => {
    // Both copies pass the router's look-up before either has stored its answer; the second to write its key fails
    // on it, its transaction is undone, and it is answered from the first's key.
    let runs = 0;
    let arrived = 0;
    let bothIn: () => void = () => undefined;
    const together = new Promise<void>((resolve) => (bothIn = resolve));
    const probe = defineFunction('probe', {
      race: action({ access: 'person', input: z.object({}).strict() }, async function race(_input, ctx) {
        runs += 1;
        const run = runs;
        arrived += 1;
        if (arrived === 2) bothIn();
        await together;
        return ctx.transaction(async (_trx, audit) => {
          await audit({ entity: 'probe-race', entityId: run, after: { run } });
          return { run };
        });
      }),
    });
    const identity = await identityOf('member2');
    const call = () => probe.handle({ action: 'race', data: {}, requestId: 'probe-race-1' }, identity, host.deps);
    const [a, b] = await Promise.all([call(), call()]);
    expect(runs).toBe(2);
    expect(a).toEqual(b);
    expect(a.ok).toBe(true);
    expect(await auditCount('probe-race')).toBe(1);
  });

  it('keeps each audit row’s time as of its audit call, in call order, and writes thousands in one transaction', async () => {
    let clock = Date.parse('2026-12-07T06:00:00.000Z');
    const deps = { ...host.deps, now: () => new Date(clock) };
    const probe = defineFunction('probe', {
      many: action({ access: 'person', input: z.object({}).strict() }, async function many(_input, ctx) {
        return ctx.transaction(async (_trx, audit) => {
          for (let i = 0; i < 2_345; i += 1) {
            await audit({ entity: 'probe-many', entityId: i });
            clock += 1_000;
          }
          return { done: true };
        });
      }),
    });
    const answer = await probe.handle(
      { action: 'many', data: {}, requestId: 'probe-many-1' },
      await identityOf('member3'),
      deps,
    );
    expect(answer).toEqual({ ok: true, data: { done: true } });
    const rows = await host.deps.database.db
      .selectFrom('audit_log')
      .select(['at', 'entity_id'])
      .where('entity', '=', 'probe-many')
      .orderBy('id')
      .execute();
    expect(rows).toHaveLength(2_345);
    expect(rows[0]).toEqual({ at: '2026-12-07T06:00:00.000Z', entity_id: '0' });
    expect(rows[2_344]).toEqual({
      at: new Date(Date.parse('2026-12-07T06:00:00.000Z') + 2_344_000).toISOString(),
      entity_id: '2344',
    });
    expect(rows.every((r, i) => r.entity_id === String(i))).toBe(true);
  });

  if (engine === 'postgres') {
    it('reports a transaction whose COMMIT fails as failed, keeps none of it, and goes on serving', async () => {
      // A deferred constraint is checked at COMMIT, which goes out with the last statement: the failure must still
      // reach the caller, and nothing be reported as saved.
      const db = host.deps.database.db;
      await sql`create table probe_deferred (n int, constraint probe_deferred_n unique (n) deferrable initially deferred)`.execute(
        db,
      );
      const probe = defineFunction('probe', {
        twice: action(
          { access: 'person', input: z.object({ n: z.number() }).strict() },
          async function twice({ n }, ctx) {
            return ctx.transaction(async (trx, audit) => {
              await sql`insert into probe_deferred (n) values (${n}), (${n})`.execute(trx);
              await audit({ entity: 'probe-deferred', entityId: n });
              return { n };
            });
          },
        ),
        once: action(
          { access: 'person', input: z.object({ n: z.number() }).strict() },
          async function once({ n }, ctx) {
            return ctx.transaction(async (trx, audit) => {
              await sql`insert into probe_deferred (n) values (${n})`.execute(trx);
              await audit({ entity: 'probe-deferred', entityId: n });
              return { n };
            });
          },
        ),
      });
      const identity = await identityOf('member4');
      const failed = await probe.handle(
        { action: 'twice', data: { n: 1 }, requestId: 'probe-deferred-1' },
        identity,
        host.deps,
      );
      expect(failed.ok).toBe(false);
      expect(!failed.ok && failed.error.code).toBe('INTERNAL');
      expect((await sql<{ n: number }>`select n from probe_deferred`.execute(db)).rows).toEqual([]);
      expect(await auditCount('probe-deferred')).toBe(0);
      expect(
        await db.selectFrom('idempotency_keys').select('key').where('key', 'like', '%probe-deferred-1').execute(),
      ).toEqual([]);
      // Every pooled connection still works and commits (none is left thinking its transaction already ended).
      const later = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          probe.handle({ action: 'once', data: { n: 10 + i } }, identity, host.deps),
        ),
      );
      expect(later.every((r) => r.ok)).toBe(true);
      expect((await sql<{ n: number }>`select n from probe_deferred order by n`.execute(db)).rows).toHaveLength(12);
      expect(await auditCount('probe-deferred')).toBe(12);
    });
  }
});
