// The demo's events, in time relative to `now` so the demo always looks current. Runs after the city and the library.
// Some open, one full with a waitlist, a lottery course with applicants (system seed, drawn by the job at close),
// one not yet open, and one past with attendance. Rows are written directly, with counters that match them.
import { randomBytes } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { EventMode, EventType } from '../../../contracts/events';
import { chinaDay, chinaInstant } from '../../common/china-time';
import type { Schema } from '../../data/schema';
import type { DomainSeed } from '../domain';
import { sha256Hex } from './rules/lottery';

const DAY_MS = 24 * 3600_000;

/** `days` from today (China day), at `hour`:00 China time. */
function chinaAt(now: Date, days: number, hour: number): string {
  const chinaMidnight = chinaInstant(chinaDay(now), '00:00').getTime();
  return new Date(chinaMidnight + days * DAY_MS + hour * 3600_000).toISOString();
}

interface DemoEvent {
  title: string;
  type: EventType;
  place: string;
  description: string;
  start: [number, number];
  hours: number;
  capacity: number;
  opens: [number, number];
  closes: [number, number];
  audience: 'city' | 'branch1';
  mode: EventMode;
  term?: string;
  termCap?: number;
  /** Who signs up, in order: handles; statuses follow from capacity and mode. */
  people: string[];
  attended?: number;
}

export async function seedDemoEvents(db: Kysely<Schema>, say: (line: string) => void, now: Date): Promise<void> {
  const at = now.toISOString();
  const city = await db
    .selectFrom('org_units')
    .select(['id', 'path'])
    .where('level', '=', 'city')
    .executeTakeFirstOrThrow();
  const secretary = await db
    .selectFrom('people')
    .innerJoin('org_units', 'org_units.id', 'people.org_unit_id')
    .select(['people.id', 'org_units.id as unit_id', 'org_units.path'])
    .where('handle', '=', 'secretary1')
    .executeTakeFirstOrThrow();
  const branchHandles = (
    await db
      .selectFrom('people')
      .select('handle')
      .where('org_unit_id', '=', secretary.unit_id)
      .where('handle', 'like', 'member%')
      .orderBy('id')
      .execute()
  ).map((p) => p.handle!);
  const cityHandles = Array.from({ length: 60 }, (_, i) => `member${i + 13}`);
  const events: DemoEvent[] = [
    {
      title: '党的二十大精神宣讲报告会',
      type: 'lecture',
      place: '市老干部活动中心一楼报告厅',
      description: '市委宣讲团成员主讲，约两小时。请提前十分钟入场。',
      start: [5, 9],
      hours: 2,
      capacity: 200,
      opens: [-2, 9],
      closes: [4, 18],
      audience: 'city',
      mode: 'first_come',
      people: cityHandles.slice(0, 40),
    },
    {
      title: '太极拳养生班',
      type: 'culture',
      place: '莲花社区活动室',
      description: '零基础可学，穿宽松衣服和平底鞋。',
      start: [3, 15],
      hours: 1,
      capacity: 10,
      opens: [-3, 9],
      closes: [2, 18],
      audience: 'branch1',
      mode: 'first_come',
      people: branchHandles.slice(0, 14),
    },
    {
      title: '老年大学：书法提高班（春季）',
      type: 'course',
      place: '老年大学二楼书画室',
      description: '每周二上午，共十六次课。报名人数超过名额时抽签决定。',
      start: [10, 9],
      hours: 2,
      capacity: 20,
      opens: [-1, 9],
      closes: [3, 18],
      audience: 'city',
      mode: 'lottery',
      term: '2027年春季学期',
      termCap: 2,
      people: cityHandles.slice(10, 45),
    },
    {
      title: '智能手机使用培训：微信视频通话',
      type: 'training',
      place: '莲花社区活动室',
      description: '手把手教您用微信和子女视频通话。请带上手机。',
      start: [8, 9],
      hours: 2,
      capacity: 30,
      opens: [2, 9],
      closes: [7, 18],
      audience: 'branch1',
      mode: 'first_come',
      people: [],
    },
    {
      title: '重温入党誓词主题党日',
      type: 'party_day',
      place: '莲花社区党群服务中心',
      description: '重温入党誓词，观看红色影片。',
      start: [-3, 9],
      hours: 2,
      capacity: 30,
      opens: [-10, 9],
      closes: [-4, 18],
      audience: 'branch1',
      mode: 'first_come',
      people: branchHandles.slice(0, 15),
      attended: 11,
    },
  ];

  const ids = new Map<string, number>();
  for (const p of await db.selectFrom('people').select(['id', 'handle']).where('handle', 'is not', null).execute())
    ids.set(p.handle!, p.id);

  await db.transaction().execute(async (trx) => {
    for (const e of events) await seedOne(trx, e, { now, at, city, secretary, ids });
  });
  say(
    `seed: events — ${events.length} events (open, full with a waitlist, a lottery course, not yet open, past with attendance)`,
  );
}

async function seedOne(
  trx: Transaction<Schema>,
  e: DemoEvent,
  c: {
    now: Date;
    at: string;
    city: { id: number; path: string };
    secretary: { id: number; unit_id: number; path: string };
    ids: Map<string, number>;
  },
): Promise<void> {
  const startAt = chinaAt(c.now, e.start[0], e.start[1]);
  const seed = e.mode === 'lottery' ? randomBytes(16).toString('hex') : null;
  const audience =
    e.audience === 'city' ? { id: c.city.id, path: c.city.path } : { id: c.secretary.unit_id, path: c.secretary.path };
  const people = e.people.map((h) => c.ids.get(h)).filter((id): id is number => id !== undefined);
  const seated = e.mode === 'lottery' ? [] : people.slice(0, e.capacity);
  const waiting = e.mode === 'lottery' ? [] : people.slice(e.capacity);
  const applied = e.mode === 'lottery' ? people : [];
  const { id } = await trx
    .insertInto('events')
    .values({
      title: e.title,
      type: e.type,
      description: e.description,
      place: e.place,
      start_at: startAt,
      end_at: new Date(Date.parse(startAt) + e.hours * 3600_000).toISOString(),
      capacity: e.capacity,
      confirmed: seated.length,
      waitlisted: waiting.length,
      applicants: applied.length,
      waitlist_seq: waiting.length,
      signup_opens_at: chinaAt(c.now, e.opens[0], e.opens[1]),
      signup_closes_at: chinaAt(c.now, e.closes[0], e.closes[1]),
      audience_org_unit_id: audience.id,
      audience_path: audience.path,
      mode: e.mode,
      term: e.term ?? null,
      term_cap: e.termCap ?? null,
      confirm_hours: 24,
      seed_hash: seed ? sha256Hex(seed) : null,
      seed,
      seed_by: seed ? 'system' : null,
      drawn_at: null,
      draw_json: null,
      reminded_at: Date.parse(startAt) < c.now.getTime() ? startAt : null,
      cancelled_at: null,
      cancel_reason: null,
      created_by: c.secretary.id,
      created_at: c.at,
      updated_at: c.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const rows = [
    ...seated.map((p, i) => ({
      p,
      status: i < (e.attended ?? 0) ? ('attended' as const) : ('confirmed' as const),
      no: null,
    })),
    ...waiting.map((p, i) => ({ p, status: 'waitlisted' as const, no: i + 1 })),
    ...applied.map((p) => ({ p, status: 'applied' as const, no: null })),
  ];
  if (rows.length === 0) return;
  const signedAt = new Date(
    Math.min(Date.parse(chinaAt(c.now, e.opens[0], e.opens[1])) + 3600_000, c.now.getTime()),
  ).toISOString();
  await trx
    .insertInto('enrolments')
    .values(
      rows.map((r, i) => ({
        event_id: id,
        person_id: r.p,
        status: r.status,
        active: 1,
        waitlist_no: r.no,
        signed_up_by: r.p,
        signed_up_at: new Date(Date.parse(signedAt) + i * 7000).toISOString(),
        promoted_at: null,
        confirm_by: null,
        cancelled_at: null,
        cancelled_by: null,
        cancel_reason: null,
        attended_at: r.status === 'attended' ? startAt : null,
        attended_how: r.status === 'attended' ? 'scan' : null,
        term: e.termCap ? (e.term ?? null) : null,
      })),
    )
    .execute();
  if (e.term && e.termCap) {
    for (const r of rows) {
      await trx
        .insertInto('term_loads')
        .values({ person_id: r.p, term: e.term, courses: 1 })
        .onConflict((oc) =>
          oc.columns(['person_id', 'term']).doUpdateSet((eb) => ({ courses: eb('term_loads.courses', '+', 1) })),
        )
        .execute();
    }
  }
}

/** This domain's share of the demo (backend/seed/demo.ts finds it by the folder's convention: domains/domain.ts). */
export const seed: DomainSeed = (db, _files, say, now) => seedDemoEvents(db, say, now);
