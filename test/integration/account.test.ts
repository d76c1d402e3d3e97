// The account function over real HTTP, on SQLite and on PostgreSQL: sign-in, invitations, preferences.
import { availableEngines } from '../support/engines';
import { login, post } from '../support/api';
import { startHost, type TestHost } from '../support/start-host';
import { account } from '../../backend/domains/account/function';

type UserData = {
  user: { id: number; name: string; roles: string[]; orgUnitId: number; preferences: { largeText: boolean } };
};
type InviteData = {
  invite: { code: string; invitationId: number; personId: number; orgUnitId: number; expiresAt: string };
};

describe.each(availableEngines())('account on %s', (engine) => {
  let host: TestHost;
  beforeAll(async () => {
    host = await startHost({ engine });
  });
  afterAll(async () => {
    await host?.stop();
  });

  const auditCount = async () =>
    Number(
      (
        await host.deps.database.db
          .selectFrom('audit_log')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('signs a demo member in and answers me with their profile', async () => {
    const reply = await post<{ token: string } & UserData>(host.baseUrl, 'account', {
      action: 'devLogin',
      data: { handle: 'member1' },
    });
    expect(reply.status).toBe(200);
    if (!reply.body.ok) throw new Error('login failed');
    expect(typeof reply.body.data.token).toBe('string');
    expect(reply.body.data.user.roles).toEqual(['member']);
    const me = await post<UserData>(host.baseUrl, 'account', { action: 'me' }, reply.body.data.token);
    expect(me.status).toBe(200);
    expect(me.body.ok && me.body.data.user).toMatchObject({
      id: reply.body.data.user.id,
      orgUnitId: reply.body.data.user.orgUnitId,
    });
  });

  it('answers me from the profile as it is now, though the bytes are made once while nothing changes', async () => {
    const token = await login(host.baseUrl, 'member3');
    const first = await post<UserData>(host.baseUrl, 'account', { action: 'me' }, token);
    const second = await post<UserData>(host.baseUrl, 'account', { action: 'me' }, token);
    expect(second.body).toEqual(first.body);
    if (!first.body.ok) throw new Error('me failed');
    const { id, name } = first.body.data.user;

    // A change made beside the host (an operator, another process's commit) is answered on the next call.
    await host.deps.database.db.updateTable('people').set({ name: '改过的名字' }).where('id', '=', id).execute();
    const renamed = await post<UserData>(host.baseUrl, 'account', { action: 'me' }, token);
    expect(renamed.body.ok && renamed.body.data.user.name).toBe('改过的名字');

    // So is one made through the app.
    await post(host.baseUrl, 'account', { action: 'updatePreferences', data: { largeText: true } }, token);
    const larger = await post<UserData>(host.baseUrl, 'account', { action: 'me' }, token);
    expect(larger.body.ok && larger.body.data.user.preferences.largeText).toBe(true);

    await host.deps.database.db.updateTable('people').set({ name }).where('id', '=', id).execute();
    const back = await post<UserData>(host.baseUrl, 'account', { action: 'me' }, token);
    expect(back.body.ok && back.body.data.user.name).toBe(name);
  });

  it('refuses an unknown demo handle with a Chinese message', async () => {
    const reply = await post(host.baseUrl, 'account', { action: 'devLogin', data: { handle: 'member9999' } });
    expect(reply.status).toBe(404);
    expect(!reply.body.ok && reply.body.error.message).toMatch(/没有找到/);
  });

  it('lets a secretary invite a new member who redeems the code once', async () => {
    const secretary = await login(host.baseUrl, 'secretary1');
    const me = await post<UserData>(host.baseUrl, 'account', { action: 'me' }, secretary);
    const branchId = me.body.ok ? me.body.data.user.orgUnitId : 0;
    const before = await auditCount();
    const created = await post<InviteData>(
      host.baseUrl,
      'account',
      { action: 'createInvite', data: { name: '林秀英', orgUnitId: branchId } },
      secretary,
    );
    expect(created.status).toBe(200);
    if (!created.body.ok) throw new Error(JSON.stringify(created.body));
    const { code, personId } = created.body.data.invite;
    expect(code).toMatch(/^[A-Z2-9]{8}$/);
    expect(await auditCount()).toBe(before + 2); // the new person and the invitation

    const redeemed = await post<{ token: string } & UserData>(host.baseUrl, 'account', {
      action: 'redeemInvite',
      data: { code: code.toLowerCase() },
    });
    expect(redeemed.status).toBe(200);
    if (!redeemed.body.ok) throw new Error(JSON.stringify(redeemed.body));
    expect(redeemed.body.data.user).toMatchObject({ id: personId, name: '林秀英', roles: ['member'] });
    const asNewMember = await post<UserData>(host.baseUrl, 'account', { action: 'me' }, redeemed.body.data.token);
    expect(asNewMember.body.ok && asNewMember.body.data.user.id).toBe(personId);

    const again = await post(host.baseUrl, 'account', { action: 'redeemInvite', data: { code } });
    expect(again.status).toBe(409);
    expect(!again.body.ok && again.body.error.code).toBe('INVITE_USED');
  });

  it('answers a resent request from the first one, with a fresh code for the same invitation', async () => {
    const secretary = await login(host.baseUrl, 'secretary2');
    const me = await post<UserData>(host.baseUrl, 'account', { action: 'me' }, secretary);
    const branchId = me.body.ok ? me.body.data.user.orgUnitId : 0;
    const payload = {
      action: 'createInvite',
      requestId: 'retry-test-0001',
      data: { name: '陈建国', orgUnitId: branchId },
    };
    const people = async () =>
      Number(
        (
          await host.deps.database.db
            .selectFrom('people')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await people();
    const [a, b] = await Promise.all([
      post<InviteData>(host.baseUrl, 'account', payload, secretary),
      post<InviteData>(host.baseUrl, 'account', payload, secretary),
    ]);
    const c = await post<InviteData>(host.baseUrl, 'account', payload, secretary);
    expect([a.status, b.status, c.status]).toEqual([200, 200, 200]);
    const invites = [a, b, c].map((r) => (r.body.ok ? r.body.data.invite : null));
    expect(new Set(invites.map((i) => i?.invitationId)).size).toBe(1);
    expect(await people()).toBe(before + 1);
    // Only the newest code works: the earlier ones were never stored in plain text, so a resend gets a new one.
    const stale = await post(host.baseUrl, 'account', { action: 'redeemInvite', data: { code: invites[0]?.code } });
    expect(!stale.body.ok && stale.body.error.code).toBe('INVITE_INVALID');
    const fresh = await post<UserData>(host.baseUrl, 'account', {
      action: 'redeemInvite',
      data: { code: invites[2]?.code },
    });
    expect(fresh.body.ok && fresh.body.data.user.name).toBe('陈建国');
  });

  it('refuses an expired invitation', async () => {
    const secretary = await login(host.baseUrl, 'secretary3');
    const me = await post<UserData>(host.baseUrl, 'account', { action: 'me' }, secretary);
    const created = await post<InviteData>(
      host.baseUrl,
      'account',
      { action: 'createInvite', data: { name: '周淑芬', orgUnitId: me.body.ok ? me.body.data.user.orgUnitId : 0 } },
      secretary,
    );
    if (!created.body.ok) throw new Error(JSON.stringify(created.body));
    await host.deps.database.db
      .updateTable('invitations')
      .set({ expires_at: '2020-01-01T00:00:00.000Z' })
      .where('person_id', '=', created.body.data.invite.personId)
      .execute();
    const reply = await post(host.baseUrl, 'account', {
      action: 'redeemInvite',
      data: { code: created.body.data.invite.code },
    });
    expect(reply.status).toBe(410);
    expect(!reply.body.ok && reply.body.error.code).toBe('INVITE_EXPIRED');
  });

  it('binds a WeChat OPENID once and recognises the same person retrying', async () => {
    const secretary = await login(host.baseUrl, 'secretary4');
    const me = await post<UserData>(host.baseUrl, 'account', { action: 'me' }, secretary);
    const created = await post<InviteData>(
      host.baseUrl,
      'account',
      { action: 'createInvite', data: { name: '黄桂兰', orgUnitId: me.body.ok ? me.body.data.user.orgUnitId : 0 } },
      secretary,
    );
    if (!created.body.ok) throw new Error(JSON.stringify(created.body));
    const { code, personId } = created.body.data.invite;
    // The WeChat runtime hands the router a trusted OPENID; this is the one part of WeChat we call directly.
    const wechat = (openid: string) => ({ source: 'wechat' as const, openid });
    const first = await account.handle({ action: 'redeemInvite', data: { code } }, wechat('o-test-1'), host.deps);
    expect(first).toMatchObject({ ok: true, data: { user: { id: personId } } });
    const replay = await account.handle({ action: 'redeemInvite', data: { code } }, wechat('o-test-1'), host.deps);
    expect(replay).toMatchObject({ ok: true, data: { user: { id: personId } } });
    const stranger = await account.handle({ action: 'redeemInvite', data: { code } }, wechat('o-test-2'), host.deps);
    expect(stranger).toMatchObject({ ok: false, error: { code: 'INVITE_USED' } });
    const meViaWechat = await account.handle({ action: 'me' }, wechat('o-test-1'), host.deps);
    expect(meViaWechat).toMatchObject({ ok: true, data: { user: { id: personId, name: '黄桂兰' } } });
  });

  it('remembers 大字 mode across sign-ins and audits the change', async () => {
    const token = await login(host.baseUrl, 'member2');
    const before = await auditCount();
    const saved = await post(
      host.baseUrl,
      'account',
      { action: 'updatePreferences', data: { largeText: true } },
      token,
    );
    expect(saved.status).toBe(200);
    expect(await auditCount()).toBe(before + 1);
    const again = await login(host.baseUrl, 'member2');
    const me = await post<UserData>(host.baseUrl, 'account', { action: 'me' }, again);
    expect(me.body.ok && me.body.data.user.preferences.largeText).toBe(true);
  });
});

describe.each(availableEngines())('org units on %s', (engine) => {
  let host: TestHost;
  beforeAll(async () => {
    host = await startHost({ engine });
  });
  afterAll(async () => {
    await host?.stop();
  });

  type Units = {
    parent: { id: number; name: string } | null;
    units: { id: number; name: string; level: string; parentId: number | null }[];
  };

  it('lets an admin step from the city down to a branch', async () => {
    const admin = await login(host.baseUrl, 'admin');
    const mine = await post<Units>(host.baseUrl, 'account', { action: 'orgUnits' }, admin);
    if (!mine.body.ok) throw new Error(JSON.stringify(mine.body));
    const city = mine.body.data.units.find((u) => u.level === 'city');
    expect(city).toBeDefined();
    let parentId = city?.id as number;
    for (const level of ['district', 'street', 'community', 'branch']) {
      const step = await post<Units>(host.baseUrl, 'account', { action: 'orgUnits', data: { parentId } }, admin);
      if (!step.body.ok) throw new Error(JSON.stringify(step.body));
      expect(step.body.data.parent?.id).toBe(parentId);
      expect(step.body.data.units.length).toBeGreaterThan(0);
      expect(step.body.data.units.every((u) => u.level === level && u.parentId === parentId)).toBe(true);
      parentId = step.body.data.units[0].id;
    }
  });

  it('keeps a secretary inside their branch and a member out', async () => {
    const secretary = await login(host.baseUrl, 'secretary1');
    const mine = await post<Units>(host.baseUrl, 'account', { action: 'orgUnits' }, secretary);
    expect(mine.body.ok && mine.body.data.units.map((u) => u.level)).toEqual(['branch']);
    const cityId = (
      await host.deps.database.db
        .selectFrom('org_units')
        .select('id')
        .where('level', '=', 'city')
        .executeTakeFirstOrThrow()
    ).id;
    expect(
      (await post(host.baseUrl, 'account', { action: 'orgUnits', data: { parentId: cityId } }, secretary)).status,
    ).toBe(403);
    const member = await login(host.baseUrl, 'member1');
    expect((await post(host.baseUrl, 'account', { action: 'orgUnits' }, member)).status).toBe(403);
  });
});
