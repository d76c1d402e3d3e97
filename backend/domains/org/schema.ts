// Table types of the org domain; `Schema` (./schema.ts) includes them. Same conventions as schema.ts.
// The roster's columns on `people` and `org_units` are declared with those tables in schema.ts.
import type { Generated, Selectable } from 'kysely';

export type TransferStatus = 'pending' | 'accepted' | 'cancelled';

/** A member leaving one branch for another: the receiving branch's secretary accepts it before it happens. */
export interface OrgTransfersTable {
  id: Generated<number>;
  person_id: number;
  from_org_unit_id: number;
  to_org_unit_id: number;
  requested_by: number;
  status: TransferStatus;
  decided_by: number | null;
  decided_at: string | null;
  created_at: string;
}

export interface OrgTables {
  org_transfers: OrgTransfersTable;
}

export type TransferRow = Selectable<OrgTransfersTable>;

/** This domain's tables, children before parents: `clearAll` empties them in this order, before the shared tables. */
export const ORG_TABLES = ['org_transfers'] as const;

// This domain's tables are part of Schema wherever the folder is: no shared list to forget.
declare module '../../data/schema' {
  interface Schema extends OrgTables {}
}
