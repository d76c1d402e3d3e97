// 我已收到: a reader confirms a notice that asks for a receipt. Once is enough; tapping again answers the same.
import { AppError } from '../../../runtime/app-error';
import { noticeInput, type NoticesApi } from '../../../../contracts/notices';
import { findReceipt, recordAcknowledged } from '../queries/notices';
import { action } from '../../../runtime/define-function';
import { loadForReader } from '../access';

const SAID = '已告诉发通知的人：您已收到这条通知。';

export const acknowledge = action(
  {
    access: 'person',
    input: noticeInput,
    limit: { points: 60, seconds: 60 },
  },
  async function acknowledge(input, ctx): Promise<NoticesApi['acknowledge']['output']> {
    const { deps, caller } = ctx;
    const db = deps.database.db;
    const now = deps.now();
    const { notice } = await loadForReader(db, input.noticeId, caller, now);
    if (notice.needs_ack !== 1) throw new AppError('RECEIPT_NOT_WANTED', '这条通知不用按“收到”，您看过就可以了。');
    const before = await findReceipt(db, notice.id, caller.person.id);
    if (before?.acknowledged_at) return { acknowledged: true, acknowledgedAt: before.acknowledged_at, message: SAID };
    return ctx.transaction(async (trx, audit) => {
      await recordAcknowledged(trx, notice.id, caller.person.id, notice.version, now);
      const after = await findReceipt(trx, notice.id, caller.person.id);
      await audit({
        entity: 'notice_receipt',
        entityId: `${notice.id}:${caller.person.id}`,
        after: { acknowledgedAt: after?.acknowledged_at },
      });
      return {
        acknowledged: true as const,
        acknowledgedAt: after?.acknowledged_at ?? now.toISOString(),
        message: SAID,
      };
    });
  },
);
