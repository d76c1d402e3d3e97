// The 驾驶舱's events panels (issue 22): how full this month's events are (seats taken of seats offered, events not
// called off, by their start in China time), and the demand they could not meet: people on a waitlist or in a draw
// still to come, and for lotteries how many applied for how many seats. Events count where their audience is.
// For the nightly rollup both also count the whole tree at once (computeAll): seats summed per audience path, the
// people as sets, shared out to every unit above the path.
import { sql, type Kysely } from 'kysely';
import { bySubtree, sumOf } from '../../dashboard/by-subtree';
import type { PanelScope, PanelSource } from '../../dashboard/panel-source';
import { lastMonths, type Month } from '../../dashboard/periods';
import { inSubtrees } from '../../data/org-units';
import type { Schema } from '../../data/schema';

const SEATED = ['confirmed', 'promoted', 'attended'] as const;

/** The month's events not called off, under `scope` (or the whole tree, each with its audience path). */
function eventsIn(db: Kysely<Schema>, scope: PanelScope | null, month: Month) {
  return db
    .selectFrom('events')
    .$if(scope !== null, (q) => q.where(inSubtrees('events.audience_path', [(scope as PanelScope).path])))
    .where('events.cancelled_at', 'is', null)
    .where('events.start_at', '>=', month.fromAt)
    .where('events.start_at', '<', month.toAt);
}

const inMonth = (m: Month) => sql`events.start_at >= ${m.fromAt} and events.start_at < ${m.toAt}`;
const spanOf = (months: Month[]): Month => ({ ...months[0], toAt: months[months.length - 1].toAt });
const seatSums = (months: Month[]) =>
  months.flatMap((m, i) => [
    sql<string | number>`sum(case when ${inMonth(m)} then events.capacity else 0 end)`.as(`c${i}`),
    sql<string | number>`sum(case when ${inMonth(m)} then events.confirmed else 0 end)`.as(`t${i}`),
  ]);

/** The fill of each month from its seats offered and taken and the people seated. */
function fills(
  months: Month[],
  seats: (i: number) => { capacity: number; taken: number },
  people: (i: number) => number,
) {
  return months.map((m, i) => {
    const { capacity, taken } = seats(i);
    return { label: m.label, value: capacity > 0 ? (taken / capacity) * 100 : null, people: people(i) };
  });
}

/** Seats offered and taken, and the distinct people seated, per month: two queries for all the months. */
async function fillsOf(db: Kysely<Schema>, scope: PanelScope, months: Month[]) {
  const seats = (await eventsIn(db, scope, spanOf(months)).select(seatSums(months)).executeTakeFirst()) as
    Record<string, string | number | null> | undefined;
  const people = (await eventsIn(db, scope, spanOf(months))
    .innerJoin('enrolments', 'enrolments.event_id', 'events.id')
    .where('enrolments.status', 'in', SEATED)
    .select(
      months.map((m, i) =>
        sql<string | number>`count(distinct case when ${inMonth(m)} then enrolments.person_id end)`.as(`p${i}`),
      ),
    )
    .executeTakeFirst()) as Record<string, string | number | null> | undefined;
  return fills(
    months,
    (i) => ({ capacity: Number(seats?.[`c${i}`] ?? 0), taken: Number(seats?.[`t${i}`] ?? 0) }),
    (i) => Number(people?.[`p${i}`] ?? 0),
  );
}

/** fillsOf for every unit at once: the seats summed per audience path, the people seated as sets per month. */
async function fillsOfAll(db: Kysely<Schema>, units: readonly PanelScope[], months: Month[]) {
  const seats = (await eventsIn(db, null, spanOf(months))
    .select(['events.audience_path as path', ...seatSums(months)])
    .groupBy('events.audience_path')
    .execute()) as unknown as ({ path: string } & Record<string, string | number | null>)[];
  const whichMonth = sql<number | string>`case ${sql.join(
    months.map((m, i) => sql`when ${inMonth(m)} then ${sql.lit(i)}`),
    sql` `,
  )} end`;
  const seated = await eventsIn(db, null, spanOf(months))
    .innerJoin('enrolments', 'enrolments.event_id', 'events.id')
    .where('enrolments.status', 'in', SEATED)
    .select(['events.audience_path as path', 'enrolments.person_id', whichMonth.as('month')])
    .distinct()
    .execute();
  const seatsOf = bySubtree(units, seats, (r) => r.path);
  const seatedOf = bySubtree(units, seated, (r) => r.path);
  return new Map(
    units.map((u) => {
      const own = seatsOf.get(u.unitId) ?? [];
      const people = months.map(() => new Set<number>());
      for (const r of seatedOf.get(u.unitId) ?? []) if (r.month !== null) people[Number(r.month)].add(r.person_id);
      const figures = fills(
        months,
        (i) => ({ capacity: sumOf(own, (r) => r[`c${i}`]), taken: sumOf(own, (r) => r[`t${i}`]) }),
        (i) => people[i].size,
      );
      return [u.unitId, figures] as const;
    }),
  );
}

const fillFigure = (series: ReturnType<typeof fills>) => {
  const [before, now] = series.slice(-2);
  return { value: now.value, people: now.people, previous: before.value, series };
};

export const eventFillPanel: PanelSource = {
  key: 'eventFill',
  unit: 'percent',
  async compute(db, scope, asOf) {
    return fillFigure(await fillsOf(db, scope, lastMonths(asOf, 6)));
  },
  async computeAll(db, units, asOf) {
    const all = await fillsOfAll(db, units, lastMonths(asOf, 6));
    return new Map([...all].map(([unitId, series]) => [unitId, fillFigure(series)]));
  },
};

/** The demand not met this month: people waiting by how, lottery applicants and the seats they were drawn for. */
function waitlistFigure(all: number, waitlisted: number, drawing: number, lotteryPeople: number, seats: number) {
  return {
    value: all,
    people: all,
    series: [
      { label: '排队候补', value: waitlisted, people: waitlisted },
      { label: '等着抽签', value: drawing, people: drawing },
      { label: '报名抽签的', value: lotteryPeople, people: lotteryPeople },
      // Seats are not people, but the row says how many people they were drawn among.
      { label: '抽签活动的名额', value: seats, people: lotteryPeople, unit: 'count' as const },
    ],
  };
}

export const eventWaitlistPanel: PanelSource = {
  key: 'eventWaitlist',
  unit: 'people',
  async compute(db, scope, asOf) {
    const [month] = lastMonths(asOf, 1);
    const waiting = (statuses: readonly ('waitlisted' | 'applied')[]) =>
      eventsIn(db, scope, month)
        .innerJoin('enrolments', 'enrolments.event_id', 'events.id')
        .where('enrolments.status', 'in', statuses)
        .select((eb) => eb.fn.count<string | number>('enrolments.person_id').distinct().as('people'))
        .executeTakeFirst()
        .then((r) => Number(r?.people ?? 0));
    const lottery = await eventsIn(db, scope, month)
      .where('events.mode', '=', 'lottery')
      .select((eb) => eb.fn.sum<string | number>('events.capacity').as('seats'))
      .executeTakeFirst();
    const applied = await eventsIn(db, scope, month)
      .where('events.mode', '=', 'lottery')
      .innerJoin('enrolments', 'enrolments.event_id', 'events.id')
      .select((eb) => eb.fn.count<string | number>('enrolments.person_id').distinct().as('people'))
      .executeTakeFirst();
    const all = await waiting(['waitlisted', 'applied']);
    const waitlisted = await waiting(['waitlisted']);
    const drawing = await waiting(['applied']);
    return waitlistFigure(all, waitlisted, drawing, Number(applied?.people ?? 0), Number(lottery?.seats ?? 0));
  },
  async computeAll(db, units, asOf) {
    const [month] = lastMonths(asOf, 1);
    // Who signed up for what this month (each person once per audience, status and kind of event), and the seats.
    const enrolled = await eventsIn(db, null, month)
      .innerJoin('enrolments', 'enrolments.event_id', 'events.id')
      .select(['events.audience_path as path', 'enrolments.person_id', 'enrolments.status', 'events.mode'])
      .distinct()
      .execute();
    const seats = await eventsIn(db, null, month)
      .where('events.mode', '=', 'lottery')
      .select(['events.audience_path as path', (eb) => eb.fn.sum<string | number>('events.capacity').as('seats')])
      .groupBy('events.audience_path')
      .execute();
    const enrolledOf = bySubtree(units, enrolled, (r) => r.path);
    const seatsOf = bySubtree(units, seats, (r) => r.path);
    return new Map(
      units.map((u) => {
        const own = enrolledOf.get(u.unitId) ?? [];
        const people = (keep: (r: (typeof own)[number]) => boolean) =>
          new Set(own.filter(keep).map((r) => r.person_id)).size;
        const figure = waitlistFigure(
          people((r) => r.status === 'waitlisted' || r.status === 'applied'),
          people((r) => r.status === 'waitlisted'),
          people((r) => r.status === 'applied'),
          people((r) => r.mode === 'lottery'),
          sumOf(seatsOf.get(u.unitId) ?? [], (r) => r.seats),
        );
        return [u.unitId, figure] as const;
      }),
    );
  },
};

export const EVENT_PANELS: readonly PanelSource[] = [eventFillPanel, eventWaitlistPanel];
