// Hostile cases from the security review (issue 6), over real HTTP on SQLite and PostgreSQL: credentials issued
// beyond the issuer's scope, study time inflated past real time, replay keys shared between callers or reused
// with other data, and the limits and roles on what was open to anyone.
import { availableEngines } from '../support/engines';
import { accountCalls } from '../support/account-calls';
import { login, post } from '../support/api';
import { startHost, type TestHost } from '../support/start-host';
import type { AccountApi } from '../../contracts/account';
import type { AudiobooksApi } from '../../contracts/audiobooks';
import { grantRole } from '../../backend/data/people';
import { pruneExpiredReplayKeys } from '../../backend/runtime/replay-keys';
import { LISTENING_ALLOWANCE_SECONDS } from '../../backend/domains/audiobooks/rules/listened-time';

type Out<A extends keyof AudiobooksApi> = AudiobooksApi[A]['output'];

describe.each(availableEngines())('security on %s', (engine) => {
  let host: TestHost;
  let clock: number;
  const db = () => host.deps.database.db;

  beforeAll(async () => {
    host = await startHost({ engine });
    clock = Date.parse('2026-11-29T02:00:00Z');
    host.deps.now = () => new Date(clock);
  });
  afterAll(async () => {
    await host?.stop();
  });

  const account = accountCalls(() => host);
  const { me, createInvite: invite } = account;
  const personIdOf = async (handle: string) =>
    (await db().selectFrom('people').select('id').where('handle', '=', handle).executeTakeFirstOrThrow()).id;
  const redeem = (code: string | undefined, requestId?: string) => account.redeemInvite({ code }, requestId);

  describe('credentials stay inside the issuer scope', () => {
    it('refuses a secretary who invites the city admin at home in their branch, and writes nothing', async () => {
      const secretary = await login(host.baseUrl, 'secretary1');
      const adminId = await personIdOf('admin');
      const adminHome = (
        await db().selectFrom('people').select('org_unit_id').where('id', '=', adminId).executeTakeFirstOrThrow()
      ).org_unit_id;
      expect(adminHome).toBe((await me(secretary)).orgUnitId); // the demo puts the admin's home in secretary1's branch
      const invitationsBefore = await db()
        .selectFrom('invitations')
        .select('id')
        .where('person_id', '=', adminId)
        .execute();
      for (const lostPhone of [undefined, true]) {
        const reply = await invite(secretary, { personId: adminId, ...(lostPhone ? { lostPhone } : {}) });
        expect(reply.status).toBe(403);
        expect(!reply.body.ok && reply.body.error.message).toMatch(/管理的范围以外还担任职务/);
      }
      expect(await db().selectFrom('invitations').select('id').where('person_id', '=', adminId).execute()).toEqual(
        invitationsBefore,
      );
    });

    it('refuses to mint a session for a member who already signs in, unless their phone is lost — then their old sessions end', async () => {
      const secretary = await login(host.baseUrl, 'secretary2');
      const memberToken = await login(host.baseUrl, 'member2'); // member2 is in branch 2
      const member = await me(memberToken);
      const refused = await invite(secretary, { personId: member.id });
      expect(refused.status).toBe(409);
      expect(!refused.body.ok && refused.body.error.message).toMatch(/已经能登录了/);
      expect((await me(memberToken)).id).toBe(member.id); // still signed in

      const lost = await invite(secretary, { personId: member.id, lostPhone: true });
      if (!lost.body.ok) throw new Error(JSON.stringify(lost.body));
      const old = await post(host.baseUrl, 'account', { action: 'me' }, memberToken);
      expect(old.status).toBe(401);
      expect(!old.body.ok && old.body.error.message).toMatch(/登录已经失效/);
      const redeemed = await redeem(lost.body.data.invite.code);
      if (!redeemed.body.ok) throw new Error(JSON.stringify(redeemed.body));
      expect((await me(redeemed.body.data.token ?? '')).id).toBe(member.id);
      const audit = await db()
        .selectFrom('audit_log')
        .select(['actor_person_id', 'after_json'])
        .where('entity', '=', 'person')
        .where('entity_id', '=', String(member.id))
        .execute();
      expect(audit.some((a) => a.actor_person_id === null || a.after_json?.includes('lost-phone'))).toBe(true);
    });

    it('ends a lost phone WeChat binding too', async () => {
      const { account } = await import('../../backend/domains/account/function');
      const secretary = await login(host.baseUrl, 'secretary3');
      const branchId = (await me(secretary)).orgUnitId;
      const first = await invite(secretary, { name: '马玉兰', orgUnitId: branchId });
      if (!first.body.ok) throw new Error(JSON.stringify(first.body));
      const phone = { source: 'wechat' as const, openid: 'o-lost-phone' };
      expect(
        await account.handle({ action: 'redeemInvite', data: { code: first.body.data.invite.code } }, phone, host.deps),
      ).toMatchObject({ ok: true });
      expect(await account.handle({ action: 'me' }, phone, host.deps)).toMatchObject({ ok: true });
      const again = await invite(secretary, { personId: first.body.data.invite.personId, lostPhone: true });
      expect(again.body.ok).toBe(true);
      expect(await account.handle({ action: 'me' }, phone, host.deps)).toMatchObject({
        ok: false,
        error: { code: 'UNAUTHENTICATED' },
      });
      // The old code, presented again from the lost phone, is no longer a harmless replay.
      expect(
        await account.handle({ action: 'redeemInvite', data: { code: first.body.data.invite.code } }, phone, host.deps),
      ).toMatchObject({ ok: false, error: { code: 'INVITE_EXPIRED' } });
    });

    it('keeps at most one open invitation per person: a new code voids the earlier one', async () => {
      const secretary = await login(host.baseUrl, 'secretary4');
      const branchId = (await me(secretary)).orgUnitId;
      const first = await invite(secretary, { name: '郑国强', orgUnitId: branchId });
      if (!first.body.ok) throw new Error(JSON.stringify(first.body));
      const second = await invite(secretary, { personId: first.body.data.invite.personId });
      if (!second.body.ok) throw new Error(JSON.stringify(second.body));
      const open = await db()
        .selectFrom('invitations')
        .select('id')
        .where('person_id', '=', first.body.data.invite.personId)
        .where('used_at', 'is', null)
        .where('revoked_at', 'is', null)
        .execute();
      expect(open.map((o) => o.id)).toEqual([second.body.data.invite.invitationId]);
      const stale = await redeem(first.body.data.invite.code);
      expect(stale.status).toBe(410);
      expect(!stale.body.ok && stale.body.error.message).toMatch(/作废/);
      expect((await redeem(second.body.data.invite.code)).status).toBe(200);
      // The database itself refuses a second open invitation.
      const row = await db()
        .selectFrom('invitations')
        .selectAll()
        .where('id', '=', second.body.data.invite.invitationId)
        .executeTakeFirstOrThrow();
      await db().updateTable('invitations').set({ used_at: null }).where('id', '=', row.id).execute();
      // (better-sqlite3's error comes from another realm than Jest's, so the message is checked, not the class.)
      const duplicate = await db()
        .insertInto('invitations')
        .values({ ...row, id: undefined as never, code_hash: 'x'.repeat(64), used_at: null, revoked_at: null })
        .execute()
        .then(
          () => 'inserted',
          (err: unknown) => String((err as { message?: unknown })?.message ?? err),
        );
      expect(duplicate).toMatch(/unique|duplicate/i);
    });

    it('refuses a code whose person was given a role beyond the issuer before it was redeemed', async () => {
      const secretary = await login(host.baseUrl, 'secretary5');
      const branchId = (await me(secretary)).orgUnitId;
      const made = await invite(secretary, { name: '孙建华', orgUnitId: branchId });
      if (!made.body.ok) throw new Error(JSON.stringify(made.body));
      const cityId = (
        await db().selectFrom('org_units').select('id').where('level', '=', 'city').executeTakeFirstOrThrow()
      ).id;
      await db()
        .transaction()
        .execute((trx) =>
          grantRole(trx, {
            personId: made.body.ok ? made.body.data.invite.personId : 0,
            role: 'admin',
            orgUnitId: cityId,
            at: new Date(clock).toISOString(),
          }),
        );
      const reply = await redeem(made.body.data.invite.code);
      expect(reply.status).toBe(410);
      expect(reply.body.ok).toBe(false);
    });

    it('ends earlier sessions when a role changes', async () => {
      const token = await login(host.baseUrl, 'member6');
      const personId = (await me(token)).id;
      const branchId = (await me(token)).orgUnitId;
      await db()
        .transaction()
        .execute((trx) =>
          grantRole(trx, { personId, role: 'volunteer', orgUnitId: branchId, at: new Date(clock).toISOString() }),
        );
      expect((await post(host.baseUrl, 'account', { action: 'me' }, token)).status).toBe(401);
      const fresh = await login(host.baseUrl, 'member6');
      expect((await me(fresh)).roles).toContain('volunteer');
    });
  });

  describe('study credit never runs ahead of real time for a person', () => {
    let chapters: { id: number; duration: number }[];
    beforeAll(async () => {
      chapters = await db().selectFrom('chapters').select(['id', 'duration']).orderBy('id').execute();
      expect(chapters.length).toBeGreaterThanOrEqual(12);
    });
    const studied = async (personId: number) =>
      Number(
        (
          await db()
            .selectFrom('study_days')
            .select((eb) => eb.fn.sum<number>('seconds').as('s'))
            .where('person_id', '=', personId)
            .executeTakeFirst()
        )?.s ?? 0,
      );
    const save = (token: string, data: unknown) =>
      post<Out<'saveProgress'>>(host.baseUrl, 'audiobooks', { action: 'saveProgress', data }, token);

    it('gives parallel whole-chapter reports on every chapter, at a claimed slow speed, one allowance in total', async () => {
      const token = await login(host.baseUrl, 'member11');
      const personId = (await me(token)).id;
      const replies = await Promise.all(
        chapters.map((c) =>
          save(token, { chapterId: c.id, position: c.duration, listened: [[0, c.duration]], rate: 0.75 }),
        ),
      );
      expect(replies.every((r) => r.status === 200)).toBe(true);
      expect(await studied(personId)).toBeLessThanOrEqual(LISTENING_ALLOWANCE_SECONDS);
      // Ten real seconds later, the same again on every chapter: ten more seconds at most.
      clock += 10_000;
      await Promise.all(
        chapters.map((c) =>
          save(token, { chapterId: c.id, position: c.duration, listened: [[0, c.duration]], rate: 0.75 }),
        ),
      );
      expect(await studied(personId)).toBeLessThanOrEqual(LISTENING_ALLOWANCE_SECONDS + 10);
    });

    it('gives back-to-back micro-reports nothing beyond the real time between them', async () => {
      const token = await login(host.baseUrl, 'member12');
      const personId = (await me(token)).id;
      const c = chapters[0];
      let total = 0;
      for (let i = 0; i < 40; i += 1) {
        clock += 100; // 0.1 s of real time between reports, 4 s in all
        const start = (i * 0.6) % (c.duration - 1);
        const r = await save(token, { chapterId: c.id, position: start + 0.5, listened: [[start, start + 0.5]] });
        if (r.body.ok) total += r.body.data.creditedSeconds;
      }
      expect(await studied(personId)).toBeCloseTo(total, 5);
      expect(total).toBeLessThanOrEqual(LISTENING_ALLOWANCE_SECONDS + 4);
    });

    it('counts a slow claimed speed no faster than the real time it took', async () => {
      const token = await login(host.baseUrl, 'member13');
      const personId = (await me(token)).id;
      const c = chapters.find((ch) => ch.duration >= 60) ?? chapters[0];
      // The player really plays at 1×: 10 s of audio every 10 s, but claims 0.75×.
      for (let s = 0; s + 10 <= c.duration; s += 10) {
        clock += 10_000;
        await save(token, { chapterId: c.id, position: s + 10, listened: [[s, s + 10]], rate: 0.75 });
      }
      const realSeconds = Math.floor(c.duration / 10) * 10;
      expect(await studied(personId)).toBeLessThanOrEqual(realSeconds + LISTENING_ALLOWANCE_SECONDS);
    });

    it('still credits honest listening in full', async () => {
      const token = await login(host.baseUrl, 'member14');
      const personId = (await me(token)).id;
      const c = chapters[1];
      clock += 600_000; // an idle clock
      let heard = 0;
      for (let s = 0; s + 10 <= c.duration; s += 10) {
        clock += 10_000;
        await save(token, { chapterId: c.id, position: s + 10, listened: [[s, s + 10]], rate: 1 });
        heard += 10;
      }
      expect(await studied(personId)).toBeCloseTo(heard, 5);
    });
  });

  describe('replay keys', () => {
    it('never hands one anonymous caller the session of another who used the same request id', async () => {
      const secretary = await login(host.baseUrl, 'secretary6');
      const branchId = (await me(secretary)).orgUnitId;
      const a = await invite(secretary, { name: '钱秀珍', orgUnitId: branchId });
      const b = await invite(secretary, { name: '冯志刚', orgUnitId: branchId });
      if (!a.body.ok || !b.body.ok) throw new Error('invites failed');
      const sharedId = 'shared-request-0001';
      const first = await redeem(a.body.data.invite.code, sharedId);
      expect(first.body.ok && first.body.data.user.name).toBe('钱秀珍');
      const second = await redeem(b.body.data.invite.code, sharedId);
      expect(second.body.ok && second.body.data.user.name).toBe('冯志刚');
      expect(second.body.ok && first.body.ok && second.body.data.token).not.toBe(
        first.body.ok && first.body.data.token,
      );
      const guess = await redeem('ABCDEFGH', sharedId);
      expect(!guess.body.ok && guess.body.error.code).toBe('INVITE_INVALID');
      // The first caller's own resend (same code, same id) is recognised and gets a working session.
      const resend = await redeem(a.body.data.invite.code, sharedId);
      expect(resend.body.ok && resend.body.data.user.name).toBe('钱秀珍');
      const stored = await db()
        .selectFrom('idempotency_keys')
        .select('key')
        .where('key', 'like', '%shared-request-0001%')
        .execute();
      expect(stored).toEqual([]);
    });

    it('refuses a key reused with other data, and writes nothing', async () => {
      const admin = await login(host.baseUrl, 'admin');
      const count = async () => (await db().selectFrom('books').select('id').execute()).length;
      const book = (title: string) => ({
        action: 'createBook',
        requestId: 'book-request-0001',
        data: { collectionId: 1, title, author: '作者', description: '简介。' },
      });
      expect((await post(host.baseUrl, 'audiobooks', book('第一本'), admin)).status).toBe(200);
      const before = await count();
      const other = await post(host.baseUrl, 'audiobooks', book('第二本'), admin);
      expect(other.status).toBe(409);
      expect(!other.body.ok && other.body.error).toMatchObject({ code: 'IDEMPOTENCY_MISMATCH' });
      expect(!other.body.ok && other.body.error.message).toMatch(/[\u4e00-\u9fff]/);
      expect(await count()).toBe(before);
      // The same key with the same data is the first answer again.
      const same = await post<Out<'createBook'>>(host.baseUrl, 'audiobooks', book('第一本'), admin);
      expect(same.body.ok && same.body.data.book.title).toBe('第一本');
      expect(await count()).toBe(before);
    });

    it('scopes a key to its caller: another person with the same request id is served on their own', async () => {
      const a = await login(host.baseUrl, 'member21');
      const b = await login(host.baseUrl, 'member22');
      const prefs = (token: string, largeText: boolean) =>
        post<AccountApi['updatePreferences']['output']>(
          host.baseUrl,
          'account',
          { action: 'updatePreferences', requestId: 'prefs-request-01', data: { largeText } },
          token,
        );
      expect((await prefs(a, true)).body).toMatchObject({ ok: true, data: { preferences: { largeText: true } } });
      expect((await prefs(b, true)).body).toMatchObject({ ok: true, data: { preferences: { largeText: true } } });
      expect((await me(b)).preferences.largeText).toBe(true);
    });

    it('answers a resend before the handler runs, so a second invitation is not made', async () => {
      const secretary = await login(host.baseUrl, 'secretary7');
      const branchId = (await me(secretary)).orgUnitId;
      const made = await invite(secretary, { name: '何丽华', orgUnitId: branchId });
      if (!made.body.ok) throw new Error(JSON.stringify(made.body));
      const personId = made.body.data.invite.personId;
      const first = await invite(secretary, { personId }, 'reinvite-req-01');
      const resend = await invite(secretary, { personId }, 'reinvite-req-01');
      expect(first.body.ok && resend.body.ok && resend.body.data.invite.invitationId).toBe(
        first.body.ok && first.body.data.invite.invitationId,
      );
      expect(
        (await db().selectFrom('invitations').select('id').where('person_id', '=', personId).execute()).length,
      ).toBe(2);
    });

    it('keeps no secret in a stored answer', async () => {
      const secretary = await login(host.baseUrl, 'secretary8');
      const branchId = (await me(secretary)).orgUnitId;
      const made = await invite(secretary, { name: '罗德明', orgUnitId: branchId }, 'invite-secret-01');
      if (!made.body.ok) throw new Error(JSON.stringify(made.body));
      const rows = await db()
        .selectFrom('idempotency_keys')
        .select('result_json')
        .where('key', 'like', '%invite-secret-01')
        .execute();
      expect(rows).toHaveLength(1);
      expect(rows[0].result_json).not.toContain(made.body.data.invite.code);
      expect(rows[0].result_json).toContain(String(made.body.data.invite.invitationId));
    });

    it('lets keys expire after a day and prunes them', async () => {
      const token = await login(host.baseUrl, 'member23');
      const send = (largeText: boolean) =>
        post<AccountApi['updatePreferences']['output']>(
          host.baseUrl,
          'account',
          { action: 'updatePreferences', requestId: 'expiring-key-01', data: { largeText } },
          token,
        );
      expect((await send(true)).status).toBe(200);
      clock += 25 * 3600 * 1000;
      // A day later the key is gone: the same id with other data is a new request, not a mismatch.
      expect((await send(false)).body).toMatchObject({ ok: true, data: { preferences: { largeText: false } } });
      clock += 25 * 3600 * 1000;
      await pruneExpiredReplayKeys(db(), new Date(clock + 2 * 3600 * 1000));
      const left = await db().selectFrom('idempotency_keys').select('created_at').execute();
      expect(left.every((r) => Date.parse(r.created_at) > clock - 24 * 3600 * 1000)).toBe(true);
    });
  });

  describe('open doors closed', () => {
    it('makes QR codes only for those who print posters, and audits each new one', async () => {
      const chapter = await db().selectFrom('chapters').select('id').orderBy('id', 'desc').executeTakeFirstOrThrow();
      const ask = (token?: string) =>
        post(host.baseUrl, 'qrcode', { action: 'create', data: { type: 'chapter', id: chapter.id } }, token);
      expect((await ask()).status).toBe(401);
      expect((await ask(await login(host.baseUrl, 'member30'))).status).toBe(403);
      const before = (await db().selectFrom('audit_log').select('id').where('fn', '=', 'qrcode').execute()).length;
      expect((await ask(await login(host.baseUrl, 'admin'))).status).toBe(200);
      expect((await db().selectFrom('audit_log').select('id').where('fn', '=', 'qrcode').execute()).length).toBe(
        before + 1,
      );
    });

    it('limits guessing invitation codes, with a sentence', async () => {
      let last = await redeem('ZZZZ2345');
      for (let i = 0; i < 25 && last.status !== 429; i += 1) last = await redeem('ZZZZ2345');
      expect(last.status).toBe(429);
      expect(!last.body.ok && last.body.error).toMatchObject({ code: 'RATE_LIMITED' });
      expect(!last.body.ok && last.body.error.message).toMatch(/过 \d+ (秒|分钟)再试/);
    });

    it('limits progress reports per person', async () => {
      const token = await login(host.baseUrl, 'member31');
      const c = await db().selectFrom('chapters').select('id').executeTakeFirstOrThrow();
      const statuses: number[] = [];
      for (let i = 0; i < 65; i += 1)
        statuses.push(
          (
            await post(
              host.baseUrl,
              'audiobooks',
              { action: 'saveProgress', data: { chapterId: c.id, position: 1 } },
              token,
            )
          ).status,
        );
      expect(statuses.slice(0, 60).every((s) => s === 200)).toBe(true);
      expect(statuses.slice(60)).toContain(429);
    });
  });
});
