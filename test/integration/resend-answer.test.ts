// The router answers a resend from what the call's transaction stored, before the handler runs; the first call gets
// whatever the handler returned (issue 18: handlers return what they like, no ritual). SQLite and PostgreSQL.
import { sql } from 'kysely';
import { z } from 'zod';
import { action, defineFunction } from '../../backend/runtime/define-function';
import { createLogger } from '../../backend/runtime/logger';
import type { FinalStep } from '../../backend/runtime/unit-of-work';
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

  if (engine === 'sqlite') {
    it('refuses a final step on SQLite, where nothing is sent with COMMIT, and keeps nothing of the call', async () => {
      const probe = defineFunction('probe', {
        final: action({ access: 'person', input: z.object({}).strict() }, async function final(_input, ctx) {
          return ctx.transaction(async (_trx, audit, finish) => {
            await audit({ entity: 'probe-final-sqlite', entityId: 1 });
            await finish({
              ctes: sql`outcome as (select 1 as one)`,
              audit: { entity: 'x', entityId: sql`1`, after: sql`1` },
              kept: sql`1`,
            });
            return { done: true };
          });
        }),
      });
      const answer = await probe.handle({ action: 'final', data: {} }, await identityOf('member5'), host.deps);
      expect(!answer.ok && answer.error.code).toBe('INTERNAL');
      expect(await auditCount('probe-final-sqlite')).toBe(0);
    });
  }

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

    describe('a final step (the statement sent with COMMIT that also writes the audit row and the kept answer)', () => {
      const db = () => host.deps.database.db;
      beforeAll(async () => {
        await sql`create table probe_final (id serial primary key, n int not null unique)`.execute(db());
      });
      const said = (n: number) => `第${n}号`;
      let runs = 0;
      let seenBeforeReturn = 0;
      const finalRows = async (n: number) =>
        (await sql<{ id: number }>`select id from probe_final where n = ${n}`.execute(db())).rows;
      /** A final step that inserts n, audits it as probe-final, and keeps `kept`. */
      const insertStep = (n: number, kept: FinalStep['kept']): FinalStep => ({
        ctes: sql`outcome as (insert into probe_final (n) values (${n}::integer) returning id, n)`,
        audit: { entity: 'probe-final', entityId: sql`outcome.id`, after: sql`jsonb_build_object('n', outcome.n)` },
        kept,
      });
      const probe = defineFunction('probe', {
        final: action(
          { access: 'person', input: z.object({ n: z.number().int(), keptWrong: z.boolean().optional() }).strict() },
          async function final({ n, keptWrong }, ctx) {
            runs += 1;
            return ctx.transaction(async (_trx, audit, finish) => {
              await audit({ entity: 'probe-final-before', entityId: n });
              const row = await finish<{ id: number; n: number }>(
                insertStep(
                  n,
                  keptWrong
                    ? sql`jsonb_build_object('n', outcome.n, 'said', 'another')`
                    : sql`jsonb_build_object('n', outcome.n, 'said', '第' || outcome.n || '号')`,
                ),
              );
              if (!row) throw new Error('no row');
              // Committed already: another connection sees the row while this work has not yet returned. (Only for
              // the first call: a second connection per call would drain the pool when many run at once.)
              if (n === 7) seenBeforeReturn = (await finalRows(n)).length;
              return { n: row.n, said: said(row.n) };
            });
          },
        ),
        late: action(
          { access: 'person', input: z.object({ n: z.number().int() }).strict() },
          async function late({ n }, ctx) {
            return ctx.transaction(async (_trx, audit, finish) => {
              await finish(insertStep(n, sql`jsonb_build_object('n', outcome.n)`));
              await audit({ entity: 'probe-final-late', entityId: n });
              return { n };
            });
          },
        ),
      });

      it('writes the step, the audit rows and the kept answer in one transaction, committed before the work returns; a resend gets the same answer', async () => {
        const identity = await identityOf('member5');
        runs = 0;
        const first = await probe.handle(
          { action: 'final', data: { n: 7 }, requestId: 'probe-final-7' },
          identity,
          host.deps,
        );
        expect(first).toEqual({ ok: true, data: { n: 7, said: '第7号' } });
        expect(seenBeforeReturn).toBe(1);
        const [row] = await finalRows(7);
        const audit = await db()
          .selectFrom('audit_log')
          .select(['entity', 'entity_id', 'after_json', 'fn', 'action', 'actor_person_id', 'trace_id'])
          .where('entity', 'in', ['probe-final-before', 'probe-final'])
          .orderBy('id')
          .execute();
        const me = await db()
          .selectFrom('people')
          .select('id')
          .where('handle', '=', 'member5')
          .executeTakeFirstOrThrow();
        expect(audit.map((a) => [a.entity, a.entity_id, a.after_json && JSON.parse(a.after_json)])).toEqual([
          ['probe-final-before', '7', null],
          ['probe-final', String(row.id), { n: 7 }],
        ]);
        expect(audit.every((a) => a.fn === 'probe' && a.action === 'final' && a.actor_person_id === me.id)).toBe(true);
        expect(new Set(audit.map((a) => a.trace_id)).size).toBe(1);
        const key = await db()
          .selectFrom('idempotency_keys')
          .select('result_json')
          .where('key', 'like', '%:probe-final-7')
          .executeTakeFirstOrThrow();
        expect(JSON.parse(key.result_json)).toEqual({ n: 7, said: '第7号' });
        const again = await probe.handle(
          { action: 'final', data: { n: 7 }, requestId: 'probe-final-7' },
          identity,
          host.deps,
        );
        expect(again).toEqual({ ok: true, data: { n: 7, said: '第7号' } });
        expect(runs).toBe(1);
        expect(await finalRows(7)).toHaveLength(1);
      });

      it('keeps nothing when the step fails: not the rows audited before it, not the key; every connection goes on serving', async () => {
        const identity = await identityOf('member6');
        await probe.handle({ action: 'final', data: { n: 8 } }, identity, host.deps);
        const before = await auditCount('probe-final-before');
        const failed = await probe.handle(
          { action: 'final', data: { n: 8 }, requestId: 'probe-final-8b' },
          identity,
          host.deps,
        );
        expect(failed.ok).toBe(false);
        expect(await auditCount('probe-final-before')).toBe(before);
        expect(await finalRows(8)).toHaveLength(1);
        expect(
          await db().selectFrom('idempotency_keys').select('key').where('key', 'like', '%:probe-final-8b').execute(),
        ).toEqual([]);
        const later = await Promise.all(
          Array.from({ length: 12 }, (_, i) =>
            probe.handle({ action: 'final', data: { n: 100 + i } }, identity, host.deps),
          ),
        );
        expect(later.map((r) => r.ok)).toEqual(Array(12).fill(true));
      });

      it('logs a kept answer that differs from the answer the work gives as an error, and fails a call that audits after its final step', async () => {
        const identity = await identityOf('member7');
        const lines: string[] = [];
        const logged = { ...host.deps, log: createLogger('info', {}, (line) => lines.push(line)) };
        await probe.handle(
          { action: 'final', data: { n: 9, keptWrong: true }, requestId: 'probe-final-9' },
          identity,
          logged,
        );
        expect(lines.map((l) => (JSON.parse(l) as { msg: string }).msg)).toContain(
          'a final step kept another answer than its work gave',
        );
        const late = await probe.handle({ action: 'late', data: { n: 10 } }, identity, host.deps);
        expect(!late.ok && late.error.code).toBe('INTERNAL');
        expect(await auditCount('probe-final-late')).toBe(0);
      });
    });
  }
});
