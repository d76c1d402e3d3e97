// Table types of the notices domain; `Schema` (./schema.ts) includes them. Same conventions as schema.ts.
import type { Generated, Selectable } from 'kysely';

export type NoticeImportance = 'normal' | 'important';

export interface NoticesTable {
  id: Generated<number>;
  /** Everyone whose home unit lies in this unit's subtree receives it; computed when they read. */
  audience_org_unit_id: number;
  publisher_person_id: number;
  title: string;
  body: string;
  importance: NoticeImportance;
  needs_ack: number;
  pinned: number;
  version: number;
  /** Readers see it from this time on (a scheduled notice has it in the future). */
  publish_at: string;
  expires_at: string | null;
  withdrawn_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface NoticeVersionsTable {
  id: Generated<number>;
  notice_id: number;
  version: number;
  title: string;
  body: string;
  importance: NoticeImportance;
  needs_ack: number;
  edited_by: number;
  created_at: string;
}

export interface NoticeReceiptsTable {
  notice_id: number;
  person_id: number;
  read_at: string;
  read_version: number;
  acknowledged_at: string | null;
}

export interface NoticeRemindersTable {
  notice_id: number;
  day: string;
  reminded_by: number;
  recipients: number;
  created_at: string;
}

export interface NoticesTables {
  notices: NoticesTable;
  notice_versions: NoticeVersionsTable;
  notice_receipts: NoticeReceiptsTable;
  notice_reminders: NoticeRemindersTable;
}

export type NoticeRow = Selectable<NoticesTable>;
export type NoticeReceiptRow = Selectable<NoticeReceiptsTable>;

/** This domain's tables, children before parents: `clearAll` empties them in this order, before the shared tables. */
export const NOTICES_TABLES = ['notice_reminders', 'notice_receipts', 'notice_versions', 'notices'] as const;

// This domain's tables are part of Schema wherever the folder is: no shared list to forget.
declare module '../../data/schema' {
  interface Schema extends NoticesTables {}
}
