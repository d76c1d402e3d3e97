// 我的活动: the caller's events (signed up, waiting, applied, attended), the nearest upcoming first, then past ones.
import { myEventsInput, type EventsApi, type MyEvent } from '../../../../contracts/events';
import { mineOf, toSummary } from '../queries/events';
import { action } from '../../../runtime/define-function';

export const myEvents = action(
  {
    access: 'person',
    input: myEventsInput,
  },
  async function myEvents(_input, ctx): Promise<EventsApi['myEvents']['output']> {
    const { deps, caller } = ctx;
    const db = deps.database.db;
    const rows = await db
      .selectFrom('enrolments')
      .innerJoin('events', 'events.id', 'enrolments.event_id')
      .innerJoin('org_units', 'org_units.id', 'events.audience_org_unit_id')
      .selectAll('events')
      .select(['enrolments.id as enrolment_id', 'org_units.name as audience_name'])
      .where('enrolments.person_id', '=', caller.person.id)
      .where('enrolments.active', '=', 1)
      .orderBy('events.start_at')
      .limit(200)
      .execute();
    const now = deps.now().toISOString();
    const events: MyEvent[] = [];
    for (const { enrolment_id, audience_name, ...row } of rows) {
      const enrolment = await db
        .selectFrom('enrolments')
        .selectAll()
        .where('id', '=', enrolment_id)
        .executeTakeFirstOrThrow();
      events.push({ ...toSummary(row, audience_name), mine: await mineOf(db, enrolment) });
    }
    // Upcoming (not yet ended) nearest first, then the past, latest first.
    const upcoming = events.filter((e) => e.endAt > now);
    const past = events.filter((e) => e.endAt <= now).reverse();
    return { events: [...upcoming, ...past] };
  },
);
