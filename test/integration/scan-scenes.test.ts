// Scan dispatch and signed scenes over real HTTP, on SQLite and PostgreSQL, hostile cases first: forged, altered
// and stale signed scenes of every kind are refused in a sentence; resolve never consumes a signed scene nor says
// whom an invitation is for; each type reaches its domain's resolver; an invitation QR is printed only by its
// issuer, never kept, and redeemed once under the invitation's own rules.
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { availableEngines } from '../support/engines';
import { accountCalls } from '../support/account-calls';
import { dataOf, login, post, type ApiReply } from '../support/api';
import { startHost, type TestHost } from '../support/start-host';
import type { AccountApi } from '../../contracts/account';
import type { AudiobooksApi } from '../../contracts/audiobooks';
import { SIGNED_SCENE_TYPES, type QrCode, type ResolvedScene, type SignedSceneType } from '../../contracts/qrcode';
import { grantRole } from '../../backend/data/people';
import { plainScene, readScene, signedScene } from '../../backend/rules/scenes';
import { createRateLimits } from '../../backend/runtime/rate-limits';

type Invite = AccountApi['createInvite']['output']['invite'];

const DAY = 24 * 3600 * 1000;
const CHINESE_SENTENCE = /^[^a-zA-Z]*[\u4e00-\u9fff][^<>{}]*。$/;

describe.each(availableEngines())('scan dispatch and signed scenes on %s', (engine) => {
  let host: TestHost;
  let clock: number;
  const db = () => host.deps.database.db;
  const key = () => host.deps.sceneKey;
  const at = () => new Date(clock);

  beforeAll(async () => {
    host = await startHost({ engine });
    clock = Date.parse('2026-11-29T02:00:00Z');
    host.deps.now = () => new Date(clock);
  });
  afterAll(async () => {
    await host?.stop();
  });
  // Many redemptions come from one test address: each test starts with fresh limits (the limits have their own tests).
  beforeEach(() => {
    host.deps.limits = createRateLimits();
  });

  const resolve = (scene: unknown) =>
    post<ResolvedScene>(host.baseUrl, 'qrcode', { action: 'resolve', data: { scene } });
  const printQr = (token: string | undefined, id: number, requestId?: string) =>
    post<QrCode>(
      host.baseUrl,
      'qrcode',
      { action: 'create', data: { type: 'invitation', id }, ...(requestId ? { requestId } : {}) },
      token,
    );
  const { me, createInvite, redeemInvite: redeem } = accountCalls(() => host);
  const newInvite = async (secretary: string, name: string): Promise<Invite> =>
    (await dataOf(createInvite(secretary, { name, orgUnitId: (await me(secretary)).orgUnitId }))).invite;
  const qrFor = (secretary: string, invite: Invite): Promise<QrCode> => dataOf(printQr(secretary, invite.invitationId));
  /**
   * The scene an invitation's printed code carries (the printing test checks qrcode.create makes exactly this):
   * made here where only the scene matters, because drawing each PNG costs seconds under Jest.
   */
  const sceneOf = (invite: Invite) => signedScene('invitation', invite.invitationId, new Date(invite.expiresAt), key());
  const refusedWith = (reply: ApiReply<unknown>, status: number, code: string, words?: RegExp) => {
    const error = reply.body.ok ? null : reply.body.error;
    expect({ status: reply.status, code: error?.code }).toEqual({ status, code });
    const message = error?.message;
    expect(message).toMatch(CHINESE_SENTENCE);
    if (words) expect(message).toMatch(words);
  };
  /** The same scene with one part swapped: `[letter, id, expiry, signature]`. */
  const alter = (scene: string, index: number, value: string) =>
    scene
      .split('.')
      .map((p, i) => (i === index ? value : p))
      .join('.');

  describe('signed scenes of every kind', () => {
    it.each(SIGNED_SCENE_TYPES)(
      'refuses a forged, altered or stale %s scene with the right code and a sentence',
      async (type: SignedSceneType) => {
        const good = signedScene(type, 5, new Date(clock + DAY), key());
        const forged = signedScene(type, 5, new Date(clock + DAY), 'a-key-an-attacker-made-up');
        const otherId = alter(good, 1, '6');
        const longer = alter(good, 2, Math.floor((clock + 30 * DAY) / 1000).toString(36));
        const otherKind = alter(good, 0, type === 'invitation' ? 'k' : 'i');
        const stale = signedScene(type, 5, new Date(clock - 1000), key());
        const forgedAndStale = signedScene(type, 5, new Date(clock - 1000), 'a-key-an-attacker-made-up');
        for (const scene of [forged, otherId, longer, otherKind, forgedAndStale])
          refusedWith(await resolve(scene), 400, 'QR_INVALID', /二维码/);
        refusedWith(await resolve(stale), 410, 'QR_EXPIRED', /过期/);
        // The genuine one is read, and says it cannot open yet or that it is an invitation: nothing more.
        expect((await resolve(good)).body).toMatchObject({ ok: true, data: { type, id: 5 } });
      },
    );

    it('answers an attendance scene for an event that is not there with a sentence', async () => {
      const words: Record<string, RegExp> = { attendance: /没有找到这个活动/ };
      for (const type of ['attendance'] as const) {
        const r = await resolve(signedScene(type, 987_654, new Date(clock + 60_000), key()));
        expect(r.status).toBe(200);
        expect(r.body).toEqual({
          ok: true,
          data: { type, id: 987_654, available: false, message: expect.stringMatching(words[type]) },
        });
        expect(r.body.ok && 'message' in r.body.data && r.body.data.message).toMatch(CHINESE_SENTENCE);
      }
    });
  });

  describe('plain scenes and dispatch', () => {
    it('sends each plain type to its domain', async () => {
      const list = await post<AudiobooksApi['list']['output']>(host.baseUrl, 'audiobooks', { action: 'list' });
      if (!list.body.ok) throw new Error('list failed');
      const book = list.body.data.books[0];
      const got = await post<AudiobooksApi['get']['output']>(host.baseUrl, 'audiobooks', {
        action: 'get',
        data: { bookId: book.id },
      });
      if (!got.body.ok) throw new Error('get failed');
      const chapter = got.body.data.chapters[1];

      expect((await resolve(plainScene('book', book.id))).body).toMatchObject({
        ok: true,
        data: { type: 'book', available: true, id: book.id, bookId: book.id, title: book.title },
      });
      expect((await resolve(plainScene('chapter', chapter.id))).body).toMatchObject({
        ok: true,
        data: {
          type: 'chapter',
          available: true,
          id: chapter.id,
          bookId: book.id,
          chapterId: chapter.id,
          book: { id: book.id },
        },
      });
      const event = await resolve(plainScene('event', 987_654));
      expect(event.body).toEqual({
        ok: true,
        data: { type: 'event', id: 987_654, available: false, message: expect.stringMatching(/没有找到这个活动/) },
      });
      // Service posts answer from the volunteer domain (test/integration/volunteer.test.ts).
      for (const r of [event])
        expect(r.body.ok && 'message' in r.body.data && r.body.data.message).toMatch(CHINESE_SENTENCE);
      // A book that is not there is NOT_FOUND with a sentence, not a stack.
      refusedWith(await resolve(plainScene('book', 987_654)), 404, 'NOT_FOUND', /下架/);
    });

    it('refuses unknown prefixes and malformed scenes as QR_INVALID', async () => {
      const signedPart = signedScene('invitation', 1, new Date(clock + DAY), key())
        .split('.')
        .slice(1)
        .join('.');
      for (const scene of [
        'x.1',
        'z.1',
        'B.1',
        'bb.1',
        'b',
        '.1',
        'b.1.',
        'b.01',
        'i.1',
        'k.1.2',
        `x.${signedPart}`,
        `b.${signedPart}`,
        'b 1',
        'p.zzzzzzz',
        '%E4%B8%AD',
        '',
      ]) {
        refusedWith(await resolve(scene), 400, 'QR_INVALID', /二维码/);
      }
      for (const scene of [null, 12, { scene: 'b.1' }, 'b.1'.repeat(100)])
        refusedWith(await resolve(scene), 400, 'VALIDATION', /二维码/);
    });
  });

  describe('invitation codes', () => {
    it('resolves an invitation without consuming it or saying whom it is for', async () => {
      const secretary = await login(host.baseUrl, 'secretary6');
      const invite = await newInvite(secretary, '周淑芬');
      const qr = await qrFor(secretary, invite);
      const auditBefore = (await db().selectFrom('audit_log').select('id').execute()).length;

      for (let i = 0; i < 3; i += 1) {
        const r = await resolve(qr.scene);
        expect(r.body).toEqual({
          ok: true,
          data: {
            type: 'invitation',
            available: true,
            id: invite.invitationId,
            expiresAt: expect.any(String),
            consumedBy: 'account.redeemInvite',
            message: expect.stringMatching(CHINESE_SENTENCE),
          },
        });
        const text = JSON.stringify(r.body);
        for (const secret of [invite.personName, invite.code, `"personId"`, `"orgUnitId"`, `"token"`])
          expect(text).not.toContain(secret);
      }
      // Nothing was written and the invitation is still open: resolving is looking, not using.
      expect((await db().selectFrom('audit_log').select('id').execute()).length).toBe(auditBefore);
      const row = await db()
        .selectFrom('invitations')
        .select(['used_at', 'redeemed_by', 'revoked_at'])
        .where('id', '=', invite.invitationId)
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ used_at: null, redeemed_by: null, revoked_at: null });

      // It still works, once.
      const redeemed = await redeem({ scene: qr.scene });
      if (!redeemed.body.ok) throw new Error(JSON.stringify(redeemed.body));
      expect(redeemed.body.data.user).toMatchObject({ id: invite.personId, name: '周淑芬' });
      expect((await me(redeemed.body.data.token as string)).id).toBe(invite.personId);
      refusedWith(await redeem({ scene: qr.scene }), 409, 'INVITE_USED', /已经用过了/);
      refusedWith(await redeem({ code: invite.code }), 409, 'INVITE_USED', /已经用过了/);
      // Even now resolve tells an anonymous scanner nothing it could not read off the code itself.
      expect((await resolve(qr.scene)).body).toMatchObject({
        ok: true,
        data: { type: 'invitation', id: invite.invitationId },
      });
    });

    it('prints an invitation code only for its issuer, expiring with it, and keeps no copy of the credential', async () => {
      const secretary = await login(host.baseUrl, 'secretary7');
      const invite = await newInvite(secretary, '吴桂英');

      expect((await printQr(undefined, invite.invitationId)).status).toBe(401);
      expect((await printQr(await login(host.baseUrl, 'member40'), invite.invitationId)).status).toBe(403);
      refusedWith(
        await printQr(await login(host.baseUrl, 'secretary8'), invite.invitationId),
        403,
        'FORBIDDEN',
        /不是您发的/,
      );
      refusedWith(
        await printQr(await login(host.baseUrl, 'admin'), invite.invitationId),
        403,
        'FORBIDDEN',
        /不是您发的/,
      );
      refusedWith(await printQr(secretary, 987_654), 404, 'NOT_FOUND');

      const made = await printQr(secretary, invite.invitationId, 'invite-qr-0001');
      if (!made.body.ok) throw new Error(JSON.stringify(made.body));
      const qr = made.body.data;
      expect(qr).toMatchObject({ type: 'invitation', id: invite.invitationId, expiresAt: invite.expiresAt });
      expect(qr.scene).toBe(sceneOf(invite));
      expect(qr.scene.length).toBeLessThanOrEqual(32);
      const read = readScene(qr.scene, key(), at());
      expect(read).toMatchObject({ ok: true, type: 'invitation', id: invite.invitationId });
      // Expires with the invitation (to the second), not later.
      expect(
        read.ok && read.type === 'invitation' && Math.abs(read.expiresAt.getTime() - Date.parse(invite.expiresAt)),
      ).toBeLessThan(1000);
      // The printed image reads, like a phone camera would, to the scan page with this scene.
      const png = PNG.sync.read(Buffer.from(await (await fetch(new URL(qr.image, host.baseUrl))).arrayBuffer()));
      const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
      expect(decoded?.data).toBe(qr.url);
      expect(new URL(qr.url).searchParams.get('scene')).toBe(qr.scene);

      // A resend gets the same code made again; nothing stored holds it.
      const resend = await printQr(secretary, invite.invitationId, 'invite-qr-0001');
      expect(resend.body).toEqual(made.body);
      const stored = await db()
        .selectFrom('idempotency_keys')
        .select('result_json')
        .where('key', 'like', '%invite-qr-0001')
        .execute();
      expect(stored).toHaveLength(1);
      expect(stored[0].result_json).not.toContain(qr.scene);
      expect(await db().selectFrom('qr_codes').select('scene').where('type', '=', 'invitation').execute()).toEqual([]);
      const audit = await db()
        .selectFrom('audit_log')
        .select(['entity', 'entity_id', 'after_json'])
        .where('fn', '=', 'qrcode')
        .execute();
      expect(audit).toContainEqual({
        entity: 'invitation',
        entity_id: String(invite.invitationId),
        after_json: JSON.stringify({ qrPrinted: true }),
      });
      expect(JSON.stringify(audit)).not.toContain(qr.scene.split('.')[3]);

      // Once used, or once replaced, the invitation gets no more codes.
      const replacement = await createInvite(secretary, { personId: invite.personId });
      if (!replacement.body.ok) throw new Error(JSON.stringify(replacement.body));
      refusedWith(await printQr(secretary, invite.invitationId), 410, 'INVITE_EXPIRED', /作废/);
      expect((await redeem({ scene: sceneOf(replacement.body.data.invite) })).status).toBe(200);
      refusedWith(await printQr(secretary, replacement.body.data.invite.invitationId), 409, 'INVITE_USED', /用过了/);
    });

    it('refuses forged, altered, stale and foreign invitation scenes at redemption, and leaves the invitation open', async () => {
      const secretary = await login(host.baseUrl, 'secretary9');
      const invite = await newInvite(secretary, '郭玉珍');
      const scene = sceneOf(invite);
      const id36 = invite.invitationId.toString(36);

      refusedWith(
        await redeem({
          scene: signedScene('invitation', invite.invitationId, new Date(Date.parse(invite.expiresAt)), 'made-up-key'),
        }),
        400,
        'QR_INVALID',
        /无法识别/,
      );
      refusedWith(
        await redeem({ scene: alter(scene, 1, (invite.invitationId + 1).toString(36)) }),
        400,
        'QR_INVALID',
        /无法识别/,
      );
      refusedWith(
        await redeem({ scene: alter(scene, 2, Math.floor((clock + 60 * DAY) / 1000).toString(36)) }),
        400,
        'QR_INVALID',
        /无法识别/,
      );
      refusedWith(
        await redeem({ scene: signedScene('invitation', invite.invitationId, new Date(clock - 1000), key()) }),
        410,
        'QR_EXPIRED',
        /过期/,
      );
      // A genuine code of another kind grants only its own kind.
      for (const other of [
        signedScene('checkin', invite.invitationId, new Date(clock + DAY), key()),
        signedScene('attendance', invite.invitationId, new Date(clock + DAY), key()),
        plainScene('book', 1),
        `i.${id36}`,
      ]) {
        refusedWith(await redeem({ scene: other }), 400, 'QR_INVALID');
      }
      refusedWith(
        await redeem({
          scene: alter(signedScene('checkin', invite.invitationId, new Date(clock + DAY), key()), 0, 'i'),
        }),
        400,
        'QR_INVALID',
        /无法识别/,
      );
      refusedWith(await redeem({ code: invite.code, scene }), 400, 'VALIDATION', /只用其中一个/);
      refusedWith(await redeem({}), 400, 'VALIDATION', /邀请码/);
      refusedWith(await redeem({ scene: 12 }), 400, 'VALIDATION');

      // None of that touched the invitation; past its expiry its own code is stale too.
      expect(
        (
          await db()
            .selectFrom('invitations')
            .select('used_at')
            .where('id', '=', invite.invitationId)
            .executeTakeFirstOrThrow()
        ).used_at,
      ).toBeNull();
      const saved = clock;
      clock = Date.parse(invite.expiresAt) + 1000;
      try {
        refusedWith(await redeem({ scene }), 410, 'QR_EXPIRED', /入会邀请二维码已经过期/);
      } finally {
        clock = saved;
      }
      expect((await redeem({ scene })).status).toBe(200);
    });

    it('keeps the invitation rules when redeemed by scene: replaced, beyond the issuer, lost phone', async () => {
      const secretary = await login(host.baseUrl, 'secretary10');
      // Replaced: the earlier invitation's printed code is void.
      const first = await newInvite(secretary, '黄建军');
      const again = await createInvite(secretary, { personId: first.personId });
      if (!again.body.ok) throw new Error(JSON.stringify(again.body));
      refusedWith(await redeem({ scene: sceneOf(first) }), 410, 'INVITE_EXPIRED', /作废/);
      expect((await redeem({ scene: sceneOf(again.body.data.invite) })).status).toBe(200);

      // The invited person was given a role beyond the issuer after the code was printed.
      const wider = await newInvite(secretary, '林美华');
      const cityId = (
        await db().selectFrom('org_units').select('id').where('level', '=', 'city').executeTakeFirstOrThrow()
      ).id;
      await db()
        .transaction()
        .execute((trx) =>
          grantRole(trx, { personId: wider.personId, role: 'admin', orgUnitId: cityId, at: at().toISOString() }),
        );
      refusedWith(await redeem({ scene: sceneOf(wider) }), 410, 'INVITE_EXPIRED', /失效/);
      expect(
        (
          await db()
            .selectFrom('invitations')
            .select('used_at')
            .where('id', '=', wider.invitationId)
            .executeTakeFirstOrThrow()
        ).used_at,
      ).toBeNull();

      // Lost phone: a member who signs in gets a printed code; redeeming it ends the old phone's session.
      const oldPhone = await login(host.baseUrl, 'member10'); // member10 is in branch 10
      const member = await me(oldPhone);
      const lost = await createInvite(secretary, { personId: member.id, lostPhone: true });
      if (!lost.body.ok) throw new Error(JSON.stringify(lost.body));
      expect((await post(host.baseUrl, 'account', { action: 'me' }, oldPhone)).status).toBe(401);
      const newPhone = await redeem({ scene: sceneOf(lost.body.data.invite) });
      if (!newPhone.body.ok) throw new Error(JSON.stringify(newPhone.body));
      expect((await me(newPhone.body.data.token as string)).id).toBe(member.id);
    });

    it('binds one WeChat user by scene, recognises a resend, and turns away everyone after', async () => {
      const { account } = await import('../../backend/domains/account/function');
      const secretary = await login(host.baseUrl, 'secretary11');
      const invite = await newInvite(secretary, '何秀兰');
      const scene = sceneOf(invite);
      const phone = { source: 'wechat' as const, openid: 'o-scene-phone' };
      // WeChat hands the page its scene URL-encoded; the action reads it either way.
      expect(
        await account.handle({ action: 'redeemInvite', data: { scene: encodeURIComponent(scene) } }, phone, host.deps),
      ).toMatchObject({ ok: true, data: { user: { id: invite.personId } } });
      expect(await account.handle({ action: 'me' }, phone, host.deps)).toMatchObject({
        ok: true,
        data: { user: { id: invite.personId } },
      });
      expect(await account.handle({ action: 'redeemInvite', data: { scene } }, phone, host.deps)).toMatchObject({
        ok: true,
      });
      expect(
        await account.handle(
          { action: 'redeemInvite', data: { scene } },
          { source: 'wechat', openid: 'o-someone-else' },
          host.deps,
        ),
      ).toMatchObject({ ok: false, error: { code: 'INVITE_USED' } });

      // On the web, the same request resent is answered; the same scene with another request id is not.
      const web = await newInvite(secretary, '马德胜');
      const webQr = { scene: sceneOf(web) };
      const first = await redeem({ scene: webQr.scene }, 'scene-redeem-01');
      const resent = await redeem({ scene: webQr.scene }, 'scene-redeem-01');
      expect([first.status, resent.status]).toEqual([200, 200]);
      expect(resent.body.ok && resent.body.data.user.id).toBe(web.personId);
      refusedWith(await redeem({ scene: webQr.scene }, 'scene-redeem-02'), 409, 'INVITE_USED');
    });
  });
});
