// 服务时间证明 over real HTTP on SQLite and PostgreSQL, against the demo (volunteer1 helps member861's street; its
// confirmed visits are seeded over the past months). Hostile first: bad input, a stranger, an official of another
// street, no sign-in, a period with nothing — each a Chinese sentence with every table as it was. Then: the hours of
// the certificate equal the confirmed credited visits counted by hand (a gift received is not counted), an official
// over the helper issues for her, the public verify page shows the kind, the masked name and the period and never a
// phone or address, a visit not yet confirmed is not counted, and once it is confirmed the certificate verifies as
// changed; a forged signature or code is refused.
import type { Kysely } from 'kysely';
import type { Schema } from '../../backend/data/schema';
import { giftTransfer } from '../../backend/domains/timebank/rules/payment';
import { writeTimebankTransfer } from '../../backend/domains/timebank/queries/ledger';
import { chinaDay, chinaInstant } from '../../backend/common/china-time';
import { sealedScene } from '../../backend/rules/scenes';
import type { ResolvedScene } from '../../contracts/qrcode';
import type { TimebankApi } from '../../contracts/timebank';
import { post } from '../support/api';
import { CHINESE_SENTENCE, functionCalls, refusalCheck } from '../support/function-calls';
import { availableEngines } from '../support/engines';
import { startHost, type TestHost } from '../support/start-host';
import { tokensByHandle } from '../support/tokens';

type Out<A extends keyof TimebankApi> = TimebankApi[A]['output'];
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
jest.setTimeout(180_000);

describe.each(availableEngines())('服务时间证明 on %s', (engine) => {
  let host: TestHost;
  let clock = Date.now();
  const db = (): Kysely<Schema> => host.deps.database.db;
  const tokenOf = tokensByHandle(() => host);
  const { call, ok } = functionCalls<TimebankApi>('timebank', () => host, tokenOf);
  const refuses = refusalCheck(db);
  const idOf = async (handle: string) =>
    (await db().selectFrom('people').select('id').where('handle', '=', handle).executeTakeFirstOrThrow()).id;
  /** By hand: the minutes of the helper's confirmed visits served in the period, as the visits table has them. */
  const confirmedVisitMinutes = async (helperId: number, from: string, to: string) =>
    (
      await db()
        .selectFrom('tb_visits')
        .select(['credited_minutes', 'served_on'])
        .where('helper_id', '=', helperId)
        .where('status', '=', 'confirmed')
        .execute()
    )
      .filter((v) => v.served_on !== null && v.served_on >= from && v.served_on <= to)
      .reduce((s, v) => s + Number(v.credited_minutes), 0);
  const sigOf = (issued: { verifyUrl: string }) => new URL(issued.verifyUrl).searchParams.get('sig') ?? '';

  let helper: number;
  let period: { from: string; to: string };

  beforeAll(async () => {
    host = await startHost({ engine, jobIntervalMs: 0 });
    clock = Date.now();
    host.deps.now = () => new Date(clock);
    helper = await idOf('volunteer1');
    const year = Number(chinaDay(new Date(clock)).slice(0, 4));
    // Last year and this one up to a week ahead: every seeded visit and the one this test adds.
    period = { from: `${year - 1}-01-01`, to: chinaDay(new Date(clock + 7 * DAY)) };
  }, 120_000);

  afterAll(async () => {
    await host?.stop();
  }, 120_000);

  it('refuses bad input, strangers, officials of another street, no sign-in and an empty period; nothing written', async () => {
    await refuses(
      () => call('volunteer1', 'certificate', { from: period.to, to: period.from }),
      400,
      'VALIDATION',
      /早于/,
    );
    await refuses(() => call('volunteer1', 'certificate', { from: '2026-13-01', to: period.to }), 400, 'VALIDATION');
    await refuses(() => call('volunteer1', 'certificate', { from: period.from }), 400, 'VALIDATION');
    await refuses(() => call('volunteer1', 'certificate', { ...period, hours: 999 }), 400, 'VALIDATION');
    await refuses(() => call('volunteer1', 'certificate', { ...period, personId: 'me' }), 400, 'VALIDATION');
    // A member who is nobody to her, and the secretary of another street, may not issue her hours.
    await refuses(() => call('member1', 'certificate', { ...period, personId: helper }), 403, 'FORBIDDEN');
    await refuses(() => call('secretary12', 'certificate', { ...period, personId: helper }), 403, 'FORBIDDEN');
    await refuses(() => call('secretary1', 'certificate', { ...period, personId: 99_999_999 }), 404, 'NOT_FOUND');
    await refuses(() => call(null, 'certificate', period), 401, 'UNAUTHENTICATED');
    // A period she helped nobody in.
    await refuses(
      () => call('volunteer1', 'certificate', { from: '2001-01-01', to: '2001-12-31' }),
      400,
      'VALIDATION',
      /没有计入的服务时长/,
    );
    // The verify page's input: a number of the other kind, a cut signature, a number that was never issued.
    const fakeSig = 'AAAAAAAAAAAAAAAA';
    await refuses(
      () => call(null, 'verifyCertificate', { number: 'ZY20261203-7KQ2MX', sig: fakeSig }),
      400,
      'VALIDATION',
    );
    await refuses(
      () => call(null, 'verifyCertificate', { number: 'SJ20261203-7KQ2MX', sig: 'abc' }),
      400,
      'VALIDATION',
    );
    await refuses(
      () => call(null, 'verifyCertificate', { number: 'SJ20261203-7KQ2MX', sig: fakeSig }),
      400,
      'QR_INVALID',
      /伪造/,
    );
    expect(await db().selectFrom('tb_certificates').select('id').execute()).toEqual([]);
  });

  let issued: Out<'certificate'>;
  let firstMinutes: number;

  it('issues her own: the hours are her confirmed credited visits counted by hand, a gift she received is not', async () => {
    // A gift to her from another helper moves hours to her account, but she did not earn them by helping.
    const giver = await idOf('volunteer2');
    await db()
      .transaction()
      .execute((trx) =>
        writeTimebankTransfer(trx, giftTransfer(giver, helper, 45), {
          reason: 'gift',
          createdBy: giver,
          servedOn: chinaDay(new Date(clock)),
          at: new Date(clock).toISOString(),
        }),
      );
    firstMinutes = await confirmedVisitMinutes(helper, period.from, period.to);
    expect(firstMinutes).toBeGreaterThan(0);

    issued = await ok('volunteer1', 'certificate', period);
    expect(issued.number).toMatch(/^SJ\d{8}-[2-9A-HJ-NP-Z]{6}$/);
    expect(issued.url).toBe(`/subpackages/timebank/certificate/index?no=${issued.number}`);
    expect(new URL(issued.codeUrl).searchParams.get('scene')).toMatch(/^h\.[0-9a-z]+\.[A-Za-z0-9_-]{11}$/);
    const row = await db()
      .selectFrom('tb_certificates')
      .selectAll()
      .where('number', '=', issued.number)
      .executeTakeFirstOrThrow();
    expect(Number(row.minutes)).toBe(firstMinutes);
    expect(row.person_id).toBe(helper);
    expect(row.issued_by).toBe(helper);
    const audited = await db()
      .selectFrom('audit_log')
      .select(['action', 'entity'])
      .where('entity_id', '=', issued.number)
      .execute();
    expect(audited).toEqual([{ action: 'certificate', entity: 'timebank_certificate' }]);

    const view = await ok('volunteer1', 'certificateView', { number: issued.number });
    expect(view).toMatchObject({ kind: 'timebank', number: issued.number, status: 'valid', ...period });
    expect(view.hours).toBe(Math.round((firstMinutes / 60) * 100) / 100);
    expect(view.visits).toBe(
      (
        await db()
          .selectFrom('tb_visits')
          .select(['served_on'])
          .where('helper_id', '=', helper)
          .where('status', '=', 'confirmed')
          .execute()
      ).filter((v) => v.served_on !== null && v.served_on >= period.from && v.served_on <= period.to).length,
    );
    expect(view.services.reduce((s, x) => s + x.hours * 60, 0)).toBeCloseTo(firstMinutes, 0);
    expect(view.sig).toBe(sigOf(issued));
    expect(view.codeUrl).toBe(issued.codeUrl);
    // Someone else's certificate does not exist for a stranger or another street's secretary.
    await refuses(() => call('member1', 'certificateView', { number: issued.number }), 404, 'NOT_FOUND');
    await refuses(() => call('secretary12', 'certificateView', { number: issued.number }), 404, 'NOT_FOUND');
  });

  it('lets an official whose subtree reaches her issue and see it', async () => {
    const byOfficial = await ok('secretary1', 'certificate', { ...period, personId: helper });
    const row = await db()
      .selectFrom('tb_certificates')
      .select(['person_id', 'issued_by', 'minutes'])
      .where('number', '=', byOfficial.number)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ person_id: helper, issued_by: await idOf('secretary1'), minutes: firstMinutes });
    expect((await ok('secretary1', 'certificateView', { number: issued.number })).status).toBe('valid');
    expect((await ok('admin', 'certificateView', { number: byOfficial.number })).hours).toBe(
      Math.round((firstMinutes / 60) * 100) / 100,
    );
  });

  it('verifies in public from the printed code: the kind, the masked name, the hours and period, no phone or address', async () => {
    const resolved = await post<ResolvedScene>(host.baseUrl, 'qrcode', {
      action: 'resolve',
      data: { scene: new URL(issued.codeUrl).searchParams.get('scene') },
    });
    if (!resolved.body.ok) throw new Error(JSON.stringify(resolved.body));
    expect(resolved.body.data).toMatchObject({ type: 'timebankCertificate', number: issued.number });
    const { number, sig } = resolved.body.data as Extract<ResolvedScene, { type: 'timebankCertificate' }>;
    expect(sig).toBe(sigOf(issued));
    const verdict = await ok(null, 'verifyCertificate', { number, sig });
    const person = await db().selectFrom('people').selectAll().where('id', '=', helper).executeTakeFirstOrThrow();
    const name = Array.from(person.name);
    expect(verdict).toMatchObject({
      kind: 'timebank',
      status: 'valid',
      number: issued.number,
      name: name.length === 2 ? `${name[0]}*` : `${name[0]}${'*'.repeat(name.length - 2)}${name.at(-1)}`,
      hours: Math.round((firstMinutes / 60) * 100) / 100,
      ...period,
    });
    expect(verdict.message).toMatch(CHINESE_SENTENCE);
    const said = JSON.stringify(verdict);
    expect(said).not.toContain(person.name);
    if (person.phone) expect(said).not.toContain(person.phone);
    expect(said).not.toMatch(/1[3-9]\d{9}|小区|单元|\d+栋/);
    // Forged: a flipped signature, another kind's code of the same id, an id never issued.
    const flipped = `${sig.slice(0, -1)}${sig.endsWith('A') ? 'B' : 'A'}`;
    await refuses(() => call(null, 'verifyCertificate', { number, sig: flipped }), 400, 'QR_INVALID');
    const [, id, mac] = (new URL(issued.codeUrl).searchParams.get('scene') ?? '').split('.');
    const resolve = (scene: string) => post(host.baseUrl, 'qrcode', { action: 'resolve', data: { scene } });
    await refuses(() => resolve(['z', id, mac].join('.')), 400, 'QR_INVALID');
    await refuses(() => resolve(sealedScene('timebankCertificate', 999_999, host.deps.sceneKey)), 404, 'NOT_FOUND');
  });

  it('does not count a visit awaiting confirmation; once confirmed, the certificate verifies as changed', async () => {
    const elder = await idOf('member861');
    const start = chinaInstant(chinaDay(new Date(clock + DAY)), '09:00');
    const posted = await ok('member871', 'request', {
      category: '居家养老',
      service: '代购',
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + 2 * HOUR).toISOString(),
      place: '莲花小区9栋1单元901',
      urgency: 'soon',
      forPersonId: elder,
    });
    await ok('volunteer1', 'accept', { requestId: posted.request.id });
    const card = await ok('member871', 'personalCode', { personId: elder });
    clock = start.getTime() - 5 * 60_000;
    await ok('volunteer1', 'checkIn', { scene: card.scene, lat: 24.48, lng: 118.09, accuracy: 20 });
    clock += 95 * 60_000;
    const out = await ok('volunteer1', 'checkOut', { scene: card.scene, lat: 24.48, lng: 118.09, accuracy: 20 });
    // Counted from the window's start: arrived five minutes early, left 90 minutes after it.
    expect(out.visit.minutes).toBe(90);

    // Awaiting confirmation: not on the certificate, which still verifies; a new one counts the same hours.
    const sig = sigOf(issued);
    expect((await ok(null, 'verifyCertificate', { number: issued.number, sig })).status).toBe('valid');
    const meanwhile = await ok('volunteer1', 'certificate', period);
    const meanwhileRow = await db()
      .selectFrom('tb_certificates')
      .select('minutes')
      .where('number', '=', meanwhile.number)
      .executeTakeFirstOrThrow();
    expect(Number(meanwhileRow.minutes)).toBe(firstMinutes);

    await ok('member871', 'confirm', { visitId: out.visit.id });
    expect(await confirmedVisitMinutes(helper, period.from, period.to)).toBe(firstMinutes + 90);
    const changed = await ok(null, 'verifyCertificate', { number: issued.number, sig });
    expect(changed).toMatchObject({
      status: 'changed',
      hours: Math.round((firstMinutes / 60) * 100) / 100,
      hoursNow: Math.round(((firstMinutes + 90) / 60) * 100) / 100,
    });
    expect(changed.message).toMatch(/重新开具/);
    expect((await ok('volunteer1', 'certificateView', { number: issued.number })).status).toBe('changed');
  });
});
