// The time bank's share of the demo: volunteer1 … volunteer10 (made 61 to 69) offer help in secretary1's street;
// member861 … member870 (made 80 and over) are elders there, each with a linked relative (member871 … member880) and a
// printed card; a few volunteers donate to the street's pool; then 3 months of requests, visits and confirmations
// (by the relative, or by the secretary for one elder without a phone), a visit waiting for its counter-signature,
// one disputed, and open requests to take.
import type { Kysely } from 'kysely';
import { TIMEBANK_SERVICES } from '../../../contracts/timebank';
import { chinaDay, onChinaClock } from '../../common/china-time';
import type { Schema } from '../../data/schema';
import type { DomainSeed } from '../domain';
import { creditVisit } from './queries/credit';
import { writeTimebankTransfer } from './queries/ledger';
import { streetOfPath } from './queries/people';
import { donationTransfer } from './rules/payment';
import { confirmDeadline } from './rules/visits';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

async function idsByHandle(db: Kysely<Schema>, handles: string[]) {
  const rows = await db.selectFrom('people').select(['id', 'handle']).where('handle', 'in', handles).execute();
  return handles.map((h) => rows.find((r) => r.handle === h)?.id ?? null);
}

export const seed: DomainSeed = async (db, _files, say, now) => {
  const secretary = await db
    .selectFrom('people')
    .innerJoin('org_units', 'org_units.id', 'people.org_unit_id')
    .select(['people.id', 'people.org_unit_id', 'org_units.path'])
    .where('people.handle', '=', 'secretary1')
    .executeTakeFirst();
  if (!secretary) return;
  const street = await streetOfPath(db, secretary.path);
  const year = onChinaClock(now).getUTCFullYear();
  const at = now.toISOString();

  const helperHandles = Array.from({ length: 10 }, (_, i) => `volunteer${i + 1}`);
  const elderHandles = Array.from({ length: 10 }, (_, i) => `member${861 + i}`);
  const relativeHandles = Array.from({ length: 10 }, (_, i) => `member${871 + i}`);
  // Make sure the elders and relatives exist (the demo city makes them in secretary1's branch).
  for (const handle of [...elderHandles, ...relativeHandles]) {
    if ((await idsByHandle(db, [handle]))[0] !== null) continue;
    const { id } = await db
      .insertInto('people')
      .values({
        name: `演示${handle}`,
        handle,
        org_unit_id: secretary.org_unit_id,
        phone: null,
        gender: null,
        birth_year: null,
        joined_party_on: null,
        former_post: null,
        status_on: null,
        skills: null,
        roster_no: null,
        search_key: null,
        created_at: at,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('role_grants')
      .values({ person_id: id, role: 'member', org_unit_id: secretary.org_unit_id, created_at: at })
      .execute();
  }
  const helpers = (await idsByHandle(db, helperHandles)).filter((id): id is number => id !== null);
  const elders = (await idsByHandle(db, elderHandles)) as number[];
  const relatives = (await idsByHandle(db, relativeHandles)) as number[];

  // Ages: helpers 61 to 69, elders 80 to 89, relatives in their fifties.
  for (const [i, id] of helpers.entries())
    await db
      .updateTable('people')
      .set({ birth_year: year - 61 - (i % 9) })
      .where('id', '=', id)
      .execute();
  for (const [i, id] of elders.entries())
    await db
      .updateTable('people')
      .set({ birth_year: year - 80 - i })
      .where('id', '=', id)
      .execute();
  for (const [i, id] of relatives.entries())
    await db
      .updateTable('people')
      .set({ birth_year: year - 52 - i })
      .where('id', '=', id)
      .execute();

  // Relatives linked to elders, except the last elder, who has no phone and nobody: the secretary confirms for him.
  for (let i = 0; i < elders.length - 1; i += 1) {
    const exists = await db
      .selectFrom('family_links')
      .select('id')
      .where('member_id', '=', elders[i])
      .where('relative_id', '=', relatives[i])
      .executeTakeFirst();
    if (!exists)
      await db
        .insertInto('family_links')
        .values({ member_id: elders[i], relative_id: relatives[i], created_at: at })
        .execute();
  }

  const allServices = Object.values(TIMEBANK_SERVICES).flat();
  const weekdays = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, from: '08:00', to: '18:00' }));
  for (const [i, id] of helpers.entries()) {
    await db
      .insertInto('tb_offers')
      .values({
        person_id: id,
        // The first five offer everything; the others every other service.
        services: JSON.stringify(i < 5 ? allServices : allServices.filter((_, k) => (k + i) % 2 === 0)),
        availability: JSON.stringify(weekdays),
        note: null,
        street_id: street.id,
        created_at: at,
        updated_at: at,
      })
      .execute();
  }
  const cards = new Map<number, number>();
  for (const id of elders) {
    const card = await db
      .insertInto('tb_cards')
      .values({
        person_id: id,
        issued_at: new Date(now.getTime() - 100 * DAY).toISOString(),
        issued_by: secretary.id,
        lost_at: null,
        lost_by: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    cards.set(id, card.id);
  }

  const start = now.getTime() - 92 * DAY;
  let visits = 0;
  const services = ['陪诊', '代购', '陪聊', '上门理发', '智能手机教学', '防诈骗讲解', '代取药品', '读书读报'];
  for (let day = 0; day < 90; day += 3) {
    for (let k = 0; k < 2; k += 1) {
      const n = day / 3 + k;
      const elderIndex = n % elders.length;
      const elder = elders[elderIndex];
      const helper = helpers[n % helpers.length];
      const service = services[n % services.length];
      const category = (Object.keys(TIMEBANK_SERVICES) as (keyof typeof TIMEBANK_SERVICES)[]).find((a) =>
        TIMEBANK_SERVICES[a].includes(service),
      )!;
      // 9:00 or 14:00 China time on that day.
      const startsAt = new Date(start + day * DAY - (start % DAY) + (k === 0 ? 1 : 6) * HOUR);
      const minutes = 60 + (n % 3) * 30;
      const endsAt = new Date(startsAt.getTime() + minutes * 60_000);
      const checkOut = new Date(endsAt.getTime() - (n % 2) * 10 * 60_000);
      const created = new Date(startsAt.getTime() - 2 * DAY);
      const recent = now.getTime() - checkOut.getTime() < 2 * DAY;
      const disputed = day === 60 && k === 1;
      await db.transaction().execute(async (trx) => {
        const { id: requestId } = await trx
          .insertInto('help_requests')
          .values({
            person_id: elder,
            org_unit_id: secretary.org_unit_id,
            requested_by: elderIndex === elders.length - 1 ? secretary.id : relatives[elderIndex],
            category,
            service,
            starts_at: startsAt.toISOString(),
            ends_at: endsAt.toISOString(),
            place: `莲花小区${(elderIndex % 8) + 1}栋${(elderIndex % 3) + 1}单元${301 + elderIndex}`,
            urgency: n % 5 === 0 ? 'urgent' : 'normal',
            note: null,
            status: recent ? 'visited' : disputed ? 'visited' : 'done',
            helper_id: helper,
            matched_at: new Date(created.getTime() + 3 * HOUR).toISOString(),
            source: 'timebank',
            source_ref: null,
            approved_by: elderIndex === elders.length - 1 ? secretary.id : null,
            closed_at: recent || disputed ? null : checkOut.toISOString(),
            close_reason: null,
            created_at: created.toISOString(),
            updated_at: checkOut.toISOString(),
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        const confirmedAt = new Date(checkOut.getTime() + 5 * HOUR);
        const confirmer = elderIndex === elders.length - 1 ? secretary.id : relatives[elderIndex];
        const { id: visitId } = await trx
          .insertInto('tb_visits')
          .values({
            request_id: requestId,
            helper_id: helper,
            elder_id: elder,
            card_id: cards.get(elder) as number,
            status: recent ? 'awaiting_confirmation' : disputed ? 'disputed' : 'confirmed',
            check_in_at: startsAt.toISOString(),
            check_out_at: checkOut.toISOString(),
            minutes: Math.round((checkOut.getTime() - startsAt.getTime()) / 60_000),
            in_location: JSON.stringify({ lat: 24.4798, lng: 118.0894, accuracy: 20 }),
            out_location: JSON.stringify({ lat: 24.4799, lng: 118.0895, accuracy: 25 }),
            flags: '[]',
            confirm_by: confirmDeadline(checkOut.toISOString()),
            confirmed_at: recent || disputed ? null : confirmedAt.toISOString(),
            confirmed_by: recent || disputed ? null : confirmer,
            confirmed_for_elder: !recent && !disputed && elderIndex === elders.length - 1 ? 1 : 0,
            dispute_reason: disputed ? '来的时间比说好的晚了一个小时。' : null,
            disputed_at: disputed ? confirmedAt.toISOString() : null,
            disputed_by: disputed ? confirmer : null,
            resolved_by: null,
            resolved_at: null,
            resolution_note: null,
            credited_minutes: null,
            transfer_id: null,
            served_on: null,
            created_at: startsAt.toISOString(),
            updated_at: checkOut.toISOString(),
          })
          .returning(['id', 'minutes'])
          .executeTakeFirstOrThrow()
          .then((v) => ({ id: v.id, minutes: Number(v.minutes) }))
          .then(async (v) => {
            if (recent || disputed) return v;
            const transferId = await creditVisit(trx, {
              visitId: v.id,
              elderId: elder,
              helperId: helper,
              minutes: v.minutes,
              by: confirmer,
              at: confirmedAt,
            });
            await trx
              .updateTable('tb_visits')
              .set({ credited_minutes: v.minutes, transfer_id: transferId, served_on: chinaDay(confirmedAt) })
              .where('id', '=', v.id)
              .execute();
            return v;
          });
        void visitId;
        visits += 1;
      });
      // Now and then a helper donates an hour to the pool.
      if (n % 7 === 6) {
        await db.transaction().execute(async (trx) => {
          const when = new Date(checkOut.getTime() + DAY);
          const held = await trx
            .selectFrom('tb_balances')
            .select('minutes')
            .where('account_kind', '=', 'timebank')
            .where('account_id', '=', helper)
            .executeTakeFirst();
          if (Number(held?.minutes ?? 0) >= 60)
            await writeTimebankTransfer(trx, donationTransfer(helper, street.id, 60), {
              reason: 'donation',
              createdBy: helper,
              servedOn: chinaDay(when),
              at: when.toISOString(),
            });
        });
      }
    }
  }

  // Open requests to take, in the coming days.
  for (let i = 0; i < 4; i += 1) {
    const startsAt = new Date(now.getTime() + (i + 1) * DAY - (now.getTime() % HOUR) + HOUR);
    await db
      .insertInto('help_requests')
      .values({
        person_id: elders[i],
        org_unit_id: secretary.org_unit_id,
        requested_by: relatives[i],
        category: '健康助老',
        service: i % 2 === 0 ? '陪诊' : '代取药品',
        starts_at: startsAt.toISOString(),
        ends_at: new Date(startsAt.getTime() + 2 * HOUR).toISOString(),
        place: `莲花小区${i + 1}栋1单元${301 + i}`,
        urgency: i === 0 ? 'urgent' : 'normal',
        note: null,
        status: 'open',
        helper_id: null,
        matched_at: null,
        source: 'timebank',
        source_ref: null,
        approved_by: null,
        closed_at: null,
        close_reason: null,
        created_at: at,
        updated_at: at,
      })
      .execute();
  }
  say(
    `timebank: ${helpers.length} helpers, ${elders.length} elders with cards, ${visits} visits over 3 months, 4 open requests`,
  );
};
