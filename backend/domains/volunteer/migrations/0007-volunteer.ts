// volunteer: teams, service posts and their managers, weekly shifts and per-occurrence sign-ups, service records
// (one open per person, enforced by a unique column), the double-entry hours ledger, corrections, requests for
// correction, offline scans already taken (idempotent by the client's id) and certificates.
import type { Kysely } from 'kysely';
import type { Engine } from '../../../data/database';
import { floatType, withId } from '../../../data/migrations/column-types';

export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const float = floatType(engine);

  await withId(db.schema.createTable('vol_teams'), engine)
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('org_unit_id', 'integer', (c) => c.notNull().references('org_units.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('vol_team_members')
    .addColumn('team_id', 'integer', (c) => c.notNull().references('vol_teams.id'))
    .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('vol_team_members_pk', ['team_id', 'person_id'])
    .execute();
  await db.schema.createIndex('vol_team_members_person').on('vol_team_members').column('person_id').execute();

  await withId(db.schema.createTable('vol_posts'), engine)
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('lat', float, (c) => c.notNull())
    .addColumn('lng', float, (c) => c.notNull())
    .addColumn('radius', 'integer', (c) => c.notNull())
    .addColumn('org_unit_id', 'integer', (c) => c.notNull().references('org_units.id'))
    .addColumn('team_id', 'integer', (c) => c.references('vol_teams.id'))
    .addColumn('check_in_mode', 'text', (c) => c.notNull())
    .addColumn('walk_ins', 'integer', (c) => c.notNull())
    .addColumn('window_minutes', 'integer', (c) => c.notNull())
    .addColumn('min_share', float, (c) => c.notNull())
    .addColumn('open_hours', 'text', (c) => c.notNull())
    .addColumn('services_json', 'text', (c) => c.notNull())
    .addColumn('contact_name', 'text', (c) => c.notNull())
    .addColumn('contact_phone', 'text', (c) => c.notNull())
    /** The rotating code's TOTP secret (base32); never leaves the server except as the current code. */
    .addColumn('totp_secret', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('vol_posts_unit').on('vol_posts').column('org_unit_id').execute();

  await db.schema
    .createTable('vol_post_managers')
    .addColumn('post_id', 'integer', (c) => c.notNull().references('vol_posts.id'))
    .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('vol_post_managers_pk', ['post_id', 'person_id'])
    .execute();
  await db.schema.createIndex('vol_post_managers_person').on('vol_post_managers').column('person_id').execute();

  await withId(db.schema.createTable('vol_shifts'), engine)
    .addColumn('post_id', 'integer', (c) => c.notNull().references('vol_posts.id'))
    /** ISO weekday in China time, 1 = Monday … 7 = Sunday. */
    .addColumn('weekday', 'integer', (c) => c.notNull())
    /** "HH:MM" China time. */
    .addColumn('starts', 'text', (c) => c.notNull())
    .addColumn('ends', 'text', (c) => c.notNull())
    .addColumn('capacity', 'integer', (c) => c.notNull())
    .addColumn('service', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('vol_shifts_post').on('vol_shifts').column('post_id').execute();

  await withId(db.schema.createTable('vol_signups'), engine)
    .addColumn('shift_id', 'integer', (c) => c.notNull().references('vol_shifts.id'))
    .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id'))
    /** The occurrence: its China date, YYYY-MM-DD. */
    .addColumn('occurs_on', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('vol_signups_once')
    .on('vol_signups')
    .columns(['shift_id', 'occurs_on', 'person_id'])
    .unique()
    .execute();
  await db.schema.createIndex('vol_signups_person').on('vol_signups').columns(['person_id', 'occurs_on']).execute();

  await withId(db.schema.createTable('vol_records'), engine)
    .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id'))
    .addColumn('post_id', 'integer', (c) => c.notNull().references('vol_posts.id'))
    .addColumn('shift_id', 'integer', (c) => c.references('vol_shifts.id'))
    /** The shift occurrence served (null for a walk-in). */
    .addColumn('shift_start', 'text')
    .addColumn('shift_end', 'text')
    .addColumn('check_in_at', 'text', (c) => c.notNull())
    .addColumn('check_out_at', 'text')
    /** The person's id while the record is open, null after: unique, so one open record per person on any device. */
    .addColumn('open_person_id', 'integer', (c) => c.unique())
    .addColumn('in_lat', float)
    .addColumn('in_lng', float)
    .addColumn('in_accuracy', float)
    .addColumn('out_lat', float)
    .addColumn('out_lng', float)
    .addColumn('out_accuracy', float)
    /** Which code was used: the scene's signature or the TOTP step, so a burst from one code shows. */
    .addColumn('in_code', 'text', (c) => c.notNull())
    .addColumn('flags_json', 'text', (c) => c.notNull())
    /** open → pending (to confirm) / not_counted → confirmed / corrected. Hours live in the ledger, not here. */
    .addColumn('status', 'text', (c) => c.notNull())
    /** Minutes served as measured at check-out (the original; corrections never change it). */
    .addColumn('served_minutes', 'integer')
    .addColumn('counted', 'integer', (c) => c.notNull())
    .addColumn('service', 'text', (c) => c.notNull())
    .addColumn('confirmed_by', 'integer', (c) => c.references('people.id'))
    .addColumn('confirmed_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('vol_records_person').on('vol_records').columns(['person_id', 'check_in_at']).execute();
  await db.schema.createIndex('vol_records_post').on('vol_records').columns(['post_id', 'check_in_at']).execute();

  // The ledger: a transfer writes movements that sum to zero; balances are sums of movements, never stored alone.
  await withId(db.schema.createTable('vol_transfers'), engine)
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('record_id', 'integer', (c) => c.references('vol_records.id'))
    .addColumn('reason', 'text')
    .addColumn('created_by', 'integer', (c) => c.references('people.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('vol_transfers_record').on('vol_transfers').column('record_id').execute();

  await withId(db.schema.createTable('vol_movements'), engine)
    .addColumn('transfer_id', 'integer', (c) => c.notNull().references('vol_transfers.id'))
    /** 'volunteer' (a person's time-bank account) or 'post' (the post that certifies the service). */
    .addColumn('account_kind', 'text', (c) => c.notNull())
    .addColumn('account_id', 'integer', (c) => c.notNull())
    .addColumn('record_id', 'integer', (c) => c.references('vol_records.id'))
    /** Whole minutes; positive credits the account. */
    .addColumn('minutes', 'integer', (c) => c.notNull())
    /** The China date of the service (not of the write), so a correction counts in the month served. */
    .addColumn('served_on', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  // myHours reads only this index (covering: served_on and minutes are in it).
  await db.schema
    .createIndex('vol_movements_account')
    .on('vol_movements')
    .columns(['account_kind', 'account_id', 'served_on', 'minutes'])
    .execute();
  await db.schema.createIndex('vol_movements_record').on('vol_movements').column('record_id').execute();

  await withId(db.schema.createTable('vol_corrections'), engine)
    .addColumn('record_id', 'integer', (c) => c.notNull().references('vol_records.id'))
    .addColumn('transfer_id', 'integer', (c) => c.references('vol_transfers.id'))
    .addColumn('previous_minutes', 'integer', (c) => c.notNull())
    .addColumn('minutes', 'integer', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.notNull().references('people.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('vol_corrections_record').on('vol_corrections').column('record_id').execute();

  await withId(db.schema.createTable('vol_correction_requests'), engine)
    .addColumn('record_id', 'integer', (c) => c.notNull().references('vol_records.id'))
    .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id'))
    .addColumn('post_id', 'integer', (c) => c.notNull().references('vol_posts.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('hours', float)
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('answer', 'text')
    .addColumn('answered_by', 'integer', (c) => c.references('people.id'))
    .addColumn('answered_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('vol_correction_requests_post')
    .on('vol_correction_requests')
    .columns(['post_id', 'status'])
    .execute();

  // Offline scans already taken, by the client's own id, per person: a replay finds its row and changes nothing.
  await db.schema
    .createTable('vol_client_scans')
    .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id'))
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('record_id', 'integer', (c) => c.notNull().references('vol_records.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('vol_client_scans_pk', ['person_id', 'client_id'])
    .execute();

  await withId(db.schema.createTable('vol_certificates'), engine)
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id'))
    .addColumn('from_day', 'text', (c) => c.notNull())
    .addColumn('to_day', 'text', (c) => c.notNull())
    .addColumn('minutes', 'integer', (c) => c.notNull())
    /** SHA-256 over the movements the certificate counted: any later correction in the period changes it. */
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('content_json', 'text', (c) => c.notNull())
    .addColumn('issuer_json', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('vol_certificates_person').on('vol_certificates').column('person_id').execute();
}
