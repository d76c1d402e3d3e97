// Table types of the help requests (./open.ts); `Schema` (backend/data/schema.ts) includes them. Named for no
// domain: the time bank opens and serves them, the 民情 casework opens one from a visit.
import type { Generated, Selectable } from 'kysely';
import type { RequestStatus, TimebankArea, Urgency } from '../../contracts/timebank';

/** What opened a request: the time bank's own action, or a case of the 民情 casework. */
export type HelpRequestSource = 'timebank' | 'casework';

export interface HelpRequestsTable {
  id: Generated<number>;
  person_id: number;
  org_unit_id: number;
  requested_by: number;
  category: TimebankArea;
  service: string;
  starts_at: string;
  ends_at: string;
  place: string;
  urgency: Urgency;
  note: string | null;
  status: RequestStatus;
  helper_id: number | null;
  matched_at: string | null;
  source: HelpRequestSource;
  source_ref: number | null;
  approved_by: number | null;
  closed_at: string | null;
  close_reason: string | null;
  created_at: string;
  updated_at: string;
}

export type HelpRequestRow = Selectable<HelpRequestsTable>;

export interface HelpRequestTables {
  help_requests: HelpRequestsTable;
}
