// 时间银行 over real HTTP on SQLite and PostgreSQL, against the demo (volunteer1 … volunteer10 helping in secretary1's
// street; member861 … member870, 80 and over, with relatives member871 … member879; member870 has nobody). Hostile
// first: every refusal answers a Chinese sentence and leaves every table as it was. Then the journey (a relative asks
// on an elder's behalf, a helper accepts, scans the card in and out, the relative counter-signs, the hours move),
// hours never credited after 72 hours, the pool, gifts, the cap, coverage computed by hand from the seed, a burst of
// 1,000 confirmations, and the ledger check.
import type { Kysely } from 'kysely';
import type { Schema } from '../../backend/data/schema';
import { expireVisits } from '../../backend/domains/timebank/jobs/handlers';
import { confirmDeadline } from '../../backend/domains/timebank/rules/visits';
import { chinaDay, chinaInstant, onChinaClock } from '../../backend/common/china-time';
import { sealedScene } from '../../backend/rules/scenes';
import type { TimebankApi } from '../../contracts/timebank';
import { post, type ApiReply } from '../support/api';
import { CHINESE_SENTENCE, functionCalls, refusalCheck } from '../support/function-calls';
import { availableEngines } from '../support/engines';
import { runJobOnce } from '../support/run-job';
import { startHost, type TestHost } from '../support/start-host';
import { tokensByHandle } from '../support/tokens';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// Each step is several real HTTP calls and whole-database snapshots; on a shared 2-core machine PostgreSQL needs room.
jest.setTimeout(180_000);

describe.each(availableEngines())('time bank on %s', (engine) => {
  let host: TestHost;
  let clock = Date.now();
  const db = (): Kysely<Schema> => host.deps.database.db;
  const tokenOf = tokensByHandle(() => host);
  const { call, ok } = functionCalls<TimebankApi>('timebank', () => host, tokenOf);
  /** Refused with this status and code and a Chinese sentence, and no table changed. */
  const refuses = refusalCheck(db);
  const idOf = async (handle: string) =>
    (await db().selectFrom('people').select('id').where('handle', '=', handle).executeTakeFirstOrThrow()).id;
  const balanceMinutes = async (kind: 'timebank' | 'pool' | 'bureau', id: number) =>
    Number(
      (
        await db()
          .selectFrom('ledger_movements')
          .select((eb) => eb.fn.sum<number | null>('minutes').as('m'))
          .where('account_kind', '=', kind)
          .where('account_id', '=', id)
          .executeTakeFirst()
      )?.m ?? 0,
    );
  const sumOfAllMovements = async () =>
    Number(
      (
        await db()
          .selectFrom('ledger_movements')
          .select((eb) => eb.fn.sum<number | null>('minutes').as('m'))
          .executeTakeFirst()
      )?.m ?? 0,
    );
  /** A window on the China day `days` ahead of the clock, from `hhmm` for `hours`. */
  const windowAhead = (days: number, hhmm: string, hours: number) => {
    const start = chinaInstant(chinaDay(new Date(clock + days * DAY)), hhmm);
    return { startsAt: start.toISOString(), endsAt: new Date(start.getTime() + hours * HOUR).toISOString() };
  };
  const ask = (handle: string, forPersonId: number | undefined, window: { startsAt: string; endsAt: string }) =>
    call(handle, 'request', {
      category: '健康助老',
      service: '陪诊',
      ...window,
      place: '莲花小区9栋1单元901',
      urgency: 'soon',
      ...(forPersonId ? { forPersonId } : {}),
    });

  let street: { id: number; path: string };
  let elder: number;
  let elderNoPhone: number;
  let helper: number;

  beforeAll(async () => {
    host = await startHost({ engine, jobIntervalMs: 0 });
    clock = Date.now();
    host.deps.now = () => new Date(clock);
    elder = await idOf('member861');
    elderNoPhone = await idOf('member870');
    helper = await idOf('volunteer1');
    const unit = await db()
      .selectFrom('people')
      .innerJoin('org_units', 'org_units.id', 'people.org_unit_id')
      .select('org_units.path')
      .where('people.handle', '=', 'secretary1')
      .executeTakeFirstOrThrow();
    street = await db()
      .selectFrom('org_units')
      .select(['id', 'path'])
      .where('level', '=', 'street')
      .where('id', 'in', unit.path.split('/').filter(Boolean).map(Number))
      .executeTakeFirstOrThrow();
  }, 120_000);

  afterAll(async () => {
    await host?.stop();
  }, 120_000);

  it('seeds the demo: helpers 60 to 70 offering in secretary1’s street, elders 80+ with relatives and cards', async () => {
    const year = onChinaClock(new Date(clock)).getUTCFullYear();
    const people = await db()
      .selectFrom('people')
      .select(['handle', 'birth_year'])
      .where('handle', 'in', ['volunteer1', 'volunteer10', 'member861', 'member870'])
      .execute();
    const age = (h: string) => year - (people.find((p) => p.handle === h)?.birth_year as number);
    expect(age('volunteer1')).toBeGreaterThanOrEqual(60);
    expect(age('volunteer10')).toBeLessThanOrEqual(70);
    expect(age('member861')).toBeGreaterThanOrEqual(80);
    expect(age('member870')).toBeGreaterThanOrEqual(80);
    const offers = await db().selectFrom('tb_offers').select(['street_id']).execute();
    expect(offers.length).toBe(10);
    expect(new Set(offers.map((o) => o.street_id))).toEqual(new Set([street.id]));
    const links = await db()
      .selectFrom('family_links')
      .select('id')
      .where('member_id', '=', elder)
      .where('relative_id', '=', await idOf('member871'))
      .execute();
    expect(links).toHaveLength(1);
    expect(await sumOfAllMovements()).toBe(0);
  });

  it('computes coverage for the street as counted by hand from the seed', async () => {
    const month = chinaDay(new Date(clock)).slice(0, 7);
    const prev = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 2, 1));
    const lastMonth = `${prev.getUTCFullYear()}-${String(prev.getUTCMonth() + 1).padStart(2, '0')}`;
    const answer = await ok('admin', 'coverage', { orgUnitId: street.id, month: lastMonth });
    // By hand: every timebank movement of a person living under the street up to the month's end, per person, kept
    // where the person is 70 by that year (the seed approves no early need) and the sum is positive; delivered are
    // the confirmed visits of that month to elders under the street.
    const [y, m] = lastMonth.split('-').map(Number);
    const end = chinaInstant(`${m === 12 ? y + 1 : y}-${String(m === 12 ? 1 : m + 1).padStart(2, '0')}-01`, '00:00');
    const rows = await db()
      .selectFrom('ledger_movements')
      .innerJoin('people', 'people.id', 'ledger_movements.account_id')
      .innerJoin('org_units', 'org_units.id', 'people.org_unit_id')
      .select([
        'people.id',
        'people.birth_year',
        'org_units.path',
        'ledger_movements.minutes',
        'ledger_movements.created_at',
      ])
      .where('ledger_movements.account_kind', '=', 'timebank')
      .execute();
    const perPerson = new Map<number, number>();
    for (const r of rows) {
      if (!r.path.startsWith(street.path) || Date.parse(r.created_at) >= end.getTime()) continue;
      if (r.birth_year === null || y - r.birth_year < 70) continue;
      perPerson.set(r.id, (perPerson.get(r.id) ?? 0) + Number(r.minutes));
    }
    const held = [...perPerson.values()].filter((v) => v > 0).reduce((s, v) => s + v, 0);
    const visits = await db()
      .selectFrom('tb_visits')
      .innerJoin('help_requests', 'help_requests.id', 'tb_visits.request_id')
      .innerJoin('org_units', 'org_units.id', 'help_requests.org_unit_id')
      .select(['tb_visits.credited_minutes', 'tb_visits.served_on', 'tb_visits.status', 'org_units.path'])
      .execute();
    const delivered = visits
      .filter((v) => v.status === 'confirmed' && v.path.startsWith(street.path) && v.served_on?.startsWith(lastMonth))
      .reduce((s, v) => s + Number(v.credited_minutes), 0);
    expect(delivered).toBeGreaterThan(0);
    expect(answer.held).toBe(Math.round((held / 60) * 100) / 100);
    expect(answer.delivered).toBe(Math.round((delivered / 60) * 100) / 100);
    expect(answer.ratio).toBe(Math.round((held / delivered) * 100) / 100);
    expect(answer.trend).toHaveLength(12);
    expect(answer.flag).toBe(answer.ratio! < 1 ? 'red' : answer.ratio! < 1.2 ? 'amber' : 'green');
    await refuses(() => call('member1', 'coverage', { orgUnitId: street.id, month: lastMonth }), 403, 'FORBIDDEN');
  });

  it('refuses a request outside the asker’s reach, or whose window has passed', async () => {
    // member1 is no relative of member861 and no secretary.
    await refuses(() => ask('member1', elder, windowAhead(1, '09:00', 2)), 403, 'FORBIDDEN', /家人/);
    await refuses(
      () =>
        ask('member871', elder, {
          startsAt: new Date(clock - 2 * HOUR).toISOString(),
          endsAt: new Date(clock - HOUR).toISOString(),
        }),
      400,
      'VALIDATION',
      /已经过去/,
    );
    // Another street's secretary cannot ask for member861.
    await refuses(() => ask('secretary12', elder, windowAhead(1, '09:00', 2)), 403, 'FORBIDDEN');
    await refuses(
      () =>
        call('member871', 'request', {
          category: '文化养老',
          service: '陪诊',
          ...windowAhead(1, '09:00', 2),
          place: '家里',
          forPersonId: elder,
        }),
      400,
      'VALIDATION',
    );
  });

  it('runs the whole visit: asked on behalf, matched, scanned in and out, counter-signed by the relative, credited', async () => {
    const relative = 'member871';
    const window = windowAhead(1, '09:00', 2);
    const posted = await ok(relative, 'request', {
      category: '健康助老',
      service: '陪诊',
      ...window,
      place: '莲花小区9栋1单元901',
      urgency: 'urgent',
      forPersonId: elder,
    });
    expect(posted.request.status).toBe('open');
    expect(posted.message).toMatch(CHINESE_SENTENCE);
    const requestId = posted.request.id;

    // The helper's list shows it first (urgent), with the community, never the address, before accepting.
    const list = await ok('volunteer1', 'requests', {});
    const shown = list.requests.find((r) => r.id === requestId)!;
    expect(shown).toBeDefined();
    expect(list.requests[0].urgency).toBe('urgent');
    expect(shown.placeIsAddress).toBe(false);
    expect(shown.place).not.toContain('901');
    // A member who is nobody to the request cannot open it.
    await refuses(() => call('member1', 'requestDetail', { requestId }), 404, 'NOT_FOUND');

    const accepted = await ok('volunteer1', 'accept', { requestId });
    expect(accepted.request.status).toBe('matched');
    await refuses(() => call('volunteer2', 'accept', { requestId }), 409, 'CONFLICT', /已经有人接了/);
    const helperView = await ok('volunteer1', 'requestDetail', { requestId });
    expect(helperView.place).toBe('莲花小区9栋1单元901');
    const relativeView = await ok(relative, 'requestDetail', { requestId });
    const helperName = relativeView.helper!.name;
    expect(relativeView.comingSentence).toContain(helperName);
    expect(relativeView.comingSentence).toMatch(/上午9点/);

    const card = await ok(relative, 'personalCode', { personId: elder });
    expect(card.scene).toMatch(/^t\./);
    // The same card for life: asking again answers the same scene.
    expect((await ok('secretary1', 'personalCode', { personId: elder })).scene).toBe(card.scene);
    // A card of another elder is refused at the door.
    const otherCard = await ok('member872', 'personalCode', { personId: await idOf('member862') });
    clock = Date.parse(window.startsAt) - 5 * 60_000;
    await refuses(
      () => call('volunteer1', 'checkIn', { scene: otherCard.scene }),
      403,
      'FORBIDDEN',
      /不是您这次要帮助的老人/,
    );

    const before = {
      helper: await balanceMinutes('timebank', helper),
      elder: await balanceMinutes('timebank', elder),
      pool: await balanceMinutes('pool', street.id),
      bureau: await balanceMinutes('bureau', 0),
    };
    const inside = await ok('volunteer1', 'checkIn', { scene: card.scene, lat: 24.48, lng: 118.09, accuracy: 20 });
    expect(inside.visit.status).toBe('in_progress');
    clock += 2 * HOUR + 5 * 60_000;
    const out = await ok('volunteer1', 'checkOut', { scene: card.scene, lat: 24.48, lng: 118.09, accuracy: 20 });
    expect(out.visit.minutes).toBe(120);
    const visitId = out.visit.id;

    // Not credited until confirmed.
    expect(await balanceMinutes('timebank', helper)).toBe(before.helper);
    await refuses(() => call('volunteer1', 'confirm', { visitId }), 403, 'FORBIDDEN', /不能自己确认/);
    await refuses(() => call('member1', 'confirm', { visitId }), 403, 'FORBIDDEN');

    const waiting = await ok(relative, 'toConfirm', {});
    const question = waiting.visits.find((v) => v.id === visitId)!;
    expect(question.question).toBe(`${helperName}来帮${relativeView.elder.name}陪诊，2小时，对吗？`);

    const confirmed = await ok(relative, 'confirm', { visitId }, 'confirm-once-1');
    expect(confirmed.visit).toEqual({ id: visitId, status: 'confirmed', hours: 2, confirmedForElder: false });
    // The elder (80+) had no hours: the street's pool paid what it held, the bureau the rest.
    const after = {
      helper: await balanceMinutes('timebank', helper),
      elder: await balanceMinutes('timebank', elder),
      pool: await balanceMinutes('pool', street.id),
      bureau: await balanceMinutes('bureau', 0),
    };
    expect(after.helper - before.helper).toBe(120);
    expect(after.elder).toBe(before.elder);
    expect(before.pool - after.pool + (before.bureau - after.bureau)).toBe(120);
    expect(before.pool - after.pool).toBe(Math.min(120, before.pool));
    expect(after.pool).toBeGreaterThanOrEqual(0);

    // Confirming twice answers the first answer and moves nothing more, whoever taps.
    const transfers = await db().selectFrom('ledger_transfers').select('id').execute();
    expect(await ok(relative, 'confirm', { visitId })).toEqual(confirmed);
    expect(await ok(relative, 'confirm', { visitId }, 'confirm-once-1')).toEqual(confirmed);
    expect(await db().selectFrom('ledger_transfers').select('id').execute()).toHaveLength(transfers.length);
    expect(await sumOfAllMovements()).toBe(0);

    const balance = await ok('volunteer1', 'balance', {});
    expect(balance.balance).toBe(Math.round((after.helper / 60) * 100) / 100);
    // A 61-to-69-year-old helper holds hours to spend from 70.
    expect(balance.spendable).toBe(0);
    expect(balance.sentence).toMatch(/满70岁以后可以用/);
    const movements = await ok('volunteer1', 'myMovements', {});
    expect(movements.movements[0].sentence).toMatch(/收到2小时。$/);
  });

  it('never credits a visit not confirmed within 72 hours, and expires it', async () => {
    const window = windowAhead(1, '14:00', 1);
    const { request } = await ok('member873', 'request', {
      category: '居家养老',
      service: '代购',
      ...window,
      place: '莲花小区3栋',
      urgency: 'normal',
      forPersonId: await idOf('member863'),
    });
    await ok('volunteer2', 'accept', { requestId: request.id });
    const card = await ok('member873', 'personalCode', { personId: await idOf('member863') });
    clock = Date.parse(window.startsAt);
    await ok('volunteer2', 'checkIn', { scene: card.scene });
    clock += HOUR;
    const { visit } = await ok('volunteer2', 'checkOut', { scene: card.scene });
    const helperBefore = await balanceMinutes('timebank', await idOf('volunteer2'));
    clock += 72 * HOUR + 60_000;
    await refuses(() => call('member873', 'confirm', { visitId: visit.id }), 409, 'CONFLICT', /72小时/);
    await runJobOnce(host, expireVisits);
    const row = await db()
      .selectFrom('tb_visits')
      .select(['status', 'credited_minutes'])
      .where('id', '=', visit.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'expired', credited_minutes: null });
    expect(await balanceMinutes('timebank', await idOf('volunteer2'))).toBe(helperBefore);
    await refuses(() => call('member873', 'confirm', { visitId: visit.id }), 409, 'CONFLICT');
  });

  it('refuses a scan of a card reported lost, and takes the new one', async () => {
    const elder4 = await idOf('member864');
    const old = await ok('member874', 'personalCode', { personId: elder4 });
    const fresh = await ok('member874', 'reportCardLost', { personId: elder4 });
    expect(fresh.scene).not.toBe(old.scene);
    const window = windowAhead(1, '10:00', 1);
    const { request } = await ok('member874', 'request', {
      category: '文化养老',
      service: '陪聊',
      ...window,
      place: '莲花小区4栋',
      urgency: 'normal',
      forPersonId: elder4,
    });
    await ok('volunteer3', 'accept', { requestId: request.id });
    clock = Date.parse(window.startsAt);
    await refuses(() => call('volunteer3', 'checkIn', { scene: old.scene }), 400, 'QR_INVALID', /挂失/);
    // A forged card (another key) is refused too.
    await refuses(
      () => call('volunteer3', 'checkIn', { scene: sealedScene('personalCard', 1, 'not-the-key') }),
      400,
      'QR_INVALID',
    );
    expect((await ok('volunteer3', 'checkIn', { scene: fresh.scene })).visit.status).toBe('in_progress');
    // The scan page tells a lost card too.
    const resolved = await post(host.baseUrl, 'qrcode', { action: 'resolve', data: { scene: old.scene } });
    expect(resolved.body.ok).toBe(false);
  });

  it('lets the secretary confirm for an elder without a phone, marked and shown in the queue', async () => {
    const window = windowAhead(1, '15:00', 1);
    const { request } = await ok('secretary1', 'request', {
      category: '帮困护老',
      service: '防诈骗讲解',
      ...window,
      place: '莲花小区10栋',
      urgency: 'normal',
      forPersonId: elderNoPhone,
    });
    expect(request.status).toBe('open');
    await ok('volunteer4', 'accept', { requestId: request.id });
    const card = await ok('secretary1', 'personalCode', { personId: elderNoPhone });
    clock = Date.parse(window.startsAt);
    await ok('volunteer4', 'checkIn', { scene: card.scene });
    clock += HOUR;
    const { visit } = await ok('volunteer4', 'checkOut', { scene: card.scene });
    const queue = await ok('secretary1', 'queue', {});
    expect(queue.awaitingWithoutPhone.map((v) => v.id)).toContain(visit.id);
    const done = await ok('secretary1', 'confirm', { visitId: visit.id });
    expect(done.visit.confirmedForElder).toBe(true);
    const after = await ok('secretary1', 'queue', {});
    expect(after.confirmedForElder.map((v) => v.id)).toContain(visit.id);
    const audit = await db()
      .selectFrom('audit_log')
      .selectAll()
      .where('entity', '=', 'tb_visit')
      .where('entity_id', '=', String(visit.id))
      .execute();
    expect(audit.some((a) => JSON.stringify(a).includes('secretary'))).toBe(true);
  });

  it('sends a dispute to the secretary, who settles it', async () => {
    const window = windowAhead(1, '16:00', 1);
    const elder5 = await idOf('member865');
    const { request } = await ok('member875', 'request', {
      category: '居家养老',
      service: '上门理发',
      ...window,
      place: '莲花小区5栋',
      urgency: 'normal',
      forPersonId: elder5,
    });
    await ok('volunteer5', 'accept', { requestId: request.id });
    const card = await ok('member875', 'personalCode', { personId: elder5 });
    clock = Date.parse(window.startsAt);
    await ok('volunteer5', 'checkIn', { scene: card.scene });
    clock += HOUR;
    const { visit } = await ok('volunteer5', 'checkOut', { scene: card.scene });
    await refuses(
      () => call('volunteer5', 'dispute', { visitId: visit.id, reason: '我自己觉得不对' }),
      403,
      'FORBIDDEN',
    );
    const disputed = await ok('member875', 'dispute', { visitId: visit.id, reason: '理发只用了半小时。' });
    expect(disputed.visit.status).toBe('disputed');
    expect((await ok('secretary1', 'queue', {})).disputes.map((v) => v.id)).toContain(visit.id);
    await refuses(() => call('member875', 'confirm', { visitId: visit.id }), 409, 'CONFLICT');
    await refuses(
      () => call('member875', 'resolveDispute', { visitId: visit.id, credit: true, hours: 0.5, note: '核实' }),
      403,
      'FORBIDDEN',
    );
    const settled = await ok('secretary1', 'resolveDispute', {
      visitId: visit.id,
      credit: true,
      hours: 0.5,
      note: '问过邻居，理发半小时。',
    });
    expect(settled).toMatchObject({ visit: { status: 'confirmed' }, hours: 0.5 });
  });

  it('gives hours to a linked relative, refuses a stranger and going below the floor; donates; overflows above the cap', async () => {
    const giver = 'volunteer1';
    const kin = await idOf('member880');
    await db()
      .insertInto('family_links')
      .values({ member_id: kin, relative_id: helper, created_at: new Date(clock).toISOString() })
      .execute();
    const held = await balanceMinutes('timebank', helper);
    expect(held).toBeGreaterThanOrEqual(60);
    const stranger = await idOf('member1');
    await refuses(() => call(giver, 'give', { toPersonId: stranger, hours: 1 }), 403, 'FORBIDDEN', /关联/);
    await refuses(
      () => call(giver, 'give', { toPersonId: kin, hours: Math.ceil(held / 30) / 2 + 0.5 }),
      409,
      'CONFLICT',
      /不能超过/,
    );
    await refuses(() => call('member1', 'donate', { hours: 1 }), 409, 'CONFLICT');
    const gave = await ok(giver, 'give', { toPersonId: kin, hours: 1 });
    expect(gave.message).toMatch(/1小时/);
    expect(await balanceMinutes('timebank', kin)).toBe(60);
    expect(await balanceMinutes('timebank', helper)).toBe(held - 60);

    const poolBefore = await balanceMinutes('pool', street.id);
    await ok(giver, 'donate', { hours: 0.5 });
    expect(await balanceMinutes('pool', street.id)).toBe(poolBefore + 30);

    // The cap (a setting): the kin holds 1 hour; with a cap of 1.5 hours, a gift of 1 hour overflows 30 minutes.
    await db().insertInto('settings').values({ key: 'timebank.hours_cap', value: '1.5' }).execute();
    const kinStreetPool = await balanceMinutes('pool', street.id);
    await ok(giver, 'give', { toPersonId: kin, hours: 1 });
    expect(await balanceMinutes('timebank', kin)).toBe(90);
    expect(await balanceMinutes('pool', street.id)).toBe(kinStreetPool + 30);
    await db().deleteFrom('settings').where('key', '=', 'timebank.hours_cap').execute();
    expect(await sumOfAllMovements()).toBe(0);
  });

  it('confirms a burst of 1,000 visits at once: none lost, none credited twice, the ledger sums to zero', async () => {
    const elders = await Promise.all([861, 862, 863, 864, 865, 866, 867, 868, 869].map((n) => idOf(`member${n}`)));
    const relatives = [871, 872, 873, 874, 875, 876, 877, 878, 879].map((n) => `member${n}`);
    const helpers = await Promise.all([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => idOf(`volunteer${n}`)));
    const cards = new Map<number, number>();
    for (const [i, e] of elders.entries())
      cards.set(e, Number((await ok(relatives[i], 'personalCode', { personId: e })).cardId));
    const at = new Date(clock - HOUR).toISOString();
    const visits: { id: number; relative: string }[] = [];
    for (let i = 0; i < 1000; i += 1) {
      const e = i % elders.length;
      const { id: requestId } = await db()
        .insertInto('help_requests')
        .values({
          person_id: elders[e],
          org_unit_id: (
            await db().selectFrom('people').select('org_unit_id').where('id', '=', elders[e]).executeTakeFirstOrThrow()
          ).org_unit_id,
          requested_by: elders[e],
          category: '文化养老',
          service: '陪聊',
          starts_at: new Date(clock - 2 * HOUR).toISOString(),
          ends_at: at,
          place: '家里',
          urgency: 'normal',
          note: null,
          status: 'visited',
          helper_id: helpers[i % helpers.length],
          matched_at: at,
          source: 'timebank',
          source_ref: null,
          approved_by: null,
          closed_at: null,
          close_reason: null,
          created_at: at,
          updated_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const { id } = await db()
        .insertInto('tb_visits')
        .values({
          request_id: requestId,
          helper_id: helpers[i % helpers.length],
          elder_id: elders[e],
          card_id: cards.get(elders[e]) as number,
          status: 'awaiting_confirmation',
          check_in_at: new Date(clock - 2 * HOUR).toISOString(),
          check_out_at: at,
          minutes: 30 + (i % 4) * 15,
          in_location: null,
          out_location: null,
          flags: '[]',
          confirm_by: confirmDeadline(at),
          confirmed_at: null,
          confirmed_by: null,
          dispute_reason: null,
          disputed_at: null,
          disputed_by: null,
          resolved_by: null,
          resolved_at: null,
          resolution_note: null,
          credited_minutes: null,
          transfer_id: null,
          served_on: null,
          created_at: at,
          updated_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      visits.push({ id, relative: relatives[e] });
    }
    for (const r of relatives) await tokenOf(r);
    const expected = (
      await db()
        .selectFrom('tb_visits')
        .select(['id', 'minutes'])
        .where(
          'id',
          'in',
          visits.map((v) => v.id),
        )
        .execute()
    ).reduce((s, v) => s + Number(v.minutes), 0);
    const helperSumBefore = (await Promise.all(helpers.map((h) => balanceMinutes('timebank', h)))).reduce(
      (s, v) => s + v,
      0,
    );
    // All at once, and 100 of them twice (a double tap from another phone).
    // 64 phones at a time keep the line full without exhausting the test machine's sockets.
    const queue = [...visits, ...visits.slice(0, 100)];
    const replies: ApiReply<unknown>[] = [];
    await Promise.all(
      Array.from({ length: 64 }, async () => {
        for (let v = queue.shift(); v; v = queue.shift())
          replies.push(await call(v.relative, 'confirm', { visitId: v.id }));
      }),
    );
    const failed = replies.filter((r) => !r.body.ok);
    expect(failed.map((r) => r.body)).toEqual([]);
    const rows = await db()
      .selectFrom('tb_visits')
      .select(['status', 'transfer_id'])
      .where(
        'id',
        'in',
        visits.map((v) => v.id),
      )
      .execute();
    expect(rows.filter((r) => r.status === 'confirmed')).toHaveLength(1000);
    expect(new Set(rows.map((r) => r.transfer_id)).size).toBe(1000);
    const credited = await db()
      .selectFrom('ledger_transfers')
      .select('reason')
      .where(
        'reason',
        'in',
        visits.map((v) => `visit:${v.id}`),
      )
      .execute();
    expect(credited).toHaveLength(1000);
    const helperSumAfter = (await Promise.all(helpers.map((h) => balanceMinutes('timebank', h)))).reduce(
      (s, v) => s + v,
      0,
    );
    // Credited once each (any overflow above the cap went to the pool, none here).
    expect(helperSumAfter - helperSumBefore).toBe(expected);
    expect(await sumOfAllMovements()).toBe(0);
  }, 900_000);

  it('checks the ledger for admins only: sums to zero, nothing below its floor, balances equal the movements', async () => {
    await refuses(() => call('secretary1', 'ledgerCheck', {}), 403, 'FORBIDDEN');
    const check = await ok('admin', 'ledgerCheck', {});
    expect(check).toMatchObject({ sumZero: true, belowFloor: 0, mismatched: 0 });
    expect(check.message).toMatch(CHINESE_SENTENCE);
    // A cached balance tampered with is found.
    await db()
      .updateTable('tb_balances')
      .set({ minutes: 1 })
      .where('account_kind', '=', 'timebank')
      .where('account_id', '=', helper)
      .execute();
    expect((await ok('admin', 'ledgerCheck', {})).mismatched).toBe(1);
    await db()
      .updateTable('tb_balances')
      .set({ minutes: await balanceMinutes('timebank', helper) })
      .where('account_kind', '=', 'timebank')
      .where('account_id', '=', helper)
      .execute();
    expect((await ok('admin', 'ledgerCheck', {})).mismatched).toBe(0);
  });
});
