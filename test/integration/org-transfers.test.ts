// 撤回转接 and the roster's true count, over real HTTP on SQLite and PostgreSQL, hostile cases first: a transfer is
// withdrawn only by whoever sent it or someone who manages the person, never once it was accepted; a second 撤回
// (a double tap, a resend) answers the same and writes nothing more; the receiving secretaries are told; the
// person's record shows a pending transfer to those who may see it. A branch of 290 says 共290位, not "100 多".
import type { OrgApi } from '../../contracts/org';
import { dataOf, post, type ApiReply } from '../support/api';
import { availableEngines } from '../support/engines';
import { startHost, type TestHost } from '../support/start-host';
import { tokensByHandle } from '../support/tokens';

type Out<A extends keyof OrgApi> = OrgApi[A]['output'];

describe.each(availableEngines())('transfers and the roster count on %s', (engine) => {
  let host: TestHost;
  const db = () => host.deps.database.db;
  const as = tokensByHandle(() => host);
  const call = async <A extends keyof OrgApi>(
    handle: string,
    action: A,
    data: unknown,
    requestId?: string,
  ): Promise<ApiReply<Out<A>>> =>
    post<Out<A>>(host.baseUrl, 'org', { action, data, ...(requestId ? { requestId } : {}) }, await as(handle));
  const ok = async <A extends keyof OrgApi>(handle: string, action: A, data: unknown, requestId?: string) =>
    dataOf(call(handle, action, data, requestId));
  const refused = (reply: ApiReply<unknown>, code: string, message?: RegExp) => {
    expect(reply.body.ok).toBe(false);
    if (reply.body.ok) return;
    expect(reply.body.error.code).toBe(code);
    expect(reply.body.error.message).toMatch(/[\u4e00-\u9fff]/);
    if (message) expect(reply.body.error.message).toMatch(message);
  };
  const person = (handle: string) =>
    db().selectFrom('people').selectAll().where('handle', '=', handle).executeTakeFirstOrThrow();
  const snapshot = async () => ({
    people: await db().selectFrom('people').selectAll().orderBy('id').execute(),
    grants: await db().selectFrom('role_grants').selectAll().orderBy('id').execute(),
    transfers: await db().selectFrom('org_transfers').selectAll().orderBy('id').execute(),
    messages: (await db().selectFrom('messages').select('id').execute()).length,
    audit: (await db().selectFrom('audit_log').select('id').execute()).length,
  });
  const withdrawnMessages = async (handle: string) =>
    (
      await db()
        .selectFrom('messages')
        .select('text')
        .where('person_id', '=', (await person(handle)).id)
        .where('kind', '=', 'transfer_withdrawn')
        .execute()
    ).map((m) => m.text);

  beforeAll(async () => {
    host = await startHost({ engine, jobIntervalMs: 0 });
  });
  afterAll(async () => {
    await host?.stop();
  });

  describe('撤回转接', () => {
    it('refuses someone outside the person’s branch, the member, the receiver, a missing id and a malformed one; nothing written', async () => {
      const member = await person('member85'); // branch 1
      const to = (await person('secretary2')).org_unit_id;
      const sent = await ok('secretary1', 'transfer', { personId: member.id, toOrgUnitId: to });
      const before = await snapshot();
      refused(await call('secretary3', 'withdrawTransfer', { transferId: sent.transfer.id }), 'FORBIDDEN', /不能撤回/);
      refused(await call('secretary2', 'withdrawTransfer', { transferId: sent.transfer.id }), 'FORBIDDEN');
      refused(await call('member85', 'withdrawTransfer', { transferId: sent.transfer.id }), 'FORBIDDEN');
      refused(await call('member1', 'withdrawTransfer', { transferId: sent.transfer.id }), 'FORBIDDEN');
      refused(await call('secretary1', 'withdrawTransfer', { transferId: 987654 }), 'NOT_FOUND', /没有找到/);
      refused(await call('secretary1', 'withdrawTransfer', { transferId: '1e3' }), 'VALIDATION');
      refused(await call('secretary1', 'withdrawTransfer', { transferId: sent.transfer.id, extra: 1 }), 'VALIDATION');
      refused(await call('secretary1', 'withdrawTransfer', {}), 'VALIDATION');
      expect(await snapshot()).toEqual(before);
      // Still pending: the receiver can still accept it; withdrawn here so the other tests start clean.
      await ok('secretary1', 'withdrawTransfer', { transferId: sent.transfer.id });
    });

    it('shows the pending transfer on the record (to the secretary and to the member), withdraws it once, tells the receiver', async () => {
      const member = await person('member97'); // branch 1
      const to = (await person('secretary2')).org_unit_id;
      const sent = await ok('secretary1', 'transfer', { personId: member.id, toOrgUnitId: to });
      const seen = await ok('secretary1', 'person', { personId: member.id });
      expect(seen.person.pendingTransfer).toMatchObject({
        id: sent.transfer.id,
        toOrgUnitName: sent.transfer.toOrgUnitName,
        withdrawable: true,
      });
      // The member sees where she is going, and is not offered 撤回.
      const own = await ok('member97', 'person', { personId: member.id });
      expect(own.person.pendingTransfer).toMatchObject({ id: sent.transfer.id, withdrawable: false });

      const messagesBefore = await withdrawnMessages('secretary2');
      const first = await ok('secretary1', 'withdrawTransfer', { transferId: sent.transfer.id }, 'withdraw-0001');
      expect(first.transfer.status).toBe('cancelled');
      expect(first.message).toBe(
        `已经撤回${member.name}同志转往“${sent.transfer.toOrgUnitName}”的转接，${member.name}同志还在“${sent.transfer.fromOrgUnitName}”。`,
      );
      const row = await db()
        .selectFrom('org_transfers')
        .selectAll()
        .where('id', '=', sent.transfer.id)
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({ status: 'cancelled', decided_by: (await person('secretary1')).id });
      const audits = await db()
        .selectFrom('audit_log')
        .selectAll()
        .where('entity', '=', 'org_transfer')
        .where('entity_id', '=', String(sent.transfer.id))
        .where('action', '=', 'withdrawTransfer')
        .execute();
      expect(audits).toHaveLength(1);
      expect(await withdrawnMessages('secretary2')).toEqual([
        ...messagesBefore,
        `${sent.transfer.fromOrgUnitName}撤回了${member.name}同志的转接，您不用再接收了。`,
      ]);
      expect((await ok('secretary2', 'incomingTransfers', {})).transfers.map((t) => t.id)).not.toContain(
        sent.transfer.id,
      );
      expect((await ok('secretary1', 'person', { personId: member.id })).person.pendingTransfer).toBeNull();
      expect((await person('member97')).org_unit_id).toBe(member.org_unit_id);

      // A double tap: the resend and a fresh second tap both answer the same, and nothing more is written.
      const after = await snapshot();
      expect(await ok('secretary1', 'withdrawTransfer', { transferId: sent.transfer.id }, 'withdraw-0001')).toEqual(
        first,
      );
      expect(await ok('secretary1', 'withdrawTransfer', { transferId: sent.transfer.id }, 'withdraw-0002')).toEqual(
        first,
      );
      expect(await snapshot()).toEqual(after);
      // The receiver can no longer accept it, and a new transfer may be sent.
      refused(await call('secretary2', 'acceptTransfer', { transferId: sent.transfer.id }), 'CONFLICT');
      await ok('secretary1', 'transfer', { personId: member.id, toOrgUnitId: to });
    });

    it('lets an admin above withdraw what a secretary sent, and tells the sender too', async () => {
      const member = await person('member109'); // branch 1
      const sent = await ok('secretary1', 'transfer', {
        personId: member.id,
        toOrgUnitId: (await person('secretary3')).org_unit_id,
      });
      const done = await ok('admin', 'withdrawTransfer', { transferId: sent.transfer.id });
      expect(done.transfer.status).toBe('cancelled');
      expect(await withdrawnMessages('secretary1')).toContain(
        `${member.name}同志转往${sent.transfer.toOrgUnitName}的转接已经由别人撤回。`,
      );
    });

    it('refuses to withdraw a transfer already accepted, in a sentence, writing nothing', async () => {
      const member = await person('member121'); // branch 1
      const sent = await ok('secretary1', 'transfer', {
        personId: member.id,
        toOrgUnitId: (await person('secretary2')).org_unit_id,
      });
      await ok('secretary2', 'acceptTransfer', { transferId: sent.transfer.id });
      const before = await snapshot();
      // The sender no longer manages the person but still hears why; the new secretary hears the same.
      refused(
        await call('secretary1', 'withdrawTransfer', { transferId: sent.transfer.id }),
        'CONFLICT',
        new RegExp(`${member.name}同志已经转入“${sent.transfer.toOrgUnitName}”，这个转接不能撤回了`),
      );
      refused(await call('secretary2', 'withdrawTransfer', { transferId: sent.transfer.id }), 'CONFLICT');
      expect(await snapshot()).toEqual(before);
    });

    it('lets exactly one of a withdrawal and an acceptance that race win', async () => {
      const member = await person('member133'); // branch 1
      const sent = await ok('secretary1', 'transfer', {
        personId: member.id,
        toOrgUnitId: (await person('secretary2')).org_unit_id,
      });
      const [withdrawn, accepted] = await Promise.all([
        call('secretary1', 'withdrawTransfer', { transferId: sent.transfer.id }),
        call('secretary2', 'acceptTransfer', { transferId: sent.transfer.id }),
      ]);
      expect([withdrawn.body.ok, accepted.body.ok].filter(Boolean)).toHaveLength(1);
      const row = await db()
        .selectFrom('org_transfers')
        .select('status')
        .where('id', '=', sent.transfer.id)
        .executeTakeFirstOrThrow();
      expect(row.status).toBe(withdrawn.body.ok ? 'cancelled' : 'accepted');
    });
  });

  describe('the roster count', () => {
    it('says the true number of a branch of 290, not "100 多"', async () => {
      const created = await ok('admin', 'createOrgUnit', {
        parentId: (
          await db().selectFrom('org_units').select('id').where('name', '=', '莲花社区').executeTakeFirstOrThrow()
        ).id,
        name: '莲花社区人数很多的支部',
        level: 'branch',
      });
      const at = new Date().toISOString();
      const rows = Array.from({ length: 290 }, (_, i) => ({
        name: `测试党员${i + 1}`,
        org_unit_id: created.unit.id,
        handle: null,
        created_at: at,
        updated_at: at,
      }));
      const ids = await db().insertInto('people').values(rows).returning('id').execute();
      await db()
        .insertInto('role_grants')
        .values(
          ids.map((r) => ({ person_id: r.id, role: 'member' as const, org_unit_id: created.unit.id, created_at: at })),
        )
        .execute();
      const page = await ok('admin', 'people', { orgUnitId: created.unit.id, limit: 100 });
      expect(page.people).toHaveLength(100);
      expect(page.more).toBe(true);
      expect(page.total).toBe(290);
      // A search counts its own matches; a small list counts itself.
      const searched = await ok('admin', 'people', { orgUnitId: created.unit.id, query: '测试党员', limit: 5 });
      expect([searched.people.length, searched.more, searched.total]).toEqual([5, true, 290]);
      // secretary1's own demo branch is that size too: the same total whatever the page size.
      const own = await ok('secretary1', 'people', { limit: 100 });
      expect(own.total).toBeGreaterThan(200);
      expect((await ok('secretary1', 'people', { limit: 200 })).total).toBe(own.total);
    });
  });
});
