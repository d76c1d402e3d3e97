// 志愿服务 over real HTTP on SQLite and PostgreSQL, against the demo: posts, shifts, check-in by the printed signed
// code with a geofence and by the rotating code, the refusals (too far, tampered, no location, outside the shift,
// twice, out without in) with nothing written, hours and the minimum share, the offline queue counted once, the
// double-entry ledger with corrections that keep the original, privacy of records, certificates that verify and
// show "changed" after a correction, reports and their export.
import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import type { Schema } from '../../backend/data/schema';
import { createJobRunner } from '../../backend/jobs/runner';
import { VOLUNTEER_JOBS } from '../../backend/domains/volunteer/jobs/handlers';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { sealedScene, signedScene } from '../../backend/rules/scenes';
import { VOLUNTEER_TABLES } from '../../backend/domains/volunteer/schema';
import type { QrCode, ResolvedScene } from '../../contracts/qrcode';
import type { VolunteerApi } from '../../contracts/volunteer';
import { post, type ApiReply } from '../support/api';
import { availableEngines } from '../support/engines';
import { CHINESE_SENTENCE, functionCalls } from '../support/function-calls';
import { expectMadeForPaper } from '../support/paper';
import { startHost, type TestHost } from '../support/start-host';
import { tokensByHandle } from '../support/tokens';

const HOUR = 3_600_000;

// The post sits at 24.4798 N, 118.0894 E; 0.045° of latitude north is about 5 km away.
const AT_POST = { lat: 24.4799, lng: 118.0895, accuracy: 12 };
const FIVE_KM_AWAY = { lat: 24.4798 + 0.045, lng: 118.0894, accuracy: 12 };

/** A Thursday well after the seed's "now", at a China wall-clock time. */
function thursdayAt(hhmm: string): number {
  const base = Date.parse('2027-01-07T00:00:00+08:00'); // a Thursday
  const [h, m] = hhmm.split(':').map(Number);
  return base + (h * 60 + m) * 60_000;
}
const OCCURS_ON = '2027-01-07';

describe.each(availableEngines())('volunteer on %s', (engine) => {
  let host: TestHost;
  let clock = thursdayAt('09:00');
  const db = (): Kysely<Schema> => host.deps.database.db;
  const tokenOf = tokensByHandle(() => host);
  const { call, ok } = functionCalls<VolunteerApi>('volunteer', () => host, tokenOf);
  const refusedWith = (reply: ApiReply<unknown>, status: number, code: string, words?: RegExp) => {
    const error = reply.body.ok ? null : reply.body.error;
    expect({ status: reply.status, code: error?.code }).toEqual({ status, code });
    expect(error?.message).toMatch(CHINESE_SENTENCE);
    if (words) expect(error?.message).toMatch(words);
  };
  const personId = async (handle: string) =>
    (await db().selectFrom('people').select('id').where('handle', '=', handle).executeTakeFirstOrThrow()).id;
  /** Row counts of every volunteer table and the audit log: a refusal leaves them all as they were. */
  const snapshot = async () => {
    const counts: Record<string, number> = {};
    for (const t of [...VOLUNTEER_TABLES, 'audit_log', 'messages', 'jobs'] as const) {
      counts[t] = Number(
        (
          await db()
            .selectFrom(t)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    }
    const open = await db().selectFrom('vol_records').select(['id', 'status', 'check_out_at']).orderBy('id').execute();
    return { counts, open };
  };
  const expectUnchanged = async (before: Awaited<ReturnType<typeof snapshot>>) =>
    expect(await snapshot()).toEqual(before);

  let geoPost: number;
  let shiftId: number;
  let printed: string;
  const manager = 'postmanager1';

  beforeAll(async () => {
    host = await startHost({ engine, jobIntervalMs: 0 });
    host.deps.now = () => new Date(clock);
    const root = await db()
      .selectFrom('org_units')
      .select('id')
      .where('parent_id', 'is', null)
      .executeTakeFirstOrThrow();
    geoPost = (
      await ok('admin', 'createPost', {
        name: '测试银发先锋工作室',
        kind: '银发先锋工作室',
        address: '湖滨街道测试路 1 号',
        lat: 24.4798,
        lng: 118.0894,
        radius: 200,
        orgUnitId: root.id,
        checkInMode: 'geo',
        walkIns: false,
        services: ['义诊'],
        managerIds: [await personId(manager)],
      })
    ).post.id;
    shiftId = (
      await ok(manager, 'createShift', {
        postId: geoPost,
        weekday: 4,
        starts: '14:00',
        ends: '17:00',
        capacity: 6,
        service: '义诊',
      })
    ).shift.id;
    printed = (
      await post<QrCode>(
        host.baseUrl,
        'qrcode',
        { action: 'create', data: { type: 'checkin', id: geoPost } },
        await tokenOf(manager),
      )
    ).body.ok
      ? (
          (
            await post<QrCode>(
              host.baseUrl,
              'qrcode',
              { action: 'create', data: { type: 'checkin', id: geoPost } },
              await tokenOf(manager),
            )
          ).body as { data: QrCode }
        ).data.scene
      : '';
    for (const v of ['volunteer2', 'volunteer3', 'volunteer5', 'volunteer6', 'volunteer7'])
      await ok(v, 'joinShift', { shiftId, occursOn: OCCURS_ON });
  });
  afterAll(async () => {
    await host?.stop();
  }, 120_000);

  it('seeds a lived-in demo: teams, ten posts with coordinates, shifts and months of balanced records', async () => {
    const list = await ok(null, 'posts', {});
    expect(list.posts.length).toBeGreaterThanOrEqual(11);
    expect(list.posts[0]).toEqual(
      expect.objectContaining({
        id: expect.any(Number),
        name: expect.any(String),
        lat: expect.any(Number),
        lng: expect.any(Number),
        radius: 200,
      }),
    );
    expect(
      Number(
        (
          await db()
            .selectFrom('vol_teams')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
    ).toBeGreaterThanOrEqual(3);
    expect(
      Number(
        (
          await db()
            .selectFrom('vol_records')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
    ).toBeGreaterThan(100);
    const unbalanced = await db()
      .selectFrom('ledger_movements')
      .select(['transfer_id', (eb) => eb.fn.sum<number>('minutes').as('s')])
      .groupBy('transfer_id')
      .having((eb) => eb.fn.sum('minutes'), '<>', 0)
      .execute();
    expect(unbalanced).toEqual([]);
    const hours = await ok('volunteer1', 'myHours', {});
    expect(hours.total).toBeGreaterThan(0);
    const near = await ok(null, 'posts', { near: { lat: 24.4812, lng: 118.1189 } });
    expect(near.posts[0].name).toBe('莲花银发先锋工作室');
    expect(near.posts[0].distance).toBe(0);
  });

  it('refuses a post with coordinates off the Earth, from a non-admin, or without a name, writing nothing', async () => {
    const before = await snapshot();
    const root = await db()
      .selectFrom('org_units')
      .select('id')
      .where('parent_id', 'is', null)
      .executeTakeFirstOrThrow();
    const good = {
      name: '驿站',
      kind: '志愿服务驿站',
      address: '某路 1 号',
      lat: 24.4,
      lng: 118.1,
      radius: 200,
      orgUnitId: root.id,
      checkInMode: 'geo',
      walkIns: false,
    };
    refusedWith(await call('admin', 'createPost', { ...good, lat: 91 }), 400, 'VALIDATION', /位置/);
    refusedWith(await call('admin', 'createPost', { ...good, lng: 'east' }), 400, 'VALIDATION');
    refusedWith(await call('admin', 'createPost', { ...good, name: '   ' }), 400, 'VALIDATION', /驿站名称/);
    refusedWith(await call('admin', 'createPost', { ...good, checkInMode: 'honour' }), 400, 'VALIDATION', /签到方式/);
    refusedWith(await call('volunteer1', 'createPost', good), 403, 'FORBIDDEN');
    refusedWith(await call('secretary1', 'createPost', good), 403, 'FORBIDDEN');
    await expectUnchanged(before);
  });

  it('resolves the post’s plain code to its page and the check-in code without using it', async () => {
    const resolve = (scene: string) =>
      post<ResolvedScene>(host.baseUrl, 'qrcode', { action: 'resolve', data: { scene } });
    expect((await resolve(`p.${geoPost.toString(36)}`)).body).toMatchObject({
      ok: true,
      data: { type: 'post', available: true, id: geoPost, name: '测试银发先锋工作室' },
    });
    expect((await resolve(printed)).body).toMatchObject({
      ok: true,
      data: { type: 'checkin', available: true, id: geoPost, consumedBy: 'volunteer.checkIn' },
    });
    // Only the post's managers print its codes.
    refusedWith(
      await post(
        host.baseUrl,
        'qrcode',
        { action: 'create', data: { type: 'checkin', id: geoPost } },
        await tokenOf('postmanager2'),
      ),
      403,
      'FORBIDDEN',
    );
  });

  it('checks in at the post with the printed code; from 5 km away it is TOO_FAR with the distance, and nothing is written', async () => {
    clock = thursdayAt('14:02');
    const before = await snapshot();
    const far = await call('volunteer2', 'checkIn', { scene: printed, ...FIVE_KM_AWAY });
    refusedWith(far, 403, 'TOO_FAR', /大约 [\d,]+ 米.*200 米以内/);
    expect(
      !far.body.ok && Number(far.body.error.message.match(/大约 ([\d,]+) 米/)![1].replace(/,/g, '')),
    ).toBeGreaterThan(4900);
    refusedWith(await call('volunteer2', 'checkIn', { scene: printed }), 400, 'LOCATION_REQUIRED', /位置/);
    refusedWith(await call('volunteer2', 'checkIn', { scene: printed, lat: 200, lng: 118 }), 400, 'VALIDATION', /位置/);
    await expectUnchanged(before);

    const done = await ok('volunteer2', 'checkIn', { scene: printed, ...AT_POST });
    expect(done.message).toBe('签到成功，下午2点02分。服务结束时请再扫一次签退。');
    expect(done.record).toMatchObject({
      id: expect.any(Number),
      checkInAt: new Date(thursdayAt('14:02')).toISOString(),
      walkIn: false,
    });
  });

  it('refuses a tampered, forged, foreign or expired code, with nothing written', async () => {
    const before = await snapshot();
    const parts = printed.split('.');
    const otherPost = signedScene('checkin', geoPost + 1, new Date(clock + HOUR), 'not-the-server-key');
    const altered = [parts[0], (geoPost + 1).toString(36), parts[2], parts[3]].join('.');
    const longer = [parts[0], parts[1], (parseInt(parts[2], 36) + 1).toString(36), parts[3]].join('.');
    for (const scene of [
      altered,
      longer,
      otherPost,
      `${printed.slice(0, -1)}${printed.endsWith('A') ? 'B' : 'A'}`,
      `p.${geoPost.toString(36)}`,
      'k.1',
    ]) {
      refusedWith(await call('volunteer3', 'checkIn', { scene, ...AT_POST }), 400, 'QR_INVALID', /二维码/);
    }
    const stale = signedScene('checkin', geoPost, new Date(clock - 1000), host.deps.sceneKey);
    refusedWith(await call('volunteer3', 'checkIn', { scene: stale, ...AT_POST }), 410, 'QR_EXPIRED', /过期/);
    await expectUnchanged(before);
  });

  it('refuses a second check-in while one is open, and a check-out without a check-in', async () => {
    const before = await snapshot();
    refusedWith(
      await call('volunteer2', 'checkIn', { scene: printed, ...AT_POST }),
      409,
      'ALREADY_CHECKED_IN',
      /还没有签退/,
    );
    refusedWith(
      await call('volunteer3', 'checkOut', { scene: printed, ...AT_POST }),
      409,
      'NOT_CHECKED_IN',
      /还没有签到/,
    );
    // Not signed up for a shift here now (and the post takes no walk-ins).
    refusedWith(await call('volunteer4', 'checkIn', { scene: printed, ...AT_POST }), 409, 'OUTSIDE_SHIFT', /报名/);
    await expectUnchanged(before);
  });

  it('gives one record when two phones of one person check in at once', async () => {
    const replies = await Promise.all([
      call('volunteer6', 'checkIn', { scene: printed, ...AT_POST }),
      call('volunteer6', 'checkIn', { scene: printed, ...AT_POST }),
    ]);
    expect(replies.map((r) => (r.body.ok ? 'ok' : r.body.error.code)).sort()).toEqual(['ALREADY_CHECKED_IN', 'ok']);
    const open = await db()
      .selectFrom('vol_records')
      .select('id')
      .where('person_id', '=', await personId('volunteer6'))
      .where('status', '=', 'open')
      .execute();
    expect(open).toHaveLength(1);
  });

  it('counts the time served inside the shift on check-out: 14:02 to 17:05 is 3 hours', async () => {
    const before = await ok('volunteer2', 'myHours', {});
    clock = thursdayAt('17:05');
    refusedWith(await call('volunteer2', 'checkOut', { scene: printed, ...FIVE_KM_AWAY }), 403, 'TOO_FAR');
    const out = await ok('volunteer2', 'checkOut', { scene: printed, ...AT_POST });
    expect(out.record).toMatchObject({ hours: 3, counted: true });
    expect(out.message).toMatch(/^签退成功，下午5点05分。这次服务记3小时，/);
    const after = await ok('volunteer2', 'myHours', {});
    expect(after.total - before.total).toBeCloseTo(3, 5);
    const records = await ok('volunteer2', 'myRecords', {});
    expect(records.records[0]).toMatchObject({ id: out.record.id, hours: 3, status: 'pending', statusName: '待确认' });
  });

  it('does not count a stay below the post’s minimum share', async () => {
    clock = thursdayAt('14:00');
    await ok('volunteer3', 'checkIn', { scene: printed, ...AT_POST });
    const before = await ok('volunteer3', 'myHours', {});
    clock = thursdayAt('15:30'); // 90 of 180 minutes: 50 % < 60 %
    const out = await ok('volunteer3', 'checkOut', { scene: printed, ...AT_POST });
    expect(out.record).toMatchObject({ hours: 0, counted: false });
    expect(out.message).toMatch(/您服务了1小时30分，不满1小时48分，这次不计时长。/);
    expect(await ok('volunteer3', 'myHours', {})).toEqual(before);
    expect((await ok('volunteer3', 'myRecords', {})).records[0]).toMatchObject({
      status: 'not_counted',
      hours: 0,
      measuredHours: 1.5,
    });
  });

  it('takes an offline check-in and check-out once, even when the queue is sent twice; refuses one older than 24 h', async () => {
    const items = [
      {
        clientId: 'phone-v5-in-0001',
        kind: 'in',
        scene: printed,
        ...AT_POST,
        scannedAt: new Date(thursdayAt('14:05')).toISOString(),
      },
      {
        clientId: 'phone-v5-out-0001',
        kind: 'out',
        scene: printed,
        ...AT_POST,
        scannedAt: new Date(thursdayAt('17:00')).toISOString(),
      },
    ];
    clock = thursdayAt('18:30');
    const before = await ok('volunteer5', 'myHours', {});
    const first = await ok('volunteer5', 'syncOffline', { items });
    expect(first.results.map((r) => [r.ok, r.replay])).toEqual([
      [true, false],
      [true, false],
    ]);
    const snap = await snapshot();
    const again = await ok('volunteer5', 'syncOffline', { items: [...items].reverse() });
    expect(again.results.map((r) => [r.ok, r.replay])).toEqual([
      [true, true],
      [true, true],
    ]);
    await expectUnchanged(snap);
    const after = await ok('volunteer5', 'myHours', {});
    expect(after.total - before.total).toBeCloseTo(3, 5);
    const rec = (await ok('volunteer5', 'myRecords', {})).records[0];
    expect(rec.flags).toContain('offline');

    // Another person's clientId is theirs alone: the same id from volunteer7 is a new scan, judged on its own.
    clock = thursdayAt('14:10') + 25 * HOUR;
    const late = await ok('volunteer7', 'syncOffline', {
      items: [{ ...items[0], scannedAt: new Date(thursdayAt('14:05')).toISOString() }],
    });
    expect(late.results[0]).toMatchObject({ ok: false, code: 'OFFLINE_TOO_LATE' });
    refusedWith(await call('volunteer7', 'syncOffline', { items: [] }), 400, 'VALIDATION');
    refusedWith(
      await call('volunteer7', 'syncOffline', { items: [{ ...items[0], clientId: 'x' }] }),
      400,
      'VALIDATION',
    );
  });

  it('keeps the original row when a manager corrects; refuses no reason, negative hours, another post’s manager and one’s own record', async () => {
    clock = thursdayAt('19:00');
    const record = (await ok('volunteer2', 'myRecords', {})).records[0];
    const original = await db()
      .selectFrom('vol_records')
      .selectAll()
      .where('id', '=', record.id)
      .executeTakeFirstOrThrow();
    const cert = await ok('volunteer2', 'certificate', { from: OCCURS_ON, to: OCCURS_ON });
    const sig = new URL(cert.verifyUrl).searchParams.get('sig');
    expect((await ok(null, 'verifyCertificate', { number: cert.number, sig })).status).toBe('valid');

    const before = await snapshot();
    refusedWith(
      await call(manager, 'correctRecord', { recordId: record.id, hours: 2.5 }),
      400,
      'VALIDATION',
      /更正原因/,
    );
    refusedWith(
      await call(manager, 'correctRecord', { recordId: record.id, hours: 2.5, reason: '  ' }),
      400,
      'VALIDATION',
      /更正原因/,
    );
    refusedWith(
      await call(manager, 'correctRecord', { recordId: record.id, hours: -1, reason: '多记了' }),
      400,
      'VALIDATION',
      /负数/,
    );
    refusedWith(
      await call('postmanager2', 'correctRecord', { recordId: record.id, hours: 2.5, reason: '多记了' }),
      403,
      'FORBIDDEN',
      /别的驿站/,
    );
    refusedWith(await call('postmanager2', 'confirmRecord', { recordId: record.id }), 403, 'FORBIDDEN', /别的驿站/);
    refusedWith(await call('volunteer2', 'confirmRecord', { recordId: record.id }), 403, 'FORBIDDEN');
    refusedWith(
      await call('volunteer3', 'requestCorrection', { recordId: record.id, reason: '我忘了签退' }),
      404,
      'NOT_FOUND',
    );
    await expectUnchanged(before);

    // A manager who also volunteers cannot certify their own service.
    const mgrId = await personId(manager);
    const unit = await db()
      .selectFrom('people')
      .select('org_unit_id')
      .where('id', '=', mgrId)
      .executeTakeFirstOrThrow();
    await db()
      .insertInto('role_grants')
      .values({
        person_id: mgrId,
        role: 'volunteer',
        org_unit_id: unit.org_unit_id,
        created_at: new Date(clock).toISOString(),
      })
      .execute();
    const own = await db()
      .insertInto('vol_records')
      .values({
        person_id: mgrId,
        post_id: geoPost,
        shift_id: shiftId,
        shift_start: null,
        shift_end: null,
        check_in_at: new Date(thursdayAt('09:00')).toISOString(),
        check_out_at: new Date(thursdayAt('10:00')).toISOString(),
        open_person_id: null,
        in_lat: null,
        in_lng: null,
        in_accuracy: null,
        out_lat: null,
        out_lng: null,
        out_accuracy: null,
        in_code: 'test',
        flags_json: '[]',
        status: 'pending',
        served_minutes: 60,
        counted: 1,
        service: '义诊',
        confirmed_by: null,
        confirmed_at: null,
        created_at: new Date(clock).toISOString(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const withOwn = await snapshot();
    refusedWith(await call(manager, 'confirmRecord', { recordId: own.id }), 403, 'FORBIDDEN', /自己/);
    refusedWith(
      await call(manager, 'correctRecord', { recordId: own.id, hours: 5, reason: '补记' }),
      403,
      'FORBIDDEN',
      /自己/,
    );
    await expectUnchanged(withOwn);

    const asked = await ok('volunteer2', 'requestCorrection', {
      recordId: record.id,
      reason: '我提前半小时离开了',
      hours: 2.5,
    });
    const queue = await ok(manager, 'correctionQueue', {});
    expect(queue.items.find((i) => i.kind === 'request' && i.requestId === asked.requestId)).toMatchObject({
      reason: '我提前半小时离开了',
      record: { id: record.id },
    });

    const corrected = await ok(manager, 'correctRecord', {
      recordId: record.id,
      hours: 2.5,
      reason: '志愿者说明提前半小时离开',
    });
    expect(corrected.record).toMatchObject({
      hours: 2.5,
      measuredHours: 2.97,
      status: 'corrected',
      corrections: [{ hours: 2.5, previousHours: 3, reason: '志愿者说明提前半小时离开' }],
    });
    const row = await db().selectFrom('vol_records').selectAll().where('id', '=', record.id).executeTakeFirstOrThrow();
    expect({ ...row, status: original.status, confirmed_by: null, confirmed_at: null }).toEqual(original);
    const movements = await db()
      .selectFrom('ledger_movements')
      .select(['transfer_id', 'account_kind', 'minutes'])
      .where('record_id', '=', record.id)
      .orderBy('id')
      .execute();
    expect(movements.map((m) => [m.account_kind, m.minutes])).toEqual([
      ['post', -180],
      ['member', 180],
      ['post', 30],
      ['member', -30],
    ]);
    expect(
      await db()
        .selectFrom('vol_correction_requests')
        .select('status')
        .where('id', '=', asked.requestId)
        .executeTakeFirstOrThrow(),
    ).toEqual({ status: 'accepted' });
    const told = await db()
      .selectFrom('messages')
      .select(['kind', 'text'])
      .where('person_id', '=', await personId('volunteer2'))
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(told).toEqual({ kind: 'volunteer_correction_answered', text: expect.stringMatching(/2小时30分。$/) });
    const audited = await db()
      .selectFrom('audit_log')
      .select(['action', 'entity'])
      .where('action', '=', 'correctRecord')
      .execute();
    expect(audited).toEqual([{ action: 'correctRecord', entity: 'vol_correction' }]);

    // The certificate issued before now verifies as changed, with the hours the records show now.
    const verdict = await ok(null, 'verifyCertificate', { number: cert.number, sig });
    // The name's middle masked (夏*华; a two-character name keeps only the family name), never the whole name.
    const holder = Array.from(
      (await db().selectFrom('people').select('name').where('handle', '=', 'volunteer2').executeTakeFirstOrThrow())
        .name,
    );
    const masked =
      holder.length === 2 ? `${holder[0]}*` : `${holder[0]}${'*'.repeat(holder.length - 2)}${holder.at(-1)}`;
    expect(verdict).toMatchObject({ status: 'changed', hours: 3, hoursNow: 2.5, issuedOn: OCCURS_ON, name: masked });
    refusedWith(
      await call(null, 'verifyCertificate', {
        number: cert.number,
        sig: `${sig!.slice(0, -1)}${sig!.endsWith('A') ? 'B' : 'A'}`,
      }),
      400,
      'QR_INVALID',
    );
    refusedWith(await call(null, 'verifyCertificate', { number: 'ZY20270107-ZZZZZZ', sig }), 400, 'QR_INVALID');
  });

  it('prints a short code (QR version 3) that opens the verify verdict through the scan page; the old long link still verifies', async () => {
    const cert = await ok('volunteer2', 'certificate', { from: OCCURS_ON, to: OCCURS_ON });
    const code = new URL(cert.codeUrl);
    expect(`${code.origin}${code.pathname}`).toBe(`${host.baseUrl}/s`);
    const scene = code.searchParams.get('scene') ?? '';
    expect(scene).toMatch(/^z\.[0-9a-z]+\.[A-Za-z0-9_-]{11}$/);
    expect(scene.length).toBeLessThanOrEqual(21);
    // The image on the paper holds exactly that link, and it is a small code: version 3 (29 modules) where the full
    // verify link made version 6 (41).
    const view = await ok('volunteer2', 'certificateView', { number: cert.number });
    expect(view.codeUrl).toBe(cert.codeUrl);
    const png = PNG.sync.read(Buffer.from(await (await fetch(new URL(view.qrImage, host.baseUrl))).arrayBuffer()));
    const read = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(read?.data).toBe(cert.codeUrl);
    expect(read?.version).toBeLessThanOrEqual(3);

    // Scanned: the scan page learns which certificate and the verify signature, and the verdict is the verify page's.
    const resolve = (s: string) =>
      post<ResolvedScene>(host.baseUrl, 'qrcode', { action: 'resolve', data: { scene: s } });
    const resolved = await resolve(scene);
    if (!resolved.body.ok) throw new Error(JSON.stringify(resolved.body));
    expect(resolved.body.data).toMatchObject({ type: 'certificate', available: true, number: cert.number });
    const { number, sig } = resolved.body.data as Extract<ResolvedScene, { type: 'certificate' }>;
    expect((await ok(null, 'verifyCertificate', { number, sig })).status).toBe('valid');
    // A certificate printed with the full verify link keeps verifying.
    const longSig = new URL(cert.verifyUrl).searchParams.get('sig');
    expect(longSig).toBe(sig);
    expect((await ok(null, 'verifyCertificate', { number: cert.number, sig: longSig })).status).toBe('valid');

    // Another certificate's id under this signature, a flipped signature, or a well-signed id that names nothing.
    const before = await snapshot();
    const [letter, id, mac] = scene.split('.');
    for (const forged of [
      [letter, (parseInt(id, 36) + 1).toString(36), mac].join('.'),
      [letter, id, `${mac.slice(0, -1)}${mac.endsWith('A') ? 'B' : 'A'}`].join('.'),
    ])
      refusedWith(await resolve(forged), 400, 'QR_INVALID');
    refusedWith(await resolve(sealedScene('certificate', 999_999, host.deps.sceneKey)), 404, 'NOT_FOUND', /证明/);
    expect(await snapshot()).toEqual(before);
  });

  it('confirms a record and tells the volunteer', async () => {
    const record = (await ok('volunteer6', 'myRecords', {})).records[0];
    // volunteer6's open record (from the race) closes at the shift end by the automatic check-out.
    expect(record.status).toBe('open');
    const job = await db()
      .selectFrom('jobs')
      .select(['kind', 'run_at'])
      .where('dedupe_key', '=', `volunteer.auto-check-out:${record.id}`)
      .executeTakeFirstOrThrow();
    expect(job.run_at).toBe(new Date(thursdayAt('17:00')).toISOString());
    await createJobRunner({ deps: host.deps, handlers: VOLUNTEER_JOBS, name: 'test' }).runDue();
    const closed = (await ok('volunteer6', 'myRecords', {})).records[0];
    expect(closed).toMatchObject({
      status: 'pending',
      hours: 3,
      flags: ['auto_check_out'],
      checkOutAt: new Date(thursdayAt('17:00')).toISOString(),
    });
    const confirmed = await ok(manager, 'confirmRecord', { recordId: record.id });
    expect(confirmed.record).toMatchObject({ status: 'confirmed', hours: 3 });
    refusedWith(await call(manager, 'confirmRecord', { recordId: record.id }), 409, 'CONFLICT');
    const told = await db()
      .selectFrom('messages')
      .select(['kind', 'text'])
      .where('person_id', '=', await personId('volunteer6'))
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(told).toEqual({ kind: 'volunteer_record_confirmed', text: expect.stringContaining('已确认') });
  });

  it('shows a volunteer only their own records', async () => {
    const mine = await ok('volunteer3', 'myRecords', {});
    const v3 = await personId('volunteer3');
    const ids = (await db().selectFrom('vol_records').select('id').where('person_id', '=', v3).execute())
      .map((r) => r.id)
      .sort();
    expect(mine.records.map((r) => r.id).sort()).toEqual(ids);
    refusedWith(await call('volunteer3', 'myRecords', { personId: await personId('volunteer2') }), 400, 'VALIDATION');
    refusedWith(await call(null, 'myRecords', {}), 401, 'UNAUTHENTICATED');
  });

  it('checks in with the rotating code on the manager’s phone, scanned or typed, and refuses it once rotated out', async () => {
    clock = thursdayAt('09:00') + 7 * 24 * HOUR;
    const root = await db()
      .selectFrom('org_units')
      .select('id')
      .where('parent_id', 'is', null)
      .executeTakeFirstOrThrow();
    const rotating = (
      await ok('admin', 'createPost', {
        name: '地下室驿站',
        kind: '志愿服务驿站',
        address: '某路 2 号',
        lat: 24.5,
        lng: 118.1,
        orgUnitId: root.id,
        checkInMode: 'rotating',
        walkIns: true,
        managerIds: [await personId(manager)],
      })
    ).post.id;
    refusedWith(
      await post(
        host.baseUrl,
        'qrcode',
        { action: 'create', data: { type: 'checkin', id: rotating } },
        await tokenOf(manager),
      ),
      409,
      'CONFLICT',
    );
    refusedWith(await call('postmanager2', 'rotatingCode', { postId: rotating }), 403, 'FORBIDDEN');
    const shown = await ok(manager, 'rotatingCode', { postId: rotating });
    expect(shown.code).toMatch(/^\d{6}$/);
    // A printed (long-lived) check-in code is no good at a rotating post, even genuinely signed.
    const longLived = signedScene('checkin', rotating, new Date(clock + 365 * 24 * HOUR), host.deps.sceneKey);
    refusedWith(await call('volunteer8', 'checkIn', { scene: longLived }), 400, 'QR_INVALID', /动态/);
    // Walk-in, no location needed in the basement.
    const inRec = await ok('volunteer8', 'checkIn', { scene: shown.scene });
    expect(inRec.record.walkIn).toBe(true);
    clock += 5 * 60_000; // the scene has rotated out
    refusedWith(await call('volunteer8', 'checkOut', { scene: shown.scene }), 410, 'QR_EXPIRED');
    refusedWith(await call('volunteer8', 'checkOut', { postId: rotating, code: shown.code }), 410, 'QR_EXPIRED');
    refusedWith(
      await call('volunteer8', 'checkOut', { postId: rotating, code: '000000' === shown.code ? '111111' : '000000' }),
      400,
      'QR_INVALID',
    );
    clock += 55 * 60_000;
    const typed = await ok(manager, 'rotatingCode', { postId: rotating });
    const out = await ok('volunteer8', 'checkOut', { postId: rotating, code: typed.code });
    expect(out.record).toMatchObject({ hours: 1, counted: true });
  });

  it('reports hours, records and active volunteers per post, team and month, and exports them', async () => {
    const root = await db()
      .selectFrom('org_units')
      .select('id')
      .where('parent_id', 'is', null)
      .executeTakeFirstOrThrow();
    const r = await ok('admin', 'report', { orgUnitId: root.id, from: '2026-01', to: '2027-12' });
    expect(r.totals.hours).toBeGreaterThan(0);
    const ours = r.byPost.find((x) => x.name === '测试银发先锋工作室' && x.month === '2027-01');
    // volunteer2 (corrected to 2.5), volunteer5 (offline, 3) and volunteer6 (closed at the shift end, 3); volunteer3's
    // short stay did not count, so they are not an active volunteer of the month.
    expect(ours).toMatchObject({ hours: 2.5 + 3 + 3, volunteers: 3, records: 3 });
    const mine = await ok(manager, 'report', { from: '2027-01', to: '2027-01' });
    expect(mine.byPost.map((x) => x.name)).toContain('测试银发先锋工作室');
    const theirs = await ok('postmanager2', 'report', { from: '2027-01', to: '2027-01' });
    expect(theirs.byPost.map((x) => x.name)).not.toContain('测试银发先锋工作室');
    refusedWith(
      await call('postmanager2', 'report', { orgUnitId: root.id, from: '2027-01', to: '2027-01' }),
      403,
      'FORBIDDEN',
    );
    refusedWith(await call('volunteer1', 'report', { from: '2027-01', to: '2027-01' }), 403, 'FORBIDDEN');
    refusedWith(await call('admin', 'report', { from: '2027-13', to: '2027-01' }), 400, 'VALIDATION');
    const link = await ok('admin', 'exportReport', { orgUnitId: root.id, from: '2027-01', to: '2027-01' });
    expect(link.path).toMatch(/^\/files\/exports\/.+\.xlsx\?until=\d+&sig=/);
    const file = await fetch(`${host.baseUrl}${link.path}`, {
      headers: { authorization: `Bearer ${await tokenOf('admin')}` },
    });
    expect(file.status).toBe(200);
    const bytes = await file.arrayBuffer();
    expect(bytes.byteLength).toBeGreaterThan(1000);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes);
    // Made for paper: the scope and the months above the header, one A4 page wide, the header on every page.
    expectMadeForPaper(book.worksheets[0], /^.+ 2027年1月至2027年1月 志愿服务统计（/, [
      '月份',
      '类别',
      '名称',
      '服务时长（小时）',
      '服务人次',
      '参与志愿者（人）',
    ]);
  });
});
