// events: events and courses, enrolments (one active row per person and event), the per-term course counts, and
// family links for signing up on someone's behalf.
import { sql, type Kysely } from 'kysely';
import type { Engine } from '../../../data/database';
import { withId } from '../../../data/migrations/column-types';

export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  await withId(db.schema.createTable('events'), engine)
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('start_at', 'text', (c) => c.notNull())
    .addColumn('end_at', 'text', (c) => c.notNull())
    .addColumn('capacity', 'integer', (c) => c.notNull())
    .addColumn('confirmed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('waitlisted', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('applicants', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('waitlist_seq', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('signup_opens_at', 'text', (c) => c.notNull())
    .addColumn('signup_closes_at', 'text', (c) => c.notNull())
    .addColumn('audience_org_unit_id', 'integer', (c) => c.notNull().references('org_units.id'))
    .addColumn('audience_path', 'text', (c) => c.notNull())
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('term', 'text')
    .addColumn('term_cap', 'integer')
    .addColumn('confirm_hours', 'integer', (c) => c.notNull())
    .addColumn('seed_hash', 'text')
    .addColumn('seed', 'text')
    .addColumn('seed_by', 'text')
    .addColumn('drawn_at', 'text')
    .addColumn('draw_json', 'text')
    .addColumn('reminded_at', 'text')
    .addColumn('cancelled_at', 'text')
    .addColumn('cancel_reason', 'text')
    .addColumn('created_by', 'integer', (c) => c.notNull().references('people.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    // The invariant, in the database as well as in the one UPDATE that raises the count.
    .addCheckConstraint('events_not_oversold', sql`confirmed >= 0 and confirmed <= capacity`)
    .execute();
  await db.schema.createIndex('events_start').on('events').column('start_at').execute();

  await withId(db.schema.createTable('enrolments'), engine)
    .addColumn('event_id', 'integer', (c) => c.notNull().references('events.id'))
    .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('waitlist_no', 'integer')
    .addColumn('signed_up_by', 'integer', (c) => c.notNull().references('people.id'))
    .addColumn('signed_up_at', 'text', (c) => c.notNull())
    .addColumn('promoted_at', 'text')
    .addColumn('confirm_by', 'text')
    .addColumn('cancelled_at', 'text')
    .addColumn('cancelled_by', 'integer')
    .addColumn('cancel_reason', 'text')
    .addColumn('attended_at', 'text')
    .addColumn('attended_how', 'text')
    .addColumn('term', 'text')
    .execute();
  // At most one active enrolment per person and event, whatever races: the second insert fails.
  await sql`create unique index enrolments_one_active on enrolments (event_id, person_id) where active = 1`.execute(db);
  await sql`create index enrolments_waitlist on enrolments (event_id, waitlist_no) where status = 'waitlisted'`.execute(
    db,
  );
  await db.schema.createIndex('enrolments_person').on('enrolments').columns(['person_id', 'event_id']).execute();
  await sql`create index enrolments_promoted on enrolments (confirm_by) where status = 'promoted'`.execute(db);

  await db.schema
    .createTable('term_loads')
    .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id'))
    .addColumn('term', 'text', (c) => c.notNull())
    .addColumn('courses', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('term_loads_pk', ['person_id', 'term'])
    .execute();

  await db.schema
    .createTable('family_codes')
    .addColumn('person_id', 'integer', (c) => c.primaryKey().references('people.id'))
    .addColumn('code_hash', 'text', (c) => c.notNull().unique())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await withId(db.schema.createTable('family_links'), engine)
    .addColumn('member_id', 'integer', (c) => c.notNull().references('people.id'))
    .addColumn('relative_id', 'integer', (c) => c.notNull().references('people.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('family_links_pair')
    .on('family_links')
    .columns(['member_id', 'relative_id'])
    .unique()
    .execute();
  await db.schema.createIndex('family_links_relative').on('family_links').column('relative_id').execute();
}
