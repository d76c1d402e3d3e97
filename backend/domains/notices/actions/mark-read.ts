// Opening a notice marks it read: one receipt row per reader; opening again changes nothing (after an edit it
// notes the version read, so 已更新 goes away for that reader).
import { noticeInput, type NoticesApi } from '../../../../contracts/notices';
import { findReceipt, recordRead } from '../queries/notices';
import { action } from '../../../runtime/define-function';
import { loadForReader } from '../access';

export const markRead = action(
  {
    access: 'person',
    input: noticeInput,
    limit: { points: 120, seconds: 60 },
    commits: 'resendable',
  },
  async function markRead(input, ctx): Promise<NoticesApi['markRead']['output']> {
    const { deps, caller } = ctx;
    const db = deps.database.db;
    const now = deps.now();
    const { notice } = await loadForReader(db, input.noticeId, caller, now);
    const before = await findReceipt(db, notice.id, caller.person.id);
    if (before && before.read_version >= notice.version) return { read: true, readAt: before.read_at };
    return ctx.transaction(async (trx, audit) => {
      await recordRead(trx, notice.id, caller.person.id, notice.version, now);
      const after = await findReceipt(trx, notice.id, caller.person.id);
      await audit({
        entity: 'notice_receipt',
        entityId: `${notice.id}:${caller.person.id}`,
        after: { readVersion: notice.version },
      });
      return { read: true as const, readAt: after?.read_at ?? now.toISOString() };
    });
  },
);
