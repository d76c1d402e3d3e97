// The router answers a resend from what the call's transaction stored, before the handler runs; the first call gets
// whatever the handler returned (issue 18: handlers return what they like, no ritual). SQLite and PostgreSQL.
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
});
