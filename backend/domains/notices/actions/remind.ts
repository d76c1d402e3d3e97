// 提醒: nudges everyone the notice reaches who has not opened it, through the inbox and (where they consented) a
// WeChat subscribe message, in the same transaction as the day's reminder row: at most once per notice per day.
import { AppError, fail } from '../../../runtime/app-error';
import { noticeInput, type NoticesApi } from '../../../../contracts/notices';
import { PAGES } from '../../../../contracts/pages';
import { SCOPES } from '../../../../contracts/roles';
import { notifyEach } from '../../../data/messages';
import { claimReminder, remindedOn, unreadPeopleIds } from '../queries/notices';
import { chinaDay } from '../../../common/china-time';
import { reminderText } from '../rules/notices';
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
    const people = await unreadPeopleIds(db, notice.id, notice.audience_path);
    if (people.length === 0) return { reminded: 0, message: '大家都已经看过这条通知了，不需要提醒。' };

    return ctx.transaction(async (trx, audit) => {
      // The primary key (notice, day) settles two officials tapping at once: the second writes nothing.
      if (!(await claimReminder(trx, notice.id, day, caller.person.id, people.length, now)))
        throw new AppError('ALREADY_REMINDED', ONCE_A_DAY);
      await notifyEach(
        trx,
        people,
        {
          kind: 'notice_reminder',
          text: reminderText(notice.title),
          link: { page: PAGES.notices.detail, params: { id: String(notice.id) } },
          subscribe: {
            template: 'notice_posted',
            data: {
              title: Array.from(notice.title).slice(0, THING_MAX).join(''),
              unit: Array.from(notice.audience_name).slice(0, THING_MAX).join(''),
            },
          },
        },
        now,
      );
      await audit({ entity: 'notice_reminder', entityId: `${notice.id}:${day}`, after: { recipients: people.length } });
      return { reminded: people.length, message: `已提醒 ${people.length} 位还没看通知的党员。` };
    });
  },
);
