// 撤回转接: a transfer sent by mistake (the wrong branch, the wrong person) is taken back before the receiving branch
// accepts it. Whoever sent it or someone who manages the person may; once accepted it cannot be, since the member
// has moved (a transfer back is a new transfer). A second 撤回 answers the same sentence and changes nothing.
import { withdrawTransferInput, type OrgApi } from '../../../../contracts/org';
import { SCOPES } from '../../../../contracts/roles';
import { notify, notifyEach } from '../../../data/messages';
import { fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import { requireTransferWithdrawer } from '../access';
import { transferById, viewOf, type TransferFacts } from './transfer-view';

type Answer = OrgApi['withdrawTransfer']['output'];

/** Accepted or withdrawn between the read and the write: the transaction rolls back and the answer is decided again. */
class Raced extends Error {}

const withdrawnAnswer = (t: TransferFacts): Answer => ({
  transfer: viewOf({ ...t, status: 'cancelled' }),
  message: `已经撤回${t.personName}同志转往“${t.toOrgUnitName}”的转接，${t.personName}同志还在“${t.fromOrgUnitName}”。`,
});

const acceptedRefusal = (t: TransferFacts) =>
  fail.conflict(
    `${t.personName}同志已经转入“${t.toOrgUnitName}”，这个转接不能撤回了。如果要转回来，请由“${t.toOrgUnitName}”的书记重新办理转接。`,
  );

export const withdrawTransfer = action(
  {
    access: { roles: SCOPES.manageBranch },
    input: withdrawTransferInput,
    limit: { points: 60, seconds: 600 },
  },
  async function withdrawTransfer(input, ctx): Promise<Answer> {
    const db = ctx.deps.database.db;
    const found = await transferById(db, input.transferId);
    if (!found) throw fail.notFound('没有找到这个转接。');
    // Who may comes before what state it is in: a stranger learns nothing about someone else's transfer.
    await requireTransferWithdrawer(db, ctx.caller, found);
    if (found.status === 'accepted') throw acceptedRefusal(found);
    // Withdrawn already (a double tap, or the 30-day expiry): the same answer, nothing written again.
    if (found.status === 'cancelled') return withdrawnAnswer(found);
    const at = ctx.deps.now();
    try {
      return await ctx.transaction(async (trx, audit) => {
        const flipped = await trx
          .updateTable('org_transfers')
          .set({ status: 'cancelled', decided_by: ctx.caller.person.id, decided_at: at.toISOString() })
          .where('id', '=', found.id)
          .where('status', '=', 'pending')
          .executeTakeFirst();
        if (Number(flipped.numUpdatedRows) !== 1) throw new Raced();
        await audit({
          entity: 'org_transfer',
          entityId: found.id,
          before: { status: 'pending' },
          after: { status: 'cancelled', reason: 'withdrawn' },
        });
        const receivers = await trx
          .selectFrom('role_grants')
          .select('person_id')
          .where('role', '=', 'secretary')
          .where('org_unit_id', '=', found.toOrgUnitId)
          .execute();
        if (receivers.length > 0) {
          await notifyEach(
            trx,
            receivers.map((r) => r.person_id),
            {
              kind: 'transfer_withdrawn',
              text: `${found.fromOrgUnitName}撤回了${found.personName}同志的转接，您不用再接收了。`,
              link: null,
            },
            at,
          );
        }
        if (found.requestedBy !== ctx.caller.person.id) {
          await notify(
            trx,
            found.requestedBy,
            {
              kind: 'transfer_withdrawn',
              text: `${found.personName}同志转往${found.toOrgUnitName}的转接已经由别人撤回。`,
              link: null,
            },
            at,
          );
        }
        return withdrawnAnswer(found);
      });
    } catch (err) {
      if (!(err instanceof Raced)) throw err;
      const now = (await transferById(db, found.id))!;
      if (now.status === 'accepted') throw acceptedRefusal(now);
      return withdrawnAnswer(now);
    }
  },
);
