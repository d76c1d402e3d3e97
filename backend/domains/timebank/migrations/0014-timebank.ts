// The time bank (issue 21): helpers' offers, elders' printed cards, visits (scanned in and out, counter-signed),
// the secretary's approvals of need, the cached balances of the time bank's accounts (the ledger's sums stay the
// truth: the nightly check compares them), the nightly checks' results, dormant members and the 服务时间证明.
// The requests themselves are the shared help_requests (migration 0014-help-requests).
import { sql, type Kysely } from 'kysely';
import type { Engine } from '../../../data/database';
import { withId } from '../../../data/migrations/column-types';

export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  // One offer per helper: the services (JSON list), when free (JSON list of {weekday, from, to}) and the street served.
  await db.schema
    .createTable('tb_offers')
    .addColumn('person_id', 'integer', (c) => c.primaryKey().references('people.id'))
    .addColumn('services', 'text', (c) => c.notNull())
    .addColumn('availability', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('street_id', 'integer', (c) => c.notNull().references('org_units.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  // The elder's printed card: the same for life; reporting it lost closes it and a new one is made.
  await withId(db.schema.createTable('tb_cards'), engine)
    .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id'))
    .addColumn('issued_at', 'text', (c) => c.notNull())
    .addColumn('issued_by', 'integer', (c) => c.notNull().references('people.id'))
    .addColumn('lost_at', 'text')
    .addColumn('lost_by', 'integer', (c) => c.references('people.id'))
    .execute();
  await sql`create unique index tb_cards_one_live on tb_cards (person_id) where lost_at is null`.execute(db);

  // One visit per request: scanned in, scanned out, then confirmed, disputed or expired.
  await withId(db.schema.createTable('tb_visits'), engine)
    .addColumn('request_id', 'integer', (c) => c.notNull().unique().references('help_requests.id'))
    .addColumn('helper_id', 'integer', (c) => c.notNull().references('people.id'))
    .addColumn('elder_id', 'integer', (c) => c.notNull().references('people.id'))
    .addColumn('card_id', 'integer', (c) => c.notNull().references('tb_cards.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('check_in_at', 'text', (c) => c.notNull())
    .addColumn('check_out_at', 'text')
    .addColumn('minutes', 'integer', (c) => c.notNull().defaultTo(0))
    // Location hints of the two scans and what they flagged (JSON list): recorded, never proof.
    .addColumn('in_location', 'text')
    .addColumn('out_location', 'text')
    .addColumn('flags', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('confirm_by', 'text')
    .addColumn('confirmed_at', 'text')
    .addColumn('confirmed_by', 'integer', (c) => c.references('people.id'))
    .addColumn('confirmed_for_elder', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('dispute_reason', 'text')
    .addColumn('disputed_at', 'text')
    .addColumn('disputed_by', 'integer', (c) => c.references('people.id'))
    .addColumn('resolved_by', 'integer', (c) => c.references('people.id'))
    .addColumn('resolved_at', 'text')
    .addColumn('resolution_note', 'text')
    // What moved on the ledger when it was credited, and the China day it counts on.
    .addColumn('credited_minutes', 'integer')
    .addColumn('transfer_id', 'integer')
    .addColumn('served_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('tb_visits_helper').on('tb_visits').columns(['helper_id', 'status']).execute();
  await db.schema.createIndex('tb_visits_elder').on('tb_visits').columns(['elder_id', 'status']).execute();
  await db.schema.createIndex('tb_visits_status').on('tb_visits').columns(['status', 'confirm_by']).execute();

  // The secretary's decisions on need, newest last: the newest per person and kind holds.
  await withId(db.schema.createTable('tb_needs'), engine)
    .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('approved', 'integer', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'integer', (c) => c.notNull().references('people.id'))
    .addColumn('decided_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('tb_needs_person').on('tb_needs').columns(['person_id', 'kind', 'id']).execute();

  // The time bank's accounts' balances in minutes, kept with every transfer in the same transaction: a balance is
  // read in one row; the nightly check proves each equals the sum of its movements.
  await db.schema
    .createTable('tb_balances')
    .addColumn('account_kind', 'text', (c) => c.notNull())
    .addColumn('account_id', 'integer', (c) => c.notNull())
    .addColumn('minutes', 'integer', (c) => c.notNull())
    .addColumn('last_activity_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('tb_balances_pk', ['account_kind', 'account_id'])
    .execute();

  await withId(db.schema.createTable('tb_ledger_checks'), engine)
    .addColumn('checked_at', 'text', (c) => c.notNull())
    .addColumn('sum_zero', 'integer', (c) => c.notNull())
    .addColumn('below_floor', 'integer', (c) => c.notNull())
    .addColumn('mismatched', 'integer', (c) => c.notNull())
    .addColumn('accounts', 'integer', (c) => c.notNull())
    .addColumn('movements', 'integer', (c) => c.notNull())
    .execute();

  // Members with no activity for a year: flagged, hours kept; activity clears the flag.
  await db.schema
    .createTable('tb_dormant')
    .addColumn('person_id', 'integer', (c) => c.primaryKey().references('people.id'))
    .addColumn('flagged_at', 'text', (c) => c.notNull())
    .execute();
}
