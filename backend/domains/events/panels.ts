// The 驾驶舱's events panels (issue 22): how full this month's events are (seats taken of seats offered, events not
// called off, by their start in China time), and the demand they could not meet: people on a waitlist or in a draw
// still to come, and for lotteries how many applied for how many seats. Events count where their audience is.
import { sql, type Kysely } from 'kysely';
import type { PanelScope, PanelSource } from '../../dashboard/panel-source';
import { lastMonths, type Month } from '../../dashboard/periods';
import { inSubtrees } from '../../data/org-units';
import type { Schema } from '../../data/schema';

const SEATED = ['confirmed', 'promoted', 'attended'] as const;

function eventsIn(db: Kysely<Schema>, scope: PanelScope, month: Month) {
  return db
    .selectFrom('events')
    .where(inSubtrees('events.audience_path', [scope.path]))
    .where('events.cancelled_at', 'is', null)
    .where('events.start_at', '>=', month.fromAt)
    .where('events.start_at', '<', month.toAt);
}

/** Seats offered and taken, and the distinct people seated, per month: two queries for all the months. */
async function fillsOf(db: Kysely<Schema>, scope: PanelScope, months: Month[]) {
  const span = { ...months[0], toAt: months[months.length - 1].toAt };
  const inMonth = (m: Month) => sql`events.start_at >= ${m.fromAt} and events.start_at < ${m.toAt}`;
  const seats = (await eventsIn(db, scope, span)
    .select(
      months.flatMap((m, i) => [
        sql<string | number>`sum(case when ${inMonth(m)} then events.capacity else 0 end)`.as(`c${i}`),
        sql<string | number>`sum(case when ${inMonth(m)} then events.confirmed else 0 end)`.as(`t${i}`),
      ]),
    )
    .executeTakeFirst()) as Record<string, string | number | null> | undefined;
  const people = (await eventsIn(db, scope, span)
    .innerJoin('enrolments', 'enrolments.event_id', 'events.id')
    .where('enrolments.status', 'in', SEATED)
    .select(
      months.map((m, i) =>
        sql<string | number>`count(distinct case when ${inMonth(m)} then enrolments.person_id end)`.as(`p${i}`),
      ),
    )
    .executeTakeFirst()) as Record<string, string | number | null> | undefined;
  return months.map((m, i) => {
    const capacity = Number(seats?.[`c${i}`] ?? 0);
    return {
      label: m.label,
      value: capacity > 0 ? (Number(seats?.[`t${i}`] ?? 0) / capacity) * 100 : null,
      people: Number(people?.[`p${i}`] ?? 0),
    };
  });
}

export const eventFillPanel: PanelSource = {
  key: 'eventFill',
  unit: 'percent',
  async compute(db, scope, asOf) {
    const months = lastMonths(asOf, 6);
    const fills = await fillsOf(db, scope, months);
    const [before, now] = fills.slice(-2);
    return { value: now.value, people: now.people, previous: before.value, series: fills };
  },
};

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
    const lotteryPeople = Number(applied?.people ?? 0);
    return {
      value: all,
      people: all,
      series: [
        { label: '排队候补', value: waitlisted, people: waitlisted },
        { label: '等着抽签', value: drawing, people: drawing },
        { label: '报名抽签的', value: lotteryPeople, people: lotteryPeople },
        // Seats are not people, but the row says how many people they were drawn among.
        { label: '抽签活动的名额', value: Number(lottery?.seats ?? 0), people: lotteryPeople, unit: 'count' },
      ],
    };
  },
};

export const EVENT_PANELS: readonly PanelSource[] = [eventFillPanel, eventWaitlistPanel];
