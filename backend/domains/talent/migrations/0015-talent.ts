// talent (银发人才库): the bureau's list of fields, a profile per person with a dated consent, requests from units,
// and the invitations a manager sends. Nothing here is ever deleted by the app: a withdrawal marks the profile.
import { sql, type Kysely } from 'kysely';
import { DEFAULT_TALENT_FIELDS } from '../../../../contracts/talent';
import type { Engine } from '../../../data/database';
import { withId } from '../../../data/migrations/column-types';

export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  await db.schema
    .createTable('talent_fields')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();
  for (const [position, name] of DEFAULT_TALENT_FIELDS.entries())
    await sql`insert into talent_fields (name, position) values (${name}, ${position})`.execute(db);

  await db.schema
    .createTable('talent_profiles')
    .addColumn('person_id', 'integer', (c) => c.primaryKey().references('people.id'))
    .addColumn('field', 'text', (c) => c.notNull().references('talent_fields.name'))
    .addColumn('specialities_json', 'text', (c) => c.notNull())
    .addColumn('qualifications', 'text')
    .addColumn('availability_json', 'text', (c) => c.notNull())
    .addColumn('health', 'text')
    .addColumn('listed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('consent_at', 'text')
    .addColumn('withdrawn_at', 'text')
    .addColumn('consent_asked_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('talent_profiles_field').on('talent_profiles').columns(['field', 'consent_at']).execute();

  await withId(db.schema.createTable('talent_requests'), engine)
    .addColumn('org_unit_id', 'integer', (c) => c.notNull().references('org_units.id'))
    .addColumn('posted_by', 'integer', (c) => c.notNull().references('people.id'))
    .addColumn('field', 'text', (c) => c.notNull().references('talent_fields.name'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
    .addColumn('matched_person_id', 'integer', (c) => c.references('people.id'))
    .addColumn('matched_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addCheckConstraint('talent_requests_status', sql`status in ('open', 'matched')`)
    .execute();
  await db.schema
    .createIndex('talent_requests_unit')
    .on('talent_requests')
    .columns(['org_unit_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('talent_invitations')
    .addColumn('request_id', 'integer', (c) => c.notNull().references('talent_requests.id'))
    .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id'))
    .addColumn('invited_by', 'integer', (c) => c.notNull().references('people.id'))
    .addColumn('invited_at', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('answered_at', 'text')
    .addPrimaryKeyConstraint('talent_invitations_pk', ['request_id', 'person_id'])
    .addCheckConstraint('talent_invitations_status', sql`status in ('pending', 'accepted', 'declined')`)
    .execute();
  await db.schema.createIndex('talent_invitations_person').on('talent_invitations').column('person_id').execute();
}
