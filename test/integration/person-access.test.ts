// One policy for acting on a person (issue 15), over real HTTP on SQLite and PostgreSQL. A matrix walks actor role ×
// action × target role — member, secretary, post manager, district admin and city admin, every target at home in
// the actors' branch — and every refusal leaves the whole database as it was. Then the hostile cases: a branch
// secretary against the city admin (break 3), masked numbers recovered through search (break 5), a city-wide
// notice's receipts (break 8) and an import that named someone outside the importer's scope.
import type { NoticesApi } from '../../contracts/notices';
import type { OrgApi } from '../../contracts/org';
import type { Role } from '../../contracts/roles';
import { ROSTER_HEADERS } from '../../backend/rules/roster';
import { searchKey } from '../../backend/rules/roster-search';
import { post, type ApiReply } from '../support/api';
import { availableEngines } from '../support/engines';
import { startHost, type TestHost } from '../support/start-host';
import { tokensByHandle } from '../support/tokens';
import { expectNothingWritten } from '../support/table-snapshot';

const KINDS = ['member', 'secretary', 'postManager', 'districtAdmin', 'cityAdmin'] as const;
type Kind = (typeof KINDS)[number];

/** Whom each actor reaches, by the scope an action uses (backend/access/person-access.ts). */
const REACHES: Record<'manageBranch' | 'manageOrg' | 'viewRoster', Record<Kind, readonly Kind[]>> = {
  manageBranch: {
    member: [],
    secretary: ['member', 'secretary'],
    postManager: [],
    districtAdmin: ['member', 'secretary', 'postManager', 'districtAdmin'],
    cityAdmin: KINDS,
  },
  manageOrg: {
    member: [],
    secretary: [],
    postManager: [],
    districtAdmin: ['member', 'secretary', 'postManager', 'districtAdmin'],
    cityAdmin: KINDS,
  },
  viewRoster: {
    member: [],
    secretary: ['member', 'secretary'],
    postManager: ['member', 'postManager'],
    districtAdmin: ['member', 'secretary', 'postManager', 'districtAdmin'],
    cityAdmin: KINDS,
  },
};

const NAMES: Record<'actor' | 'target', Record<Kind, string>> = {
  actor: { member: '甲党员', secretary: '甲书记', postManager: '甲站长', districtAdmin: '甲区管', cityAdmin: '甲市管' },
  target: {
    member: '乙党员',
    secretary: '乙书记',
    postManager: '乙站长',
    districtAdmin: '乙区管',
    cityAdmin: '乙市管',
  },
};

const BRANCH1 = '莲花社区离退休干部党支部';

describe.each(availableEngines())('acting on a person on %s', (engine) => {
  let host: TestHost;
  const db = () => host.deps.database.db;
  const as = tokensByHandle(() => host);
  const org = async <A extends keyof OrgApi>(handle: string, action: A, data: unknown) =>
    post<OrgApi[A]['output']>(host.baseUrl, 'org', { action, data }, await as(handle));
  const notices = async <A extends keyof NoticesApi>(handle: string, action: A, data: unknown) =>
    post<NoticesApi[A]['output']>(host.baseUrl, 'notices', { action, data }, await as(handle));
  const account = async (handle: string, action: string, data: unknown) =>
    post<unknown>(host.baseUrl, 'account', { action, data }, await as(handle));
  const codeOf = (reply: ApiReply<unknown>) => (reply.body.ok ? 'OK' : reply.body.error.code);
  const messageOf = (reply: ApiReply<unknown>) => (reply.body.ok ? '' : reply.body.error.message);
  /** A refusal in a plain Chinese sentence. */
  const sentence = (reply: ApiReply<unknown>) =>
    expect(messageOf(reply)).toMatch(/^[^a-zA-Z]*[\u4e00-\u9fff][^<>{}]*[。！？]$/);
  const handleOf = (side: 'actor' | 'target', kind: Kind) => `pa${side}${KINDS.indexOf(kind) + 1}`;

  let branch: { id: number; path: string; name: string };
  const ids = new Map<string, number>();
  const phones = new Map<string, string>();
  let branchNotice: number;
  let branchEvent: number;

  beforeAll(async () => {
    host = await startHost({ engine, jobIntervalMs: 0 });
    branch = await db()
      .selectFrom('org_units')
      .select(['id', 'path', 'name'])
      .where('name', '=', BRANCH1)
      .executeTakeFirstOrThrow();
    const [cityId, districtId, streetId] = branch.path.split('/').filter(Boolean).map(Number);
    const wider: Record<Kind, [Role, number][]> = {
      member: [],
      secretary: [['secretary', branch.id]],
      postManager: [['post_manager', streetId]],
      districtAdmin: [['admin', districtId]],
      cityAdmin: [['admin', cityId]],
    };
    // What the demo lacks: two of each kind at home in branch 1 (an actor and a target), each also a volunteer there.
    const at = new Date().toISOString();
    let n = 0;
    for (const side of ['actor', 'target'] as const) {
      for (const kind of KINDS) {
        n += 1;
        const phone = `186000${side === 'actor' ? '1' : '2'}${String(n).padStart(4, '0')}`;
        const name = NAMES[side][kind];
        const { id } = await db()
          .insertInto('people')
          .values({
            name,
            search_key: searchKey(name),
            handle: handleOf(side, kind),
            org_unit_id: branch.id,
            phone,
            created_at: at,
            updated_at: at,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        const grants: [Role, number][] = [['member', branch.id], ['volunteer', branch.id], ...wider[kind]];
        await db()
          .insertInto('role_grants')
          .values(grants.map(([role, unit]) => ({ person_id: id, role, org_unit_id: unit, created_at: at })))
          .execute();
        ids.set(handleOf(side, kind), id);
        phones.set(handleOf(side, kind), phone);
      }
    }
    // A notice to branch 1 that everyone else has read: its call list holds only the people made here.
    const published = await notices('admin', 'publish', {
      title: '矩阵测试通知',
      body: '请阅读。',
      importance: 'normal',
      needsAck: false,
      audienceOrgUnitId: branch.id,
    });
    if (!published.body.ok) throw new Error(JSON.stringify(published.body));
    branchNotice = published.body.data.notice.id;
    // An event branch 1 may see, for acting on someone's behalf (events' participant()).
    const events = await db().selectFrom('events').select(['id', 'audience_path']).orderBy('id').execute();
    branchEvent = events.find((e) => branch.path.startsWith(e.audience_path))!.id;
    const others = await db()
      .selectFrom('people')
      .select('id')
      .where('org_unit_id', '=', branch.id)
      .where((eb) => eb.or([eb('handle', 'is', null), eb('handle', 'not like', 'pa%')]))
      .execute();
    for (let i = 0; i < others.length; i += 200) {
      await db()
        .insertInto('notice_receipts')
        .values(
          others.slice(i, i + 200).map((p) => ({
            notice_id: branchNotice,
            person_id: p.id,
            read_at: at,
            read_version: 1,
            acknowledged_at: null,
          })),
        )
        .execute();
    }
  });
  afterAll(async () => {
    await host?.stop();
  });

  const target = (kind: Kind) => ids.get(handleOf('target', kind)) as number;

  /** Each action probed so that an allowed call stops right after the reach check, writing nothing. */
  const probes: {
    action: string;
    scope: keyof typeof REACHES;
    call: (actor: string, kind: Kind) => Promise<ApiReply<unknown>>;
    allowed: (r: ApiReply<unknown>) => boolean;
  }[] = [
    {
      action: 'person',
      scope: 'manageBranch',
      call: (a, k) => org(a, 'person', { personId: target(k) }),
      allowed: (r) => r.body.ok,
    },
    {
      action: 'updatePerson (unchanged)',
      scope: 'manageBranch',
      call: (a, k) => org(a, 'updatePerson', { personId: target(k), name: NAMES.target[k] }),
      allowed: (r) => r.body.ok,
    },
    {
      action: 'markDeceased (a date to come)',
      scope: 'manageBranch',
      call: (a, k) => org(a, 'markDeceased', { personId: target(k), on: '2999-01-01' }),
      allowed: (r) => codeOf(r) === 'VALIDATION' && /去世日期/.test(messageOf(r)),
    },
    {
      action: 'transfer (to where they are)',
      scope: 'manageBranch',
      call: (a, k) => org(a, 'transfer', { personId: target(k), toOrgUnitId: branch.id }),
      allowed: (r) => codeOf(r) === 'VALIDATION' && /已经在/.test(messageOf(r)),
    },
    {
      action: 'createInvite (already signs in)',
      scope: 'manageBranch',
      call: (a, k) => account(a, 'createInvite', { personId: target(k) }),
      allowed: (r) => codeOf(r) === 'CONFLICT' && /已经能登录/.test(messageOf(r)),
    },
    {
      action: 'grantRole (held already)',
      scope: 'manageOrg',
      call: (a, k) => org(a, 'grantRole', { personId: target(k), role: 'volunteer', orgUnitId: branch.id }),
      allowed: (r) => codeOf(r) === 'CONFLICT' && /已经是/.test(messageOf(r)),
    },
    {
      action: 'events.get on their behalf',
      scope: 'manageBranch',
      call: async (a, k) =>
        post(
          host.baseUrl,
          'events',
          { action: 'get', data: { eventId: branchEvent, forPersonId: target(k) } },
          await as(a),
        ),
      allowed: (r) => r.body.ok,
    },
    {
      action: 'revokeRole (not held)',
      scope: 'manageOrg',
      call: (a, k) => org(a, 'revokeRole', { personId: target(k), role: 'post_manager', orgUnitId: branch.id }),
      allowed: (r) => codeOf(r) === 'NOT_FOUND' && /不是/.test(messageOf(r)),
    },
  ];

  describe.each(KINDS)('a %s as actor', (actorKind) => {
    const actor = handleOf('actor', actorKind);

    it.each(probes.map((p) => [p.action, p] as const))(
      '%s: acts only on the targets it reaches; every refusal is FORBIDDEN with a sentence and writes nothing',
      async (_name, probe) => {
        for (const kind of KINDS) {
          const expected = REACHES[probe.scope][actorKind].includes(kind);
          // A full number shown by `person` is audited by design; every other probe writes nothing either way.
          const reply =
            probe.action === 'person' && expected
              ? await probe.call(actor, kind)
              : await expectNothingWritten(db(), () => probe.call(actor, kind));
          if (expected) {
            expect([kind, probe.allowed(reply)]).toEqual([kind, true]);
          } else {
            expect([kind, codeOf(reply)]).toEqual([kind, 'FORBIDDEN']);
            sentence(reply);
          }
        }
      },
    );

    it('people search lists exactly the targets it reaches', async () => {
      for (const kind of KINDS) {
        const act = () => org(actor, 'people', { query: NAMES.target[kind], orgUnitId: branch.id });
        const expected = REACHES.viewRoster[actorKind].includes(kind);
        if (actorKind === 'member') {
          const reply = await expectNothingWritten(db(), act);
          expect(codeOf(reply)).toBe('FORBIDDEN');
          sentence(reply);
          continue;
        }
        const reply = await act();
        if (!reply.body.ok) throw new Error(JSON.stringify(reply.body));
        expect([kind, reply.body.data.people.map((p) => p.id)]).toEqual([kind, expected ? [target(kind)] : []]);
      }
    });

    it('receipts name exactly the targets it reaches', async () => {
      const act = () => notices(actor, 'receipts', { noticeId: branchNotice });
      if (actorKind === 'member' || actorKind === 'postManager') {
        const reply = await expectNothingWritten(db(), act);
        expect(codeOf(reply)).toBe('FORBIDDEN');
        sentence(reply);
        return;
      }
      const reply = await act();
      if (!reply.body.ok) throw new Error(JSON.stringify(reply.body));
      const named = new Set(reply.body.data.people.map((p) => p.personId));
      for (const kind of KINDS)
        expect([kind, named.has(target(kind))]).toEqual([kind, REACHES.manageBranch[actorKind].includes(kind)]);
    });
  });

  describe('break 3: a branch secretary and the city admin at home in their branch', () => {
    it('cannot read, edit, transfer or mark deceased the admin, nor see them on the roster or in study figures; the admin still signs in', async () => {
      const adminId = await db()
        .selectFrom('people')
        .select(['id', 'org_unit_id'])
        .where('handle', '=', 'admin')
        .executeTakeFirstOrThrow();
      const secretary1 = await db()
        .selectFrom('people')
        .select('org_unit_id')
        .where('handle', '=', 'secretary1')
        .executeTakeFirstOrThrow();
      expect(adminId.org_unit_id).toBe(secretary1.org_unit_id);
      const second = await db()
        .selectFrom('org_units')
        .select('id')
        .where('level', '=', 'branch')
        .where('id', '!=', branch.id)
        .orderBy('id')
        .executeTakeFirstOrThrow();
      const calls: (() => Promise<ApiReply<unknown>>)[] = [
        () => org('secretary1', 'markDeceased', { personId: adminId.id, on: '2026-11-01' }),
        () => org('secretary1', 'person', { personId: adminId.id }),
        () => org('secretary1', 'updatePerson', { personId: adminId.id, name: '冒名顶替' }),
        () => org('secretary1', 'transfer', { personId: adminId.id, toOrgUnitId: second.id }),
      ];
      for (const act of calls) {
        const reply = await expectNothingWritten(db(), act);
        expect(reply.status).toBe(403);
        expect(messageOf(reply)).toMatch(/管理的范围以外还担任职务/);
        sentence(reply);
      }
      expect(codeOf(await account('admin', 'me', {}))).toBe('OK');
      // Nor does it appear on the secretary's roster, though it lives in the branch.
      const roster = await org('secretary1', 'people', {
        query: (await db().selectFrom('people').select('name').where('id', '=', adminId.id).executeTakeFirstOrThrow())
          .name,
      });
      expect(roster.body.ok && roster.body.data.people.map((p) => p.id)).not.toContain(adminId.id);
      // Nor do the admin's study figures appear in the branch's 学习统计, which the city admin's own view still shows.
      const month = new Date().toISOString().slice(0, 7);
      const stats = await post<{ members: { personId: number }[] }>(
        host.baseUrl,
        'audiobooks',
        { action: 'studyStats', data: { orgUnitId: branch.id, month } },
        await as('secretary1'),
      );
      if (!stats.body.ok) throw new Error(JSON.stringify(stats.body));
      expect(stats.body.data.members.map((m) => m.personId)).not.toContain(adminId.id);
      expect(stats.body.data.members.map((m) => m.personId)).toContain(target('secretary'));
      const asAdmin = await post<{ members: { personId: number }[] }>(
        host.baseUrl,
        'audiobooks',
        { action: 'studyStats', data: { orgUnitId: branch.id, month } },
        await as('admin'),
      );
      expect(asAdmin.body.ok && asAdmin.body.data.members.map((m) => m.personId)).toContain(adminId.id);
    });
  });

  describe('accepting a transfer judges the person as they will be after the move', () => {
    const grantsOf = async (personId: number) =>
      (
        await db()
          .selectFrom('role_grants')
          .select(['role', 'org_unit_id'])
          .where('person_id', '=', personId)
          .orderBy('role')
          .execute()
      ).map((g) => [g.role, g.org_unit_id]);
    const branch2 = async () =>
      (
        await db()
          .selectFrom('people')
          .select('org_unit_id')
          .where('handle', '=', 'secretary2')
          .executeTakeFirstOrThrow()
      ).org_unit_id;

    it('a volunteer moves with their volunteer role, so the receiving secretary may accept (and then act on) them', async () => {
      const volunteer = await db()
        .selectFrom('people')
        .select(['id', 'org_unit_id'])
        .where('handle', '=', 'volunteer1')
        .executeTakeFirstOrThrow();
      expect(volunteer.org_unit_id).toBe(branch.id);
      const to = await branch2();
      const sent = await org('secretary1', 'transfer', { personId: volunteer.id, toOrgUnitId: to });
      if (!sent.body.ok) throw new Error(JSON.stringify(sent.body));
      const accepted = await org('secretary2', 'acceptTransfer', { transferId: sent.body.data.transfer.id });
      if (!accepted.body.ok) throw new Error(JSON.stringify(accepted.body));
      expect(await grantsOf(volunteer.id)).toEqual([
        ['member', to],
        ['volunteer', to],
      ]);
      expect(codeOf(await org('secretary2', 'person', { personId: volunteer.id }))).toBe('OK');
    });

    it('refuses the receiving secretary a person promoted beyond their reach after the request, writing nothing', async () => {
      const member = await db()
        .selectFrom('people')
        .select(['id', 'org_unit_id'])
        .where('handle', '=', 'member13')
        .executeTakeFirstOrThrow();
      expect(member.org_unit_id).toBe(branch.id);
      const sent = await org('secretary1', 'transfer', { personId: member.id, toOrgUnitId: await branch2() });
      if (!sent.body.ok) throw new Error(JSON.stringify(sent.body));
      const streetId = Number(branch.path.split('/').filter(Boolean)[2]);
      expect(
        codeOf(await org('admin', 'grantRole', { personId: member.id, role: 'post_manager', orgUnitId: streetId })),
      ).toBe('OK');
      const reply = await expectNothingWritten(db(), () =>
        org('secretary2', 'acceptTransfer', { transferId: sent.body.ok ? sent.body.data.transfer.id : 0 }),
      );
      expect(codeOf(reply)).toBe('FORBIDDEN');
      expect(messageOf(reply)).toMatch(/上级管理员接收/);
      sentence(reply);
    });
  });

  describe('break 5: people search by the digits the viewer is shown', () => {
    const manager = handleOf('actor', 'postManager');

    it('refuses a viewer of masked numbers a search by more than the last four digits, writing nothing', async () => {
      const phone = phones.get(handleOf('target', 'member')) as string;
      for (const digits of [phone.slice(0, 5), phone.slice(0, 7), phone]) {
        const reply = await expectNothingWritten(db(), () => org(manager, 'people', { query: digits }));
        expect(codeOf(reply)).toBe('FORBIDDEN');
        expect(messageOf(reply)).toMatch(/后 4 位/);
        sentence(reply);
      }
    });

    it('matches a masked number only on its last four digits, never on the hidden middle', async () => {
      const phone = phones.get(handleOf('target', 'member')) as string;
      const middle = phone.slice(3, 7);
      expect(phone.endsWith(middle)).toBe(false);
      const hidden = await org(manager, 'people', { query: middle, orgUnitId: branch.id });
      expect(hidden.body.ok && hidden.body.data.people.map((p) => p.id)).not.toContain(target('member'));
      const tail = await org(manager, 'people', { query: phone.slice(-4), orgUnitId: branch.id });
      if (!tail.body.ok) throw new Error(JSON.stringify(tail.body));
      expect(tail.body.data.people.find((p) => p.id === target('member'))).toMatchObject({
        phone: `${phone.slice(0, 3)}****${phone.slice(-4)}`,
      });
    });

    it('lets a viewer of full numbers search a whole number, audited like a view even when it finds no one', async () => {
      const views = async () =>
        (
          await db()
            .selectFrom('audit_log')
            .select(['after_json'])
            .where('entity', '=', 'phone_view')
            .orderBy('id')
            .execute()
        ).map((r) => JSON.parse(r.after_json ?? '{}'));
      const before = (await views()).length;
      const phone = phones.get(handleOf('target', 'member')) as string;
      const found = await org(handleOf('actor', 'secretary'), 'people', { query: phone });
      if (!found.body.ok) throw new Error(JSON.stringify(found.body));
      expect(found.body.data.people.map((p) => [p.id, p.phone])).toEqual([[target('member'), phone]]);
      const none = await org(handleOf('actor', 'secretary'), 'people', { query: '18699999999' });
      expect(none.body.ok && none.body.data.people).toEqual([]);
      const after = await views();
      expect(after.slice(before)).toEqual([
        expect.objectContaining({ personIds: [target('member')], byPhoneDigits: true }),
        expect.objectContaining({ personIds: [], byPhoneDigits: true }),
      ]);
      expect(JSON.stringify(after.slice(before))).not.toContain('18699999999');
    });
  });

  describe('break 8: receipts by subtree', () => {
    it('a branch secretary sees only their own branch of a city-wide notice', async () => {
      const city = await db()
        .selectFrom('org_units')
        .select('id')
        .where('level', '=', 'city')
        .executeTakeFirstOrThrow();
      const published = await notices('admin', 'publish', {
        title: '全市通知：回执按支部',
        body: '请阅读。',
        importance: 'normal',
        needsAck: false,
        audienceOrgUnitId: city.id,
      });
      if (!published.body.ok) throw new Error(JSON.stringify(published.body));
      const secretary2 = await db()
        .selectFrom('people')
        .innerJoin('org_units', 'org_units.id', 'people.org_unit_id')
        .select(['people.org_unit_id', 'org_units.name'])
        .where('people.handle', '=', 'secretary2')
        .executeTakeFirstOrThrow();
      const inBranch = await db()
        .selectFrom('people')
        .select('id')
        .where('org_unit_id', '=', secretary2.org_unit_id)
        .where('status', '=', 'active')
        .execute();
      const reply = await notices('secretary2', 'receipts', { noticeId: published.body.data.notice.id });
      if (!reply.body.ok) throw new Error(JSON.stringify(reply.body));
      expect(reply.body.data.total).toBe(inBranch.length);
      expect(reply.body.data.people.length).toBeGreaterThan(0);
      expect(new Set(reply.body.data.people.map((p) => p.branchName))).toEqual(new Set([secretary2.name]));
      const own = new Set(inBranch.map((p) => p.id));
      expect(reply.body.data.people.every((p) => own.has(p.personId))).toBe(true);
    });

    it('a neighbouring branch secretary cannot open another branch notice receipts, and nothing is written', async () => {
      const reply = await expectNothingWritten(db(), () =>
        notices('secretary2', 'receipts', { noticeId: branchNotice }),
      );
      expect(codeOf(reply)).toBe('NOT_FOUND');
      sentence(reply);
    });
  });

  describe('an import names no one outside the importer scope', () => {
    it("a district admin's dry run says 已经登记在您管理范围以外的一位党员名下, without the name, and writes nothing", async () => {
      const importer = handleOf('actor', 'districtAdmin');
      await db().updateTable('people').set({ roster_no: 'PA-0001' }).where('id', '=', target('member')).execute();
      const outsiders = await db()
        .selectFrom('people')
        .innerJoin('org_units', 'org_units.id', 'people.org_unit_id')
        .select(['people.name', 'people.phone'])
        .where('org_units.path', 'not like', `/${branch.path.split('/')[1]}/${branch.path.split('/')[2]}/%`)
        .where('people.phone', 'is not', null)
        .where('people.status', '=', 'active')
        .orderBy('people.id')
        .limit(2)
        .execute();
      expect(outsiders).toHaveLength(2);
      const cityAdmin = await db()
        .selectFrom('people')
        .select(['name', 'phone'])
        .where('id', '=', target('cityAdmin'))
        .executeTakeFirstOrThrow();
      const lotus = '东湖区/湖滨街道/莲花社区/莲花社区离退休干部党支部';
      const rows = [
        ['新名字一', '男', 1950, outsiders[0].phone, '1970-07', '市纺织厂 车间主任', lotus, ''],
        ['新名字二', '女', 1951, cityAdmin.phone, '1971-07', '市纺织厂 车间主任', lotus, ''],
        ['新名字三', '男', 1952, outsiders[1].phone, '1972-07', '市纺织厂 车间主任', lotus, 'PA-0001'],
      ];
      const csv = [[...ROSTER_HEADERS, '花名册编号'], ...rows].map((r) => r.join(',')).join('\n');
      const form = new FormData();
      form.append('file', new Blob([Buffer.from(`\ufeff${csv}`, 'utf8')], { type: 'text/csv' }), 'roster.csv');
      const res = await fetch(`${host.baseUrl}/upload/roster`, {
        method: 'POST',
        headers: { authorization: `Bearer ${await as(importer)}` },
        body: form,
      });
      const uploaded = (await res.json()) as { ok: true; data: { fileRef: string } } | { ok: false };
      if (!uploaded.ok) throw new Error(JSON.stringify(uploaded));
      const reply = await expectNothingWritten(db(), () =>
        org(importer, 'importRoster', { fileRef: uploaded.data.fileRef, dryRun: true }),
      );
      if (!reply.body.ok) throw new Error(JSON.stringify(reply.body));
      const messages = reply.body.data.errors.map((e) => e.message);
      expect(messages).toHaveLength(3);
      for (const m of messages) expect(m).toMatch(/已经登记在您管理范围以外的一位党员名下/);
      const all = JSON.stringify(reply.body.data);
      for (const name of [outsiders[0].name, outsiders[1].name, cityAdmin.name, NAMES.target.member])
        expect(all).not.toContain(name);
    });
  });
});
