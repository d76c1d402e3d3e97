// The demo's volunteer domain, in time relative to `now` so it always looks current: a service team per street,
// a post manager per street (handles postmanager1 … postmanager6), ten posts across the three districts with
// coordinates around a 厦门-like bay, weekly shifts, twelve weeks of service records through the hours ledger, and
// a few coming sign-ups (volunteer1's next shift among them). Runs after the city and the library.
import type { Kysely, Transaction } from 'kysely';
import type { Schema } from '../../data/schema';
import type { DomainSeed } from '../domain';
import { chinaDay } from '../../common/china-time';
import { newTotpSecret } from '../../visits/codes';
import { hoursForRecord } from './rules/hours';
import { occurrenceOn, upcomingOccurrences } from './rules/shifts';
import { serviceTransfer } from '../../ledger/transfers';
import { needsConfirmation } from './rules/trust';
import { nameMaker, seededRandom } from '../../seed/demo-names';

const WEEKS_OF_RECORDS = 12;
const DAY_MS = 86_400_000;

/** Ten posts: [name, kind, address, lat, lng, street index, community index or null, mode, walk-ins]. */
const POSTS: [string, string, string, number, number, number, number | null, 'geo' | 'rotating', boolean][] = [
  ['莲花银发先锋工作室', '银发先锋工作室', '东湖区湖滨街道莲花路 18 号', 24.4812, 118.1189, 0, 0, 'geo', false],
  ['镇海志愿服务驿站', '志愿服务驿站', '东湖区湖滨街道镇海路 6 号', 24.4569, 118.0786, 0, 1, 'geo', true],
  ['文屏老党员之家', '老党员之家', '东湖区梧桐街道文屏路 22 号', 24.4921, 118.1402, 1, 0, 'rotating', false],
  ['南华四就近服务站', '四就近服务站', '东湖区梧桐街道南华路 3 号', 24.4688, 118.1315, 1, 1, 'geo', false],
  ['青松志愿服务驿站', '志愿服务驿站', '西山区松柏街道青松里 9 号', 24.5133, 118.1466, 2, 0, 'geo', false],
  ['翠柏银发先锋工作室', '银发先锋工作室', '西山区松柏街道翠柏路 41 号', 24.5047, 118.1729, 2, 1, 'geo', true],
  ['金鸡四就近服务站', '四就近服务站', '西山区金山街道金鸡亭 2 号', 24.5216, 118.1803, 3, null, 'geo', false],
  ['渔港老党员之家', '老党员之家', '南港区海沧街道渔港路 15 号', 24.4848, 118.0312, 4, 0, 'geo', false],
  ['望海志愿服务驿站', '志愿服务驿站', '南港区海沧街道望海大道 88 号', 24.4729, 118.0205, 4, 1, 'rotating', false],
  ['霞光银发先锋工作室', '银发先锋工作室', '南港区新阳街道霞光路 7 号', 24.5121, 118.0516, 5, null, 'geo', true],
];

/** Weekly shifts per post: [weekday, starts, ends, service, capacity]. Each post gets two or three of these. */
const SHIFT_PATTERNS: [number, string, string, string, number][][] = [
  [
    [2, '09:00', '11:30', '义诊', 4],
    [4, '14:00', '17:00', '法律咨询', 4],
  ],
  [
    [1, '09:00', '11:00', '理发', 3],
    [3, '14:30', '16:30', '助餐送餐', 4],
    [6, '09:00', '11:00', '政策宣讲', 5],
  ],
  [
    [2, '14:00', '16:00', '读报讲座', 4],
    [5, '09:00', '11:30', '智能手机教学', 4],
  ],
];
const SERVICES = ['义诊', '法律咨询', '理发', '助餐送餐', '政策宣讲', '读报讲座', '智能手机教学', '代购代办'];

export async function seedDemoVolunteer(db: Kysely<Schema>, say: (line: string) => void, now: Date): Promise<void> {
  const started = Date.now();
  const at = now.toISOString();
  await db.transaction().execute(async (trx) => {
    const units = await trx
      .selectFrom('org_units')
      .select(['id', 'name', 'level', 'parent_id', 'path'])
      .orderBy('id')
      .execute();
    const streets = units.filter((u) => u.level === 'street');
    const communitiesOf = (streetId: number) =>
      units.filter((u) => u.level === 'community' && u.parent_id === streetId);
    const volunteers = await trx
      .selectFrom('people')
      .innerJoin('role_grants', 'role_grants.person_id', 'people.id')
      .innerJoin('org_units', 'org_units.id', 'people.org_unit_id')
      .select(['people.id', 'people.handle', 'org_units.path'])
      .where('role_grants.role', '=', 'volunteer')
      .orderBy('people.id')
      .execute();
    if (streets.length === 0 || volunteers.length === 0) return;

    // One team per street, its volunteers those whose branch is in the street; the first one leads it.
    const teams: { id: number; street: (typeof streets)[number]; members: number[] }[] = [];
    for (const street of streets) {
      const { id } = await trx
        .insertInto('vol_teams')
        .values({ name: `${street.name}银发先锋志愿服务队`, org_unit_id: street.id, created_at: at })
        .returning('id')
        .executeTakeFirstOrThrow();
      const members = volunteers.filter((v) => v.path.startsWith(street.path)).map((v) => v.id);
      if (members.length > 0) {
        await trx
          .insertInto('vol_team_members')
          .values(
            members.map((personId, i) => ({
              team_id: id,
              person_id: personId,
              role: i === 0 ? ('leader' as const) : ('member' as const),
              created_at: at,
            })),
          )
          .execute();
      }
      teams.push({ id, street, members });
    }

    // A post manager per street: new demo people, so the city's own people stay as they are.
    const nextName = nameMaker(20261210);
    const managers: number[] = [];
    for (let i = 0; i < streets.length; i += 1) {
      // Home is a branch, as everyone's is (the roster, counts and closing units rely on it).
      const home = units.find((u) => u.level === 'branch' && u.path.startsWith(streets[i].path)) ?? streets[i];
      const { id } = await trx
        .insertInto('people')
        .values({
          name: nextName(),
          handle: `postmanager${i + 1}`,
          org_unit_id: home.id,
          phone: `1390593${String(i).padStart(4, '0')}`,
          created_at: at,
          updated_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('role_grants')
        .values([
          { person_id: id, role: 'post_manager', org_unit_id: streets[i].id, created_at: at },
          { person_id: id, role: 'member', org_unit_id: home.id, created_at: at },
        ])
        .execute();
      managers.push(id);
    }

    const rand = seededRandom(20261129);
    let records = 0;
    for (let p = 0; p < POSTS.length; p += 1) {
      const [name, kind, address, lat, lng, streetIndex, communityIndex, mode, walkIns] = POSTS[p];
      const street = streets[streetIndex % streets.length];
      const unit = communityIndex === null ? street : (communitiesOf(street.id)[communityIndex] ?? street);
      const pattern = SHIFT_PATTERNS[p % SHIFT_PATTERNS.length];
      const { id: postId } = await trx
        .insertInto('vol_posts')
        .values({
          name,
          kind,
          address,
          lat,
          lng,
          radius: 200,
          org_unit_id: unit.id,
          team_id: teams[streetIndex % teams.length].id,
          check_in_mode: mode,
          walk_ins: walkIns ? 1 : 0,
          window_minutes: 30,
          min_share: 0.6,
          open_hours: '周一至周六 上午9:00—11:30，下午2:00—5:00',
          services_json: JSON.stringify([
            ...new Set([...pattern.map((s) => s[3]), SERVICES[(p + 5) % SERVICES.length]]),
          ]),
          contact_name: `${name.slice(0, 2)}驿站值班室`,
          contact_phone: `0592-55501${String(p).padStart(2, '0')}`,
          totp_secret: newTotpSecret(),
          created_at: at,
          updated_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('vol_post_managers')
        .values({ post_id: postId, person_id: managers[streetIndex % managers.length], created_at: at })
        .execute();
      const team = teams[streetIndex % teams.length];
      for (const [weekday, starts, ends, service, capacity] of pattern) {
        const { id: shiftId } = await trx
          .insertInto('vol_shifts')
          .values({ post_id: postId, weekday, starts, ends, capacity, service, created_at: at })
          .returning('id')
          .executeTakeFirstOrThrow();
        const shift = { id: shiftId, weekday, starts, ends };
        records += await seedPastService(
          trx,
          { postId, shift, service, capacity, members: team.members, manager: managers[streetIndex % managers.length] },
          now,
          rand,
        );
        await seedComingSignups(trx, { shift, capacity, members: team.members }, now, rand);
      }
    }
    say(
      `seed: volunteer — ${teams.length} teams, ${POSTS.length} posts, ${records} service records (${Date.now() - started} ms)`,
    );
  });
}

interface ShiftSeed {
  postId: number;
  shift: { id: number; weekday: number; starts: string; ends: string };
  service: string;
  capacity: number;
  members: number[];
  manager: number;
}

/** Twelve weeks of this shift: two or three of the team served each time; older records confirmed by the manager. */
async function seedPastService(trx: Transaction<Schema>, s: ShiftSeed, now: Date, rand: () => number): Promise<number> {
  if (s.members.length === 0) return 0;
  let count = 0;
  for (let back = WEEKS_OF_RECORDS * 7; back >= 1; back -= 1) {
    const o = occurrenceOn(s.shift, chinaDay(new Date(now.getTime() - back * DAY_MS)));
    if (!o || o.end.getTime() > now.getTime()) continue;
    const served = Math.min(s.capacity, 2 + Math.floor(rand() * 2), s.members.length);
    const start = Math.floor(rand() * s.members.length);
    for (let k = 0; k < served; k += 1) {
      const personId = s.members[(start + k) % s.members.length];
      const checkInAt = new Date(o.start.getTime() + Math.round((rand() * 20 - 10) * 60_000));
      // Most stay to the end; now and then someone leaves early (and then it may not count).
      const leaveEarly = rand() < 0.12 ? Math.round(rand() * 100) : 0;
      const checkOutAt = new Date(o.end.getTime() + Math.round((rand() * 15 - 5 - leaveEarly) * 60_000));
      const decision = hoursForRecord({ checkInAt, checkOutAt }, o, 0.6);
      const confirmed = back > 7 && decision.counted;
      await trx
        .insertInto('vol_signups')
        .values({
          shift_id: s.shift.id,
          person_id: personId,
          occurs_on: o.occursOn,
          created_at: new Date(o.start.getTime() - 3 * DAY_MS).toISOString(),
        })
        .onConflict((oc) => oc.doNothing())
        .execute();
      const flags = rand() < 0.05 ? ['poor_accuracy'] : [];
      const { id } = await trx
        .insertInto('vol_records')
        .values({
          person_id: personId,
          post_id: s.postId,
          shift_id: s.shift.id,
          shift_start: o.start.toISOString(),
          shift_end: o.end.toISOString(),
          check_in_at: checkInAt.toISOString(),
          check_out_at: checkOutAt.toISOString(),
          open_person_id: null,
          in_lat: null,
          in_lng: null,
          in_accuracy: null,
          out_lat: null,
          out_lng: null,
          out_accuracy: null,
          in_code: 'demo',
          flags_json: JSON.stringify(flags),
          needs_confirmation: needsConfirmation(flags) ? 1 : 0,
          status: !decision.counted ? 'not_counted' : confirmed ? 'confirmed' : 'pending',
          served_minutes: decision.servedMinutes,
          counted: decision.counted ? 1 : 0,
          service: s.service,
          confirmed_by: confirmed ? s.manager : null,
          confirmed_at: confirmed ? new Date(o.end.getTime() + DAY_MS).toISOString() : null,
          created_at: checkInAt.toISOString(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const plan = serviceTransfer(s.postId, personId, decision.minutes);
      if (plan) {
        const { id: transferId } = await trx
          .insertInto('ledger_transfers')
          .values({
            kind: plan.kind,
            record_id: id,
            reason: null,
            created_by: personId,
            created_at: checkOutAt.toISOString(),
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await trx
          .insertInto('ledger_movements')
          .values(
            plan.movements.map((m) => ({
              transfer_id: transferId,
              account_kind: m.accountKind,
              account_id: m.accountId,
              record_id: id,
              minutes: m.minutes,
              served_on: o.occursOn,
              created_at: checkOutAt.toISOString(),
            })),
          )
          .execute();
      }
      count += 1;
    }
  }
  return count;
}

/** The coming two weeks: a couple of the team signed up for each occurrence (the first member always, so volunteer1 has a next shift). */
async function seedComingSignups(
  trx: Transaction<Schema>,
  s: Pick<ShiftSeed, 'shift' | 'capacity' | 'members'>,
  now: Date,
  rand: () => number,
) {
  for (const o of upcomingOccurrences(s.shift, now, 14)) {
    const people = [
      ...new Set(
        [s.members[0], s.members[1 + Math.floor(rand() * Math.max(1, s.members.length - 1))]].filter(
          (p): p is number => p !== undefined,
        ),
      ),
    ].slice(0, s.capacity);
    if (people.length === 0) continue;
    await trx
      .insertInto('vol_signups')
      .values(
        people.map((personId) => ({
          shift_id: s.shift.id,
          person_id: personId,
          occurs_on: o.occursOn,
          created_at: now.toISOString(),
        })),
      )
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
}

/** This domain's share of the demo (backend/seed/demo.ts finds it by the folder's convention: domains/domain.ts). */
export const seed: DomainSeed = (db, _files, say, now) => seedDemoVolunteer(db, say, now);
