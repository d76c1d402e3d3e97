// notices: a notice is one row addressed to one org unit (its audience is computed from the org tree when people
// read, so publishing to 10,000 members writes one row); every version of its text is kept; a receipt is one row
// per reader; a reminder is one row per notice per China day, so a second 提醒 the same day cannot be written.
import type { Kysely } from 'kysely';
import type { Engine } from '../../../data/database';
import { withId } from '../../../data/migrations/column-types';

export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  await withId(db.schema.createTable('notices'), engine)
    .addColumn('audience_org_unit_id', 'integer', (c) => c.notNull().references('org_units.id'))
    .addColumn('publisher_person_id', 'integer', (c) => c.notNull().references('people.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('importance', 'text', (c) => c.notNull())
    .addColumn('needs_ack', 'integer', (c) => c.notNull())
    .addColumn('pinned', 'integer', (c) => c.notNull())
    /** The current version (1 at publishing); notice_versions keeps every one. */
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('publish_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text')
    .addColumn('withdrawn_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // A member's notices are those addressed to one of the units on their path: an index lookup per ancestor.
  await db.schema
    .createIndex('notices_audience')
    .on('notices')
    .columns(['audience_org_unit_id', 'publish_at'])
    .execute();
  await db.schema.createIndex('notices_publisher').on('notices').columns(['publisher_person_id', 'id']).execute();

  await withId(db.schema.createTable('notice_versions'), engine)
    .addColumn('notice_id', 'integer', (c) => c.notNull().references('notices.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('importance', 'text', (c) => c.notNull())
    .addColumn('needs_ack', 'integer', (c) => c.notNull())
    .addColumn('edited_by', 'integer', (c) => c.notNull().references('people.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('notice_versions_once', ['notice_id', 'version'])
    .execute();

  // One row per reader: opening again changes nothing; acknowledging fills acknowledged_at once.
  await db.schema
    .createTable('notice_receipts')
    .addColumn('notice_id', 'integer', (c) => c.notNull().references('notices.id'))
    .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id'))
    .addColumn('read_at', 'text', (c) => c.notNull())
    /** The version the person last opened: a later edit shows them 已更新. */
    .addColumn('read_version', 'integer', (c) => c.notNull())
    .addColumn('acknowledged_at', 'text')
    .addPrimaryKeyConstraint('notice_receipts_pk', ['notice_id', 'person_id'])
    .execute();
  await db.schema
    .createIndex('notice_receipts_person')
    .on('notice_receipts')
    .columns(['person_id', 'notice_id'])
    .execute();

  await db.schema
    .createTable('notice_reminders')
    .addColumn('notice_id', 'integer', (c) => c.notNull().references('notices.id'))
    /** China calendar day, YYYY-MM-DD: at most one reminder per notice per day. */
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('reminded_by', 'integer', (c) => c.notNull().references('people.id'))
    .addColumn('recipients', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('notice_reminders_pk', ['notice_id', 'day'])
    .execute();
}
