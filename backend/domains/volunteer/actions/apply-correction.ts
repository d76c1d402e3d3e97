// Writing a correction into the ledger, shared by correctRecord (within the record's bound) and approveCorrection
// (beyond it, once a second person approved): only the difference moves, the record is marked corrected.
import type { Transaction } from 'kysely';
import type { Schema } from '../../../data/schema';
import type { VolRecordRow } from '../schema';
import { recordMinutes, writeTransfer } from '../../../ledger/queries';
import { correctionTransfer } from '../../../ledger/transfers';
import { chinaDay } from '../../../common/china-time';

export interface CorrectionFacts {
  record: VolRecordRow;
  postId: number;
  minutes: number;
  reason: string;
  proposedBy: number;
  /** The second approver, for a correction beyond the record's bound; null when within it. */
  approvedBy: number | null;
  now: Date;
  /** The waiting row to settle (approveCorrection); a new row is written when absent. */
  correctionId?: number;
}

export async function applyCorrection(
  trx: Transaction<Schema>,
  facts: CorrectionFacts,
): Promise<{ id: number; transferId: number | null; before: number }> {
  const { record, now } = facts;
  const before = await recordMinutes(trx, record.id);
  const plan = correctionTransfer(facts.postId, record.person_id, before, facts.minutes);
  const transferId = plan
    ? await writeTransfer(trx, plan, {
        recordId: record.id,
        reason: facts.reason,
        createdBy: facts.approvedBy ?? facts.proposedBy,
        servedOn: chinaDay(new Date(record.check_in_at)),
        at: now.toISOString(),
      })
    : null;
  let id = facts.correctionId;
  if (id === undefined) {
    ({ id } = await trx
      .insertInto('vol_corrections')
      .values({
        record_id: record.id,
        transfer_id: transferId,
        previous_minutes: before,
        minutes: facts.minutes,
        reason: facts.reason,
        created_by: facts.proposedBy,
        created_at: now.toISOString(),
        status: 'applied',
        approved_by: null,
        approved_at: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow());
  } else {
    await trx
      .updateTable('vol_corrections')
      .set({
        status: 'applied',
        transfer_id: transferId,
        previous_minutes: before,
        approved_by: facts.approvedBy,
        approved_at: now.toISOString(),
      })
      .where('id', '=', id)
      .execute();
  }
  await trx
    .updateTable('vol_records')
    .set({ status: 'corrected', confirmed_by: facts.approvedBy ?? facts.proposedBy, confirmed_at: now.toISOString() })
    .where('id', '=', record.id)
    .execute();
  return { id, transferId, before };
}
