// 提醒: nudges everyone the notice reaches who has not answered it — not opened, or, when it asks for 收到, opened
// without pressing it — through the inbox and (where they consented) a WeChat subscribe message, in the same
// transaction as the day's reminder row: at most once per notice per day. The one who reminds is not reminded.
import { AppError, fail } from '../../../runtime/app-error';
import { noticeInput, type NoticesApi } from '../../../../contracts/notices';
import { PAGES } from '../../../../contracts/pages';
import { SCOPES } from '../../../../contracts/roles';
import { notifyEach } from '../../../data/messages';
import { claimReminder, remindedOn, stillToAnswerIds } from '../queries/notices';
import { chinaDay } from '../../../common/china-time';
import { ackReminderText, reminderText } from '../rules/notices';
import { action } from '../../../runtime/define-function';
import { loadForCaller } from '../access';

const ONCE_A_DAY = '今天已经提醒过大家了，明天再提醒吧。';
/** A subscribe message's "thing" field holds at most 20 characters. */
const THING_MAX = 20;

export const remind = action(
  {
    access: { roles: SCOPES.manageBranch },
    input: noticeInput,
    limit: { points: 20, seconds: 600 },
  },
  async function remind(input, ctx): Promise<NoticesApi['remind']['output']> {
    const { deps, caller } = ctx;
    const db = deps.database.db;
    const now = deps.now();
    const { notice, canRemind, showing } = await loadForCaller(db, input.noticeId, caller, now);
    if (!canRemind) throw fail.forbidden('只有发通知的人和上级管理员可以提醒大家。');
    if (!showing) throw fail.conflict('这条通知现在没有显示（还没到发布时间、已过期或已撤回），不能提醒。');
    const day = chinaDay(now);
    if (await remindedOn(db, notice.id, day)) throw new AppError('ALREADY_REMINDED', ONCE_A_DAY);
    const needsAck = notice.needs_ack === 1;
    const people = (await stillToAnswerIds(db, notice.id, notice.audience_path, needsAck)).filter(
      (p) => p.id !== caller.person.id,
    );
    if (people.length === 0)
      return {
        reminded: 0,
        message: needsAck ? '大家都已经按了“收到”，不需要提醒。' : '大家都已经看过这条通知了，不需要提醒。',
      };
    const link = { page: PAGES.notices.detail, params: { id: String(notice.id) } };
    const subscribe = {
      template: 'notice_posted' as const,
      data: {
        title: Array.from(notice.title).slice(0, THING_MAX).join(''),
        unit: Array.from(notice.audience_name).slice(0, THING_MAX).join(''),
      },
    };

    return ctx.transaction(async (trx, audit) => {
      // The primary key (notice, day) settles two officials tapping at once: the second writes nothing.
      if (!(await claimReminder(trx, notice.id, day, caller.person.id, people.length, now)))
        throw new AppError('ALREADY_REMINDED', ONCE_A_DAY);
      // Those who opened it are asked for 收到; the others to open it.
      const opened = people.filter((p) => p.opened).map((p) => p.id);
      const unopened = people.filter((p) => !p.opened).map((p) => p.id);
      if (unopened.length > 0)
        await notifyEach(
          trx,
          unopened,
          { kind: 'notice_reminder', text: reminderText(notice.title), link, subscribe },
          now,
        );
      if (opened.length > 0)
        await notifyEach(
          trx,
          opened,
          { kind: 'notice_reminder', text: ackReminderText(notice.title), link, subscribe },
          now,
        );
      await audit({
        entity: 'notice_reminder',
        entityId: `${notice.id}:${day}`,
        after: { recipients: people.length, opened: opened.length },
      });
      return {
        reminded: people.length,
        message: needsAck
          ? `已提醒 ${people.length} 位还没按“收到”的党员。`
          : `已提醒 ${people.length} 位还没看通知的党员。`,
      };
    });
  },
);
