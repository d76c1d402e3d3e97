// Withdrawing a notice: it leaves every reader's list at once; the row, its versions and receipts stay on record.
import { noticeInput, type NoticesApi } from '../../../../contracts/notices';
import { fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import { SCOPES } from '../../../../contracts/roles';
import { dropSpeechLater } from './drop-speech';
import { loadForCaller } from '../access';

export const withdraw = action(
  {
    access: { roles: SCOPES.manageBranch },
    input: noticeInput,
  },
  async function withdraw(input, ctx): Promise<NoticesApi['withdraw']['output']> {
    const { deps, caller } = ctx;
    const now = deps.now();
    const access = await loadForCaller(deps.database.db, input.noticeId, caller, now);
    if (!access.canManage) throw fail.forbidden('这条通知是别人发的，只有发通知的人或上级管理员可以撤回。');
    const done = { notice: { id: input.noticeId }, message: '通知已撤回，大家不会再看到它。' };
    if (access.notice.withdrawn_at !== null) return done;
    return ctx.transaction(async (trx, audit) => {
      await trx
        .updateTable('notices')
        .set({ withdrawn_at: now.toISOString(), updated_at: now.toISOString() })
        .where('id', '=', input.noticeId)
        .where('withdrawn_at', 'is', null)
        .execute();
      await dropSpeechLater(trx, input.noticeId, access.notice.version, now);
      await audit({
        entity: 'notice',
        entityId: input.noticeId,
        before: { withdrawnAt: null },
        after: { withdrawnAt: now.toISOString() },
      });
      return done;
    });
  },
);
