// 导出名单: the roster as an .xlsx file (backend/files/exports.ts), a personal link that ends after 10 minutes.
import { eventIdInput, type EventsApi, type EnrolmentStatus } from '../../../../contracts/events';
import { SCOPES } from '../../../../contracts/roles';
import { exportSpreadsheet } from '../../../files/exports';
import { chinaDateTimeWords, chinaDateWords } from '../../../common/china-time';
import { action } from '../../../runtime/define-function';
import type { SheetSpec } from '../../../runtime/deps';
import { loadManagedEvent } from '../access';
import { loadRoster } from './roster';

const STATUS_WORDS: Record<EnrolmentStatus, string> = {
  confirmed: '已报名',
  waitlisted: '排队等空位',
  applied: '已申请抽签',
  promoted: '轮到了，待确认参加',
  cancelled: '已取消',
  attended: '已签到',
};

export const ROSTER_COLUMNS = [
  { header: '姓名', key: 'name' },
  { header: '所在支部', key: 'branch' },
  { header: '报名时间', key: 'signedUpAt', kind: 'moment' },
  { header: '报名人', key: 'signedUpBy' },
  { header: '状态', key: 'status' },
  { header: '签到', key: 'attended' },
] as const;

export const exportRoster = action(
  {
    access: { roles: SCOPES.manageBranch },
    input: eventIdInput,
    limit: { points: 20, seconds: 600 },
  },
  async function exportRoster({ eventId }, ctx): Promise<EventsApi['exportRoster']['output']> {
    const { deps, caller } = ctx;
    const event = await loadManagedEvent(deps, caller, eventId);
    const rows = await loadRoster(deps, event, caller.grants);
    const sheet: Omit<SheetSpec, 'title'> = {
      name: '报名名单',
      columns: ROSTER_COLUMNS,
      rows: rows.map((r) => ({
        name: r.name,
        branch: r.branch,
        signedUpAt: r.signedUpAt,
        signedUpBy: r.signedUpBy ?? '本人',
        status: r.status === 'waitlisted' && r.place ? `排队第${r.place}位` : STATUS_WORDS[r.status],
        attended: r.attended ? '已签到' : '',
      })),
    };
    const day = chinaDateTimeWords(event.start_at).split(' ')[0];
    return exportSpreadsheet({
      deps,
      transaction: ctx.transaction,
      personId: caller.person.id,
      sheet,
      title: `${event.title} ${chinaDateWords(event.start_at)} 报名名单`,
      fileName: `报名名单-${event.title.slice(0, 30).replace(/[\\/:*?"<>|]/g, '')}-${day}.xlsx`,
      about: { eventId: event.id },
    });
  },
);
