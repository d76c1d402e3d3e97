// Hostile tests of service hours (issue 15), over real HTTP on SQLite and PostgreSQL: offline is never stronger than
// online. Hours booked from the sofa (a photo of the printed code, typed coordinates, offline scans dated back) and a
// forwarded rotating code wait for the post manager and are not certified until confirmed; typed-code guesses share
// one budget per person across checkIn, checkOut and syncOffline; a correction beyond the record needs a second
// approver above the post manager; the verify page binds the paper to one person without giving their name away.
// Every refusal compares every row of every table before and after.
import type { Kysely } from 'kysely';
import type { Schema } from '../../backend/data/schema';
import { totpAt } from '../../backend/visits/codes';
import type { QrCode } from '../../contracts/qrcode';
import type { VolunteerApi } from '../../contracts/volunteer';
import { post, type ApiReply } from '../support/api';
import { availableEngines } from '../support/engines';
import { startHost, type TestHost } from '../support/start-host';
import { tokensByHandle } from '../support/tokens';
import { expectNothingWritten, snapshotTables } from '../support/table-snapshot';

jest.setTimeout(120_000);

type Out<A extends keyof VolunteerApi> = VolunteerApi[A]['output'];
const CHINESE_SENTENCE = /\p{Script=Han}.*[。！？]$/u;
const HOUR = 3_600_000;
const AT_POST = { lat: 24.4799, lng: 118.0895, accuracy: 12 };

/** A Thursday well after the seed's "now", at a China wall-clock time. */
function thursdayAt(hhmm: string): number {
  const base = Date.parse('2027-01-07T00:00:00+08:00');
  const [h, m] = hhmm.split(':').map(Number);
  return base + (h * 60 + m) * 60_000;
}
const iso = (ms: number) => new Date(ms).toISOString();

describe.each(availableEngines())('volunteer trust on %s', (engine) => {
  let host: TestHost;
  let clock = thursdayAt('09:00');
  const db = (): Kysely<Schema> => host.deps.database.db;
  const tokenOf = tokensByHandle(() => host);
  const call = async <A extends keyof VolunteerApi>(
    handle: string | null,
    action: A,
    data: unknown,
  ): Promise<ApiReply<Out<A>>> =>
    post<Out<A>>(host.baseUrl, 'volunteer', { action, data }, handle ? await tokenOf(handle) : undefined);
  const ok = async <A extends keyof VolunteerApi>(handle: string | null, action: A, data: unknown): Promise<Out<A>> => {
    const reply = await call(handle, action, data);
    if (!reply.body.ok) throw new Error(`${action}: ${JSON.stringify(reply.body)}`);
    return reply.body.data;
  };
  const refusedWith = (reply: ApiReply<unknown>, status: number, code: string, words?: RegExp) => {
    const error = reply.body.ok ? null : reply.body.error;
    expect({ status: reply.status, code: error?.code }).toEqual({ status, code });
    expect(error?.message).toMatch(CHINESE_SENTENCE);
    if (words) expect(error?.message).toMatch(words);
  };
  /** Runs a refusal and expects every table exactly as before. */
  const refusedQuietly = async (
    act: () => Promise<ApiReply<unknown>>,
    status: number,
    code: string,
    words?: RegExp,
  ) => {
    const reply = await expectNothingWritten(db(), act);
    refusedWith(reply, status, code, words);
  };
  const personId = async (handle: string) =>
    (await db().selectFrom('people').select('id').where('handle', '=', handle).executeTakeFirstOrThrow()).id;
  const verifyOf = async (handle: string, from: string, to: string) => {
    const cert = await ok(handle, 'certificate', { from, to });
    const sig = new URL(cert.verifyUrl).searchParams.get('sig');
    return { cert, check: () => ok(null, 'verifyCertificate', { number: cert.number, sig }) };
  };

  const manager = 'postmanager1';
  /** The post's printed check-in code, as its manager prints it. */
  const printedCode = async (postId: number) => {
    const qr = await post<QrCode>(
      host.baseUrl,
      'qrcode',
      { action: 'create', data: { type: 'checkin', id: postId } },
      await tokenOf(manager),
    );
    if (!qr.body.ok) throw new Error(`no printed code: ${JSON.stringify(qr.body)}`);
    return qr.body.data.scene;
  };
  let walkInPost: number;
  let rotatingPost: number;
  let shiftPost: number;
  let printed: string;

  beforeAll(async () => {
    host = await startHost({ engine, jobIntervalMs: 0 });
    host.deps.now = () => new Date(clock);
    const root = await db()
      .selectFrom('org_units')
      .select('id')
      .where('parent_id', 'is', null)
      .executeTakeFirstOrThrow();
    const managerIds = [await personId(manager)];
    const base = {
      kind: '志愿服务驿站',
      address: '湖滨街道测试路 9 号',
      lat: 24.4798,
      lng: 118.0894,
      radius: 200,
      orgUnitId: root.id,
      services: ['陪伴'],
      managerIds,
    };
    walkInPost = (await ok('admin', 'createPost', { ...base, name: '随到随签驿站', checkInMode: 'geo', walkIns: true }))
      .post.id;
    rotatingPost = (
      await ok('admin', 'createPost', { ...base, name: '地下室驿站', checkInMode: 'rotating', walkIns: true })
    ).post.id;
    shiftPost = (await ok('admin', 'createPost', { ...base, name: '班次驿站', checkInMode: 'geo', walkIns: false }))
      .post.id;
    const shift = (
      await ok(manager, 'createShift', {
        postId: shiftPost,
        weekday: 4,
        starts: '14:00',
        ends: '17:00',
        capacity: 6,
        service: '陪伴',
      })
    ).shift.id;
    await ok('volunteer44', 'joinShift', { shiftId: shift, occursOn: '2027-01-07' });
    printed = await printedCode(walkInPost);
  });
  afterAll(async () => {
    await host?.stop();
  }, 120_000);

  it('break 1: a photo of the printed code, typed coordinates and offline scans dated back 23 h wait for the manager and are not certified', async () => {
    clock = thursdayAt('23:00');
    // Three stays "at the post" in one call, the first dated 23 h back: 8 h + 8 h + 6 h.
    const pairs: [number, number][] = [
      [clock - 23 * HOUR, clock - 15 * HOUR],
      [clock - 14.5 * HOUR, clock - 6.5 * HOUR],
      [clock - 6.25 * HOUR, clock - 0.25 * HOUR],
    ];
    const items = pairs.flatMap(([a, b], i) => [
      { clientId: `sofa-in-000${i}`, kind: 'in', scene: printed, ...AT_POST, scannedAt: iso(a) },
      { clientId: `sofa-out-000${i}`, kind: 'out', scene: printed, ...AT_POST, scannedAt: iso(b) },
    ]);
    const synced = await ok('volunteer41', 'syncOffline', { items });
    expect(synced.results.every((r) => r.ok)).toBe(true);
    // Nothing the phone alone vouches for is certified: no certificate, nothing written.
    await refusedQuietly(
      () => call('volunteer41', 'certificate', { from: '2027-01-06', to: '2027-01-07' }),
      400,
      'VALIDATION',
      /没有计入的服务时长/,
    );

    expect(synced.results.filter((r) => r.message.includes('待负责人确认'))).toHaveLength(3);

    const records = (await ok('volunteer41', 'myRecords', {})).records.filter((r) => r.postId === walkInPost);
    expect(records).toHaveLength(3);
    for (const r of records) {
      expect(r).toMatchObject({ status: 'pending', statusName: '待负责人确认', awaitsManager: true });
      expect(r.statusNote).toMatch(/^这条记录待负责人确认：.*才计入服务证明。$/);
      expect(r.flags).toContain('offline');
    }

    // Once the manager confirms one stay, that one (and only that one) is certified and verifies.
    const first = records.find((r) => r.checkInAt === iso(pairs[0][0]))!;
    await ok(manager, 'confirmRecord', { recordId: first.id });
    const { check } = await verifyOf('volunteer41', '2027-01-06', '2027-01-07');
    expect(await check()).toMatchObject({ status: 'valid', hours: 8 });
  });

  it('flags an online scan the post cannot vouch for (a poor location fix) and holds it the same way', async () => {
    clock = thursdayAt('10:00');
    await ok('volunteer42', 'checkIn', { scene: printed, ...AT_POST, accuracy: 150 });
    clock = thursdayAt('12:00');
    const out = await ok('volunteer42', 'checkOut', { scene: printed, ...AT_POST });
    await refusedQuietly(
      () => call('volunteer42', 'certificate', { from: '2027-01-07', to: '2027-01-07' }),
      400,
      'VALIDATION',
      /没有计入的服务时长/,
    );
    expect(out.record.flags).toContain('poor_accuracy');
    expect(out.message).toMatch(/待负责人确认/);
  });

  it('break 7: a forwarded rotating code through syncOffline at a chosen time, with no location, is held and not certified; a stale code offline says nothing about which codes were valid', async () => {
    const secret = (
      await db().selectFrom('vol_posts').select('totp_secret').where('id', '=', rotatingPost).executeTakeFirstOrThrow()
    ).totp_secret;
    const shownAt = thursdayAt('08:00');
    clock = shownAt;
    const shown = await ok(manager, 'rotatingCode', { postId: rotatingPost });
    // Forwarded: used five hours later, claiming the moment it was shown, and a check-out code of two hours later.
    clock = shownAt + 5 * HOUR;
    const outAt = shownAt + 2 * HOUR;
    const sent = await ok('volunteer43', 'syncOffline', {
      items: [
        {
          clientId: 'fwd-in-00001',
          kind: 'in',
          postId: rotatingPost,
          code: shown.code,
          scannedAt: iso(shownAt + 5_000),
        },
        {
          clientId: 'fwd-out-00001',
          kind: 'out',
          postId: rotatingPost,
          code: totpAt(secret, new Date(outAt)).code,
          scannedAt: iso(outAt),
        },
      ],
    });
    expect(sent.results.map((r) => r.ok)).toEqual([true, true]);
    await refusedQuietly(
      () => call('volunteer43', 'certificate', { from: '2027-01-07', to: '2027-01-07' }),
      400,
      'VALIDATION',
      /没有计入的服务时长/,
    );
    const record = (await ok('volunteer43', 'myRecords', {})).records.find((r) => r.postId === rotatingPost)!;
    expect(record).toMatchObject({ hours: 2, statusName: '待负责人确认', awaitsManager: true });
    expect(record.flags).toEqual(expect.arrayContaining(['offline', 'typed_code', 'no_location']));

    // A code valid a few minutes before the claimed time is just wrong offline (QR_EXPIRED would confirm a guess).
    const stale = await expectNothingWritten(db(), () =>
      ok('volunteer45', 'syncOffline', {
        items: [
          {
            clientId: 'stale-in-0001',
            kind: 'in',
            postId: rotatingPost,
            code: shown.code,
            scannedAt: iso(shownAt + 3 * 60_000),
          },
        ],
      }),
    );
    expect(stale.results[0]).toMatchObject({ ok: false, code: 'QR_INVALID' });
    expect(stale.results[0].message).toMatch(CHINESE_SENTENCE);
  });

  it('weak spot: typed-code guesses through checkIn, checkOut and syncOffline share one limit per person; then even the right code is refused', async () => {
    const secret = (
      await db().selectFrom('vol_posts').select('totp_secret').where('id', '=', rotatingPost).executeTakeFirstOrThrow()
    ).totp_secret;
    clock = thursdayAt('09:00') + 7 * 24 * HOUR;
    const right = () => totpAt(secret, new Date(clock)).code;
    const wrong = () => (right() === '000000' ? '111111' : '000000');
    const guesser = 'volunteer46';
    for (let i = 0; i < 4; i += 1)
      refusedWith(await call(guesser, 'checkIn', { postId: rotatingPost, code: wrong() }), 400, 'QR_INVALID');
    for (let i = 0; i < 3; i += 1)
      refusedWith(await call(guesser, 'checkOut', { postId: rotatingPost, code: wrong() }), 400, 'QR_INVALID');
    const offline = await ok(guesser, 'syncOffline', {
      items: [0, 1, 2].map((i) => ({
        clientId: `guess-000${i}`,
        kind: 'in',
        postId: rotatingPost,
        code: wrong(),
        scannedAt: iso(clock - (i + 1) * 60_000),
      })),
    });
    expect(offline.results.map((r) => r.code)).toEqual(['QR_INVALID', 'QR_INVALID', 'QR_INVALID']);

    // Ten guesses spent across three actions: the right code, by any path, is refused now, and nothing is written.
    await refusedQuietly(() => call(guesser, 'checkIn', { postId: rotatingPost, code: right() }), 429, 'RATE_LIMITED');
    const late = await expectNothingWritten(db(), () =>
      ok(guesser, 'syncOffline', {
        items: [{ clientId: 'guess-right1', kind: 'in', postId: rotatingPost, code: right(), scannedAt: iso(clock) }],
      }),
    );
    expect(late.results[0]).toMatchObject({ ok: false, code: 'RATE_LIMITED' });
    // The budget is the guesser's alone: another volunteer types the right code at once.
    expect((await ok('volunteer47', 'checkIn', { postId: rotatingPost, code: right() })).record.flags).toContain(
      'typed_code',
    );
  });

  it('weak spot: a post manager cannot turn a 2-hour stay into 24 h alone; a second approver above the post applies it, both named on the record and in the audit log', async () => {
    const shiftScene = await printedCode(shiftPost);
    clock = thursdayAt('14:00');
    await ok('volunteer44', 'checkIn', { scene: shiftScene, ...AT_POST });
    clock = thursdayAt('16:00');
    const out = await ok('volunteer44', 'checkOut', { scene: shiftScene, ...AT_POST });
    expect(out.record).toMatchObject({ hours: 2, counted: true });
    const { check } = await verifyOf('volunteer44', '2027-01-07', '2027-01-07');
    expect(await check()).toMatchObject({ status: 'valid', hours: 2 });

    // Proposed by the post manager: it waits, and the ledger, the record and the certificate stay as they were.
    const ledgerBefore = await snapshotTables(db(), ['vol_corrections', 'audit_log']);
    const proposed = await ok(manager, 'correctRecord', {
      recordId: out.record.id,
      hours: 24,
      reason: '志愿者说一直在驿站',
    });
    expect(await snapshotTables(db(), ['vol_corrections', 'audit_log'])).toEqual(ledgerBefore);
    expect(await check()).toMatchObject({ status: 'valid', hours: 2 });
    expect(proposed).toMatchObject({
      awaitingApproval: true,
      record: { hours: 2, corrections: [{ status: 'awaiting', hours: 24, approvedBy: null }] },
    });
    expect(proposed.message).toMatch(/上级管理员批准/);

    // Neither the proposer, nor the volunteer, nor another post manager approves it; a second proposal waits too.
    await refusedQuietly(
      () => call(manager, 'approveCorrection', { correctionId: proposed.correctionId, approve: true }),
      403,
      'FORBIDDEN',
    );
    await refusedQuietly(
      () => call('volunteer44', 'approveCorrection', { correctionId: proposed.correctionId, approve: true }),
      403,
      'FORBIDDEN',
    );
    await refusedQuietly(
      () => call('postmanager2', 'approveCorrection', { correctionId: proposed.correctionId, approve: true }),
      403,
      'FORBIDDEN',
    );
    await refusedQuietly(
      () => call(manager, 'correctRecord', { recordId: out.record.id, hours: 20, reason: '再改一次' }),
      409,
      'CONFLICT',
      /等上级管理员批准/,
    );

    // The admin above the post sees it in the queue and approves: the ledger moves, both people are on the record.
    const queue = await ok('admin', 'correctionQueue', {});
    expect(queue.items.find((i) => i.kind === 'approval' && i.correctionId === proposed.correctionId)).toMatchObject({
      hours: 24,
      reason: '志愿者说一直在驿站',
    });
    expect((await ok(manager, 'correctionQueue', {})).items.some((i) => i.kind === 'approval')).toBe(false);
    const approved = await ok('admin', 'approveCorrection', { correctionId: proposed.correctionId, approve: true });
    const names = await db()
      .selectFrom('people')
      .select(['handle', 'name'])
      .where('handle', 'in', [manager, 'admin'])
      .execute();
    const nameOf = (h: string) => names.find((n) => n.handle === h)!.name;
    expect(approved.record).toMatchObject({
      hours: 24,
      status: 'corrected',
      corrections: [
        { status: 'applied', hours: 24, previousHours: 2, by: nameOf(manager), approvedBy: nameOf('admin') },
      ],
    });
    const audited = await db()
      .selectFrom('audit_log')
      .select(['action', 'entity', 'entity_id'])
      .where('entity', '=', 'vol_correction')
      .where('entity_id', '=', String(proposed.correctionId))
      .orderBy('id')
      .execute();
    expect(audited.map((a) => a.action)).toEqual(['correctRecord', 'approveCorrection']);
    expect(await check()).toMatchObject({ status: 'changed', hours: 2, hoursNow: 24 });
    await refusedQuietly(
      () => call('admin', 'approveCorrection', { correctionId: proposed.correctionId, approve: true }),
      409,
      'CONFLICT',
    );

    // Within the shift a post manager corrects alone, as before.
    const within = await ok(manager, 'correctRecord', { recordId: out.record.id, hours: 3, reason: '按班次时长' });
    expect(within).toMatchObject({ awaitingApproval: false, record: { hours: 3 } });

    // Two proposals at once: one waits, the other is refused; declined, the record stays as it was.
    const raced = await Promise.all(
      [1, 2].map(() => call(manager, 'correctRecord', { recordId: out.record.id, hours: 20, reason: '再核对一次' })),
    );
    expect(raced.map((r) => (r.body.ok ? 'ok' : r.body.error.code)).sort()).toEqual(['CONFLICT', 'ok']);
    const waiting = raced.find((r) => r.body.ok)!.body as { ok: true; data: Out<'correctRecord'> };
    const declined = await ok('admin', 'approveCorrection', {
      correctionId: waiting.data.correctionId,
      approve: false,
    });
    expect(declined.record).toMatchObject({
      hours: 3,
      corrections: expect.arrayContaining([
        expect.objectContaining({ status: 'declined', approvedBy: nameOf('admin') }),
      ]),
    });
  });

  it('the verify page binds the paper to one person: the name’s middle masked and the volunteer number’s last 4, never the full name or phone', async () => {
    const holder = await db()
      .selectFrom('people')
      .select(['id', 'name', 'phone'])
      .where('handle', '=', 'volunteer44')
      .executeTakeFirstOrThrow();
    const { cert, check } = await verifyOf('volunteer44', '2027-01-07', '2027-01-07');
    const verdict = await check();
    const chars = Array.from(holder.name);
    expect(chars.length).toBeGreaterThanOrEqual(2);
    expect(verdict.name).toBe(
      chars.length === 2 ? `${chars[0]}*` : `${chars[0]}${'*'.repeat(chars.length - 2)}${chars.at(-1)}`,
    );
    expect(verdict.volunteerNumberTail).toBe(String(holder.id).padStart(8, '0').slice(-4));
    const view = await ok('volunteer44', 'certificateView', { number: cert.number });
    expect(view.volunteerNumber.endsWith(verdict.volunteerNumberTail!)).toBe(true);
    const body = JSON.stringify(verdict);
    expect(body).not.toContain(holder.name);
    if (holder.phone) expect(body).not.toContain(holder.phone);
    expect(body).not.toContain(view.volunteerNumber);
  });
});
