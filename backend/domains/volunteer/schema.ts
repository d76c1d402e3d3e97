// Table types of the volunteer domain; `Schema` (./schema.ts) includes them. Same conventions as schema.ts.
import type { Generated, Selectable } from 'kysely';
import type { CheckInModeName } from '../../../contracts/volunteer';
import type { CertificateTable } from '../../certificates/schema';
import { LEDGER_TABLES } from '../../ledger/schema';

export type CheckInMode = CheckInModeName;
export type RecordStatus = 'open' | 'pending' | 'not_counted' | 'confirmed' | 'corrected';
export type CorrectionRequestStatus = 'open' | 'accepted' | 'declined';
/** 'applied': in the ledger; 'awaiting': beyond the record's bound, waiting for a second approver; 'declined'. */
export type CorrectionStatus = 'applied' | 'awaiting' | 'declined';

export interface VolTeamsTable {
  id: Generated<number>;
  name: string;
  org_unit_id: number;
  created_at: string;
}

export interface VolTeamMembersTable {
  team_id: number;
  person_id: number;
  role: 'leader' | 'member';
  created_at: string;
}

export interface VolPostsTable {
  id: Generated<number>;
  name: string;
  kind: string;
  address: string;
  lat: number;
  lng: number;
  /** Metres around (lat, lng) where a check-in counts as at the post. */
  radius: number;
  org_unit_id: number;
  team_id: number | null;
  check_in_mode: CheckInMode;
  walk_ins: number;
  /** Minutes before the shift starts and after it ends in which a check-in is taken. */
  window_minutes: number;
  /** Share of the shift (0–1) a stay must reach to count. */
  min_share: number;
  open_hours: string;
  services_json: string;
  contact_name: string;
  contact_phone: string;
  totp_secret: string;
  created_at: string;
  updated_at: string;
}

export interface VolPostManagersTable {
  post_id: number;
  person_id: number;
  created_at: string;
}

export interface VolShiftsTable {
  id: Generated<number>;
  post_id: number;
  weekday: number;
  starts: string;
  ends: string;
  capacity: number;
  service: string;
  created_at: string;
}

export interface VolSignupsTable {
  id: Generated<number>;
  shift_id: number;
  person_id: number;
  occurs_on: string;
  created_at: string;
}

export interface VolRecordsTable {
  id: Generated<number>;
  person_id: number;
  post_id: number;
  shift_id: number | null;
  shift_start: string | null;
  shift_end: string | null;
  check_in_at: string;
  check_out_at: string | null;
  open_person_id: number | null;
  in_lat: number | null;
  in_lng: number | null;
  in_accuracy: number | null;
  out_lat: number | null;
  out_lng: number | null;
  out_accuracy: number | null;
  in_code: string;
  flags_json: string;
  status: RecordStatus;
  served_minutes: number | null;
  counted: number;
  service: string;
  confirmed_by: number | null;
  confirmed_at: string | null;
  /** 1 when the phone alone vouches for the record (backend/domains/volunteer/rules/trust.ts): it counts once confirmed. */
  needs_confirmation: Generated<number>;
  created_at: string;
}

export interface VolCorrectionsTable {
  id: Generated<number>;
  record_id: number;
  transfer_id: number | null;
  previous_minutes: number;
  minutes: number;
  reason: string;
  /** Who set (or proposed) the hours. */
  created_by: number;
  created_at: string;
  status: Generated<CorrectionStatus>;
  /** The second approver, above the post manager, of a correction beyond the record's bound. */
  approved_by: number | null;
  approved_at: string | null;
}

export interface VolCorrectionRequestsTable {
  id: Generated<number>;
  record_id: number;
  person_id: number;
  post_id: number;
  reason: string;
  hours: number | null;
  status: CorrectionRequestStatus;
  answer: string | null;
  answered_by: number | null;
  answered_at: string | null;
  created_at: string;
}

export interface VolClientScansTable {
  person_id: number;
  client_id: string;
  kind: 'in' | 'out';
  record_id: number;
  created_at: string;
}

export type VolCertificatesTable = CertificateTable;

export interface VolunteerTables {
  vol_teams: VolTeamsTable;
  vol_team_members: VolTeamMembersTable;
  vol_posts: VolPostsTable;
  vol_post_managers: VolPostManagersTable;
  vol_shifts: VolShiftsTable;
  vol_signups: VolSignupsTable;
  vol_records: VolRecordsTable;
  vol_corrections: VolCorrectionsTable;
  vol_correction_requests: VolCorrectionRequestsTable;
  vol_client_scans: VolClientScansTable;
  vol_certificates: VolCertificatesTable;
}

export type VolPostRow = Selectable<VolPostsTable>;
export type VolShiftRow = Selectable<VolShiftsTable>;
export type VolRecordRow = Selectable<VolRecordsTable>;

/** This domain's tables, children before parents: `clearAll` empties them in this order, before the shared tables. */
export const VOLUNTEER_TABLES = [
  'vol_certificates',
  'vol_client_scans',
  'vol_correction_requests',
  'vol_corrections',
  // The ledger's rows point at records (and corrections at transfers), so they are emptied between the two.
  ...LEDGER_TABLES,
  'vol_records',
  'vol_signups',
  'vol_shifts',
  'vol_post_managers',
  'vol_posts',
  'vol_team_members',
  'vol_teams',
] as const;

// This domain's tables are part of Schema wherever the folder is: no shared list to forget.
declare module '../../data/schema' {
  interface Schema extends VolunteerTables {}
}
