// The time bank's own tables (migrations/0014-timebank.ts). The requests are the shared help_requests
// (backend/help-requests); the hours are the shared ledger's (backend/ledger).
import type { Generated, Selectable } from 'kysely';
import type { NeedKind, VisitStatus } from '../../../contracts/timebank';
import type { CertificateTable } from '../../certificates/schema';
import type { AccountKind } from '../../ledger/transfers';

export interface TbOffersTable {
  person_id: number;
  /** JSON: string[] of catalogue services. */
  services: string;
  /** JSON: { weekday, from, to }[]. */
  availability: string;
  note: string | null;
  street_id: number;
  created_at: string;
  updated_at: string;
}

export interface TbCardsTable {
  id: Generated<number>;
  person_id: number;
  issued_at: string;
  issued_by: number;
  lost_at: string | null;
  lost_by: number | null;
}

export interface TbVisitsTable {
  id: Generated<number>;
  request_id: number;
  helper_id: number;
  elder_id: number;
  card_id: number;
  status: VisitStatus;
  check_in_at: string;
  check_out_at: string | null;
  minutes: Generated<number>;
  in_location: string | null;
  out_location: string | null;
  flags: Generated<string>;
  confirm_by: string | null;
  confirmed_at: string | null;
  confirmed_by: number | null;
  confirmed_for_elder: Generated<number>;
  dispute_reason: string | null;
  disputed_at: string | null;
  disputed_by: number | null;
  resolved_by: number | null;
  resolved_at: string | null;
  resolution_note: string | null;
  credited_minutes: number | null;
  transfer_id: number | null;
  served_on: string | null;
  created_at: string;
  updated_at: string;
}

export interface TbNeedsTable {
  id: Generated<number>;
  person_id: number;
  kind: NeedKind;
  approved: number;
  note: string;
  decided_by: number;
  decided_at: string;
}

export interface TbBalancesTable {
  account_kind: AccountKind;
  account_id: number;
  minutes: number;
  last_activity_at: string;
}

export interface TbLedgerChecksTable {
  id: Generated<number>;
  checked_at: string;
  sum_zero: number;
  below_floor: number;
  mismatched: number;
  accounts: number;
  movements: number;
}

export interface TbDormantTable {
  person_id: number;
  flagged_at: string;
}

/** A 服务时间证明 (migration 0018): the columns every kind of certificate has, and who issued it. */
export interface TbCertificatesTable extends CertificateTable {
  issued_by: number;
}

export interface TimebankTables {
  tb_offers: TbOffersTable;
  tb_cards: TbCardsTable;
  tb_visits: TbVisitsTable;
  tb_needs: TbNeedsTable;
  tb_balances: TbBalancesTable;
  tb_ledger_checks: TbLedgerChecksTable;
  tb_dormant: TbDormantTable;
  tb_certificates: TbCertificatesTable;
}

export type TbVisitRow = Selectable<TbVisitsTable>;
export type TbCardRow = Selectable<TbCardsTable>;

/** This domain's tables, children before parents: `clearAll` empties them in this order, before the shared tables. */
export const TIMEBANK_TABLES = [
  'tb_certificates',
  'tb_dormant',
  'tb_ledger_checks',
  'tb_balances',
  'tb_needs',
  'tb_visits',
  'tb_cards',
  'tb_offers',
] as const;

// This domain's tables are part of Schema wherever the folder is: no shared list to forget.
declare module '../../data/schema' {
  interface Schema extends TimebankTables {}
}
