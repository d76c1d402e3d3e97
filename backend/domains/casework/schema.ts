// The casework domain's tables. The interface joins Schema through the declaration at the end; CASEWORK_TABLES lists
// them for clearAll, children first.
import type { Generated } from 'kysely';
import type { CaseSource, CaseType, Outcome, PartyRole, ReferralOffice, StudioKind } from '../../../contracts/casework';

export interface CaseworkStudiosTable {
  id: Generated<number>;
  /** The community (org unit) the studio belongs to. */
  org_unit_id: number;
  name: string;
  kind: StudioKind;
  opening_hours: string;
  created_at: string;
}

export interface CaseworkStaffTable {
  studio_id: number;
  person_id: number;
  created_at: string;
}

export interface CaseworkVisitsTable {
  id: Generated<number>;
  studio_id: number;
  visitor_name: string;
  visitor_phone: string | null;
  /** VisitCategory[] as JSON. */
  categories_json: string;
  summary: string;
  done: string | null;
  visited_at: string;
  recorded_by: number;
  created_at: string;
}

export interface CaseworkCasesTable {
  id: Generated<number>;
  studio_id: number;
  visit_id: number | null;
  type: CaseType;
  source: CaseSource;
  summary: string;
  accepted_at: string;
  status: 'open' | 'closed';
  outcome: Outcome | null;
  referred_office: ReferralOffice | null;
  referred_name: string | null;
  closed_at: string | null;
  /** The agreement in the private store (`casework/agreements/<uuid>.<ext>`). */
  agreement_key: string | null;
  agreement_mime: string | null;
  agreement_bytes: number | null;
  agreement_at: string | null;
  /** Set once by the deadline job: the staff were told at 20 days, the street at 30. */
  staff_warned_at: string | null;
  street_flagged_at: string | null;
  opened_by: number;
  created_at: string;
}

export interface CaseworkPartiesTable {
  id: Generated<number>;
  case_id: number;
  name: string;
  phone: string | null;
  role: PartyRole;
}

export interface CaseworkStepsTable {
  id: Generated<number>;
  case_id: number;
  /** step: a mediation session; follow_up: the 回访. */
  kind: 'step' | 'follow_up';
  at: string;
  note: string;
  present: string | null;
  satisfied: number | null;
  recorded_by: number;
  created_at: string;
}

export interface CaseworkViewsTable {
  id: Generated<number>;
  case_id: number;
  person_id: number;
  /** case: opened the case's parties; agreement: fetched the agreement. */
  what: 'case' | 'agreement';
  viewed_at: string;
}

export type CaseRow = Omit<CaseworkCasesTable, 'id'> & { id: number };
export type StudioRow = Omit<CaseworkStudiosTable, 'id'> & { id: number };

export interface CaseworkTables {
  casework_studios: CaseworkStudiosTable;
  casework_staff: CaseworkStaffTable;
  casework_visits: CaseworkVisitsTable;
  casework_cases: CaseworkCasesTable;
  casework_parties: CaseworkPartiesTable;
  casework_steps: CaseworkStepsTable;
  casework_views: CaseworkViewsTable;
}

export const CASEWORK_TABLES = [
  'casework_views',
  'casework_steps',
  'casework_parties',
  'casework_cases',
  'casework_visits',
  'casework_staff',
  'casework_studios',
] as const;

// This domain's tables are part of Schema wherever the folder is: no shared list to forget.
declare module '../../data/schema' {
  interface Schema extends CaseworkTables {}
}
