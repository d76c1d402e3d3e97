// Help requests (issue 21): "an elder needs help with this, then" — shared, no domain's own, so the time bank opens
// them and the 民情 casework can open one from a visit (backend/help-requests). The time bank's visits and the
// casework's cases point at them; the matching, the visit and the hours stay with the time bank.
import type { Kysely } from 'kysely';
import type { Engine } from '../database';
import { withId } from './column-types';

export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  await withId(db.schema.createTable('help_requests'), engine)
    // The elder helped, and the unit they belonged to when it was opened (the secretary's subtree and the street's pool).
    .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id'))
    .addColumn('org_unit_id', 'integer', (c) => c.notNull().references('org_units.id'))
    // Who asked: the elder, a linked relative or a secretary (equal to person_id when the elder asked).
    .addColumn('requested_by', 'integer', (c) => c.notNull().references('people.id'))
    // One of the four areas and a service of its catalogue (contracts/timebank.ts).
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('service', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    // Where to come (usually the home address): shown only to the matched helper and those acting for the elder.
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('urgency', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    // REQUEST_STATUSES (contracts/timebank.ts).
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('helper_id', 'integer', (c) => c.references('people.id'))
    .addColumn('matched_at', 'text')
    // What opened it ('timebank', 'casework') and that domain's own id for it (a visit, a case), for the way back.
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('source_ref', 'integer')
    // A secretary who opened it or approved the elder's need: the bank stands behind the hours (see the time bank's payer rule).
    .addColumn('approved_by', 'integer', (c) => c.references('people.id'))
    .addColumn('closed_at', 'text')
    .addColumn('close_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('help_requests_person').on('help_requests').columns(['person_id', 'status']).execute();
  await db.schema.createIndex('help_requests_unit').on('help_requests').columns(['org_unit_id', 'status', 'starts_at']).execute();
  await db.schema.createIndex('help_requests_helper').on('help_requests').columns(['helper_id', 'status']).execute();
  await db.schema.createIndex('help_requests_source').on('help_requests').columns(['source', 'source_ref']).execute();
}
