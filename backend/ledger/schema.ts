// Table types of the hours ledger (./transfers.ts); `Schema` (backend/data/schema.ts) includes them. Named for no
// domain since migration 0013: volunteer service writes them today, the time bank next.
import type { Generated } from 'kysely';
import type { AccountKind, TransferKind } from './transfers';

export type { AccountKind, TransferKind };

export interface LedgerTransfersTable {
  id: Generated<number>;
  kind: TransferKind;
  /** The volunteer service record the transfer credits or corrects; null for a transfer of no record. */
  record_id: number | null;
  reason: string | null;
  created_by: number | null;
  created_at: string;
}

export interface LedgerMovementsTable {
  id: Generated<number>;
  transfer_id: number;
  account_kind: AccountKind;
  account_id: number;
  record_id: number | null;
  /** Whole minutes; positive credits the account. */
  minutes: number;
  /** The China date of the service (not of the write), so a correction counts in the month served. */
  served_on: string;
  created_at: string;
}

export interface LedgerTables {
  ledger_transfers: LedgerTransfersTable;
  ledger_movements: LedgerMovementsTable;
}

/** The ledger's tables, children before parents (`clearAll` order). */
export const LEDGER_TABLES = ['ledger_movements', 'ledger_transfers'] as const;
