// Table types for the query layer. Timestamps are ISO-8601 UTC strings and flags are 0/1 integers,
// so the same rows round-trip unchanged through SQLite and PostgreSQL.
import type { Generated, Insertable, Selectable } from 'kysely';
import type { OrgLevel, Role } from '../../contracts/roles';
import type { HelpRequestTables } from '../help-requests/schema';
import type { LedgerTables } from '../ledger/schema';

export interface OrgUnitsTable {
  id: Generated<number>;
  name: string;
  level: OrgLevel;
  parent_id: number | null;
  /** Materialised path of ids, e.g. "/1/4/9/" — subtree checks are a prefix test. */
  path: string;
  created_at: string;
  /** The bureau's own code for the unit (imports may name a branch by it); null when it has none. */
  code: string | null;
  /** A closed unit keeps its history but takes no new members or children. */
  closed_at: string | null;
}

export type PersonStatus = 'active' | 'transferred' | 'deceased';

export interface PeopleTable {
  id: Generated<number>;
  name: string;
  /** Demo login handle (member1 …); null for real people. */
  handle: string | null;
  org_unit_id: number;
  /** 11-digit mobile number or null; shown in full only as backend/rules/phone-visibility.ts allows. */
  phone: string | null;
  /** The roster (issue 12): 男/女, birth year, 入党时间 as YYYY-MM or YYYY-MM-DD, 原单位职务, skills. */
  gender: string | null;
  birth_year: number | null;
  joined_party_on: string | null;
  former_post: string | null;
  /** 'active' 在册, 'transferred' 转出, 'deceased' 已故; the date it changed in status_on. */
  status: Generated<PersonStatus>;
  status_on: string | null;
  skills: string | null;
  /** The bureau's roster number, when the imported file has one: a changed row is matched by it or by phone. */
  roster_no: string | null;
  /** Lower-case name, full pinyin and initials, written with the name, so search forgives (zxy finds 张秀英). */
  search_key: string | null;
  large_text: Generated<number>;
  read_aloud: Generated<number>;
  /** Signed sessions carry this; bumping it ends every session issued before (role change, lost phone). */
  session_version: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface IdentitiesTable {
  id: Generated<number>;
  /** 'wechat' (OPENID from the cloud context). Host sessions are signed tokens and need no row. */
  provider: string;
  subject: string;
  person_id: number;
  created_at: string;
}

export interface RoleGrantsTable {
  id: Generated<number>;
  person_id: number;
  role: Role;
  /** The grant applies to this org unit and its whole subtree. */
  org_unit_id: number;
  created_at: string;
}

/**
 * A member's short family code, stored hashed; a relative redeems it once on their own phone. Family links say who
 * may act for whom (backend/access/family-links.ts): no one domain's tables (made by migration 0006, for events).
 */
export interface FamilyCodesTable {
  person_id: number;
  code_hash: string;
  expires_at: string;
  created_at: string;
}

export interface FamilyLinksTable {
  id: Generated<number>;
  member_id: number;
  relative_id: number;
  created_at: string;
}

export interface InvitationsTable {
  id: Generated<number>;
  /** SHA-256 of the code: a leaked table does not leak usable codes. */
  code_hash: string;
  person_id: number;
  org_unit_id: number;
  created_by: number;
  expires_at: string;
  used_at: string | null;
  /** Who redeemed it ("wechat:<openid>" or "retry:<hash of the code and the client's request id>"), so a resend is recognised. */
  redeemed_by: string | null;
  /** Replaced by a newer invitation or withdrawn; at most one invitation per person is open (unused, not revoked). */
  revoked_at: string | null;
  created_at: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  trace_id: string;
  actor_person_id: number | null;
  fn: string;
  action: string;
  entity: string;
  entity_id: string | null;
  /** JSON of the relevant fields before and after the write (null when created or deleted). */
  before_json: string | null;
  after_json: string | null;
}

export interface IdempotencyKeysTable {
  /** "<fn>.<action>:<person id>:<request id>": a key only ever answers the caller who made it. */
  key: string;
  /** SHA-256 of the validated input: the same key sent with other data is refused, not silently answered. */
  request_hash: string;
  /** The answer as kept (without secrets: see ActionSpec.replay). */
  result_json: string;
  created_at: string;
}

export interface ListeningClocksTable {
  person_id: number;
  /** Seconds of study credit the person may still be given; refills with real time up to a small allowance. */
  budget: number;
  updated_at: string;
}

export interface CollectionsTable {
  id: Generated<number>;
  key: string | null;
  name: string;
  description: string;
  sort: Generated<number>;
}

export interface BooksTable {
  id: Generated<number>;
  key: string | null;
  collection_id: number;
  title: string;
  author: string;
  reader: string;
  description: string;
  cover_color: string;
  cover_glyph: string;
  sort: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface ChaptersTable {
  id: Generated<number>;
  book_id: number;
  seq: number;
  title: string;
  duration: number;
  /** The audio's key in the file store (`books/…`, `uploads/…`): every runtime serves it (backend/files). */
  audio_path: string;
  audio_bytes: number;
  audio_mime: string;
  transcript: string;
  created_at: string;
}

export interface ListeningPositionsTable {
  id: Generated<number>;
  person_id: number;
  book_id: number;
  chapter_id: number;
  position: number;
  updated_at: string;
}

export interface ChapterCoverageTable {
  id: Generated<number>;
  person_id: number;
  chapter_id: number;
  coverage_json: string;
  covered: number;
  last_report_at: string | null;
}

export interface StudyDaysTable {
  id: Generated<number>;
  person_id: number;
  day: string;
  seconds: number;
}

export interface QrCodesTable {
  scene: string;
  type: string;
  target_id: number;
  url: string;
  /** The image's key in the file store (`qr/…`). */
  image: string;
  created_at: string;
}

export type FilePurpose = 'upload' | 'export';

/** A file kept in the file store that something must know about: an upload's facts, an export's owner and end. */
export interface FilesTable {
  key: string;
  purpose: FilePurpose;
  owner_id: number | null;
  name: string;
  mime: string;
  bytes: number;
  /** Seconds of audio (uploads). */
  duration: number | null;
  created_at: string;
  /** When an export's link ends and the file is deleted. */
  expires_at: string | null;
}

export type JobStatus = 'queued' | 'running' | 'done' | 'parked';

export interface JobsTable {
  id: Generated<number>;
  /** Which registered handler runs it (backend/jobs/registry.ts). */
  kind: string;
  payload_json: string;
  /** Scheduling the same work twice is one row: "<kind>:<what it is about>". */
  dedupe_key: string;
  status: JobStatus;
  /** Due time: a queued job runs at or after this. */
  run_at: string;
  /** Claims so far (a claim whose runner died counts too). */
  attempts: Generated<number>;
  /** A running job belongs to `locked_by` until then; after it, another runner may take it over. */
  locked_until: string | null;
  /** The claim's own token (runner and a fresh id): only the claimant may finish the job. */
  locked_by: string | null;
  last_error: string | null;
  created_at: string;
  updated_at: string;
  finished_at: string | null;
}

export interface MessagesTable {
  id: Generated<number>;
  person_id: number;
  kind: string;
  /** One short full sentence (≤ 60 characters). */
  text: string;
  /** The page the message is about, e.g. "/subpackages/events/detail/index"; null when it links nowhere. */
  link_page: string | null;
  /** JSON object of string query parameters for link_page. */
  link_params_json: string;
  created_at: string;
  read_at: string | null;
}

/** pending: to send (or retry); sent; skipped: cannot go by WeChat here; no_consent; refused (43101); failed: gave up. */
export type OutboxStatus = 'pending' | 'sent' | 'skipped' | 'no_consent' | 'refused' | 'failed';

export interface OutboxTable {
  id: Generated<number>;
  person_id: number;
  /** The inbox row this message mirrors. */
  message_id: number | null;
  /** Our template name (event_promoted …); the WeChat template id comes from config. */
  template: string;
  /** JSON of our named fields ({ title, time, … }); config maps them to the template's keys. */
  data_json: string;
  /** Mini-program page with query, no leading slash, for the message's tap. */
  page: string;
  status: OutboxStatus;
  attempts: Generated<number>;
  last_error: string | null;
  created_at: string;
  finished_at: string | null;
}

export interface SubscribeConsentsTable {
  person_id: number;
  template: string;
  /** Sends still allowed: each consent adds one, each send uses one. */
  remaining: number;
  updated_at: string;
}

export interface SettingsTable {
  key: string;
  value: string;
}

/** Shared rate-limit counters (PostgreSQL hosts; rate-limits.ts): calls counted in the window ending at expires_at. */
export interface RateLimitCountersTable {
  key: string;
  points: number;
  expires_at: string;
}

/** Every table: the shared ones below, the hours ledger's, the help requests', and each domain's own, which its schema.ts adds to this interface. */
export interface Schema extends LedgerTables, HelpRequestTables {
  org_units: OrgUnitsTable;
  people: PeopleTable;
  identities: IdentitiesTable;
  role_grants: RoleGrantsTable;
  invitations: InvitationsTable;
  family_codes: FamilyCodesTable;
  family_links: FamilyLinksTable;
  audit_log: AuditLogTable;
  idempotency_keys: IdempotencyKeysTable;
  settings: SettingsTable;
  rate_limit_counters: RateLimitCountersTable;
  collections: CollectionsTable;
  books: BooksTable;
  chapters: ChaptersTable;
  listening_positions: ListeningPositionsTable;
  chapter_coverage: ChapterCoverageTable;
  listening_clocks: ListeningClocksTable;
  study_days: StudyDaysTable;
  qr_codes: QrCodesTable;
  files: FilesTable;
  jobs: JobsTable;
  messages: MessagesTable;
  outbox: OutboxTable;
  subscribe_consents: SubscribeConsentsTable;
}

export type OrgUnitRow = Selectable<OrgUnitsTable>;
export type PersonRow = Selectable<PeopleTable>;
export type NewAuditRow = Insertable<AuditLogTable>;
export type BookRow = Selectable<BooksTable>;
export type ChapterRow = Selectable<ChaptersTable>;
export type JobRow = Selectable<JobsTable>;
export type FileRow = Selectable<FilesTable>;
export type MessageRow = Selectable<MessagesTable>;
export type OutboxRow = Selectable<OutboxTable>;
