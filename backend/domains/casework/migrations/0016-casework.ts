// casework: 民情工作室 studios and their staff on duty, visits (来访), dispute cases (矛盾纠纷) with their parties,
// steps and 回访, and a row per view of a case's parties (人民调解法 Art. 15: who saw whose details, and when).
// Migrations are versioned and never edited once released; a change is a new file.
import type { Kysely } from 'kysely';
import type { Engine } from '../../../data/database';
import { withId } from '../../../data/migrations/column-types';

export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  await withId(db.schema.createTable('casework_studios'), engine)
    .addColumn('org_unit_id', 'integer', (c) => c.notNull().references('org_units.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('opening_hours', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('casework_studios_unit').on('casework_studios').column('org_unit_id').execute();

  await db.schema
    .createTable('casework_staff')
    .addColumn('studio_id', 'integer', (c) => c.notNull().references('casework_studios.id'))
    .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('casework_staff_pk', ['studio_id', 'person_id'])
    .execute();
  await db.schema.createIndex('casework_staff_person').on('casework_staff').column('person_id').execute();

  await withId(db.schema.createTable('casework_visits'), engine)
    .addColumn('studio_id', 'integer', (c) => c.notNull().references('casework_studios.id'))
    .addColumn('visitor_name', 'text', (c) => c.notNull())
    .addColumn('visitor_phone', 'text')
    .addColumn('categories_json', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('done', 'text')
    .addColumn('visited_at', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'integer', (c) => c.notNull().references('people.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('casework_visits_studio')
    .on('casework_visits')
    .columns(['studio_id', 'visited_at'])
    .execute();

  await withId(db.schema.createTable('casework_cases'), engine)
    .addColumn('studio_id', 'integer', (c) => c.notNull().references('casework_studios.id'))
    .addColumn('visit_id', 'integer', (c) => c.references('casework_visits.id'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('accepted_at', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text')
    .addColumn('referred_office', 'text')
    .addColumn('referred_name', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('agreement_key', 'text')
    .addColumn('agreement_mime', 'text')
    .addColumn('agreement_bytes', 'integer')
    .addColumn('agreement_at', 'text')
    .addColumn('staff_warned_at', 'text')
    .addColumn('street_flagged_at', 'text')
    .addColumn('opened_by', 'integer', (c) => c.notNull().references('people.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('casework_cases_studio')
    .on('casework_cases')
    .columns(['studio_id', 'status', 'accepted_at'])
    .execute();
  await db.schema.createIndex('casework_cases_open').on('casework_cases').columns(['status', 'accepted_at']).execute();

  await withId(db.schema.createTable('casework_parties'), engine)
    .addColumn('case_id', 'integer', (c) => c.notNull().references('casework_cases.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('phone', 'text')
    .addColumn('role', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('casework_parties_case').on('casework_parties').column('case_id').execute();

  await withId(db.schema.createTable('casework_steps'), engine)
    .addColumn('case_id', 'integer', (c) => c.notNull().references('casework_cases.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('present', 'text')
    .addColumn('satisfied', 'integer')
    .addColumn('recorded_by', 'integer', (c) => c.notNull().references('people.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('casework_steps_case').on('casework_steps').columns(['case_id', 'at']).execute();

  await withId(db.schema.createTable('casework_views'), engine)
    .addColumn('case_id', 'integer', (c) => c.notNull().references('casework_cases.id'))
    .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id'))
    .addColumn('what', 'text', (c) => c.notNull())
    .addColumn('viewed_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('casework_views_case').on('casework_views').columns(['case_id', 'viewed_at']).execute();
}
