// How the time bank's rows are shown: the summaries and sentences of contracts/timebank.ts, for one viewer.
import {
  REQUEST_STATUS_NAMES,
  URGENCY_NAMES,
  VISIT_STATUS_NAMES,
  type HelpRequestSummary,
  type VisitSummary,
} from '../../../contracts/timebank';
import { minutesWords } from '../../../contracts/time-words';
import { chinaDateTimeWords, clockWords, onChinaClock } from '../../common/china-time';
import type { RequestRow } from './queries/requests';
import { hoursOf } from './rules/coverage';
import type { TbVisitRow } from './schema';

/** What decides whether a viewer sees a request's address. */
export interface Viewer {
  personId: number;
  /** Elders the viewer acts for as a linked relative. */
  eldersActedFor: ReadonlySet<number>;
  /** Whether the viewer manages the unit at this path (secretary, admin above it). */
  manages(path: string): boolean;
}

export function maySeeAddress(row: RequestRow, v: Viewer): boolean {
  return (
    v.personId === row.person_id ||
    v.personId === row.requested_by ||
    (row.helper_id !== null && v.personId === row.helper_id && row.status !== 'cancelled') ||
    v.eldersActedFor.has(row.person_id) ||
    v.manages(row.unit_path)
  );
}

/** "12月8日 星期二 上午9点 到 上午11点" */
export function windowWords(startsAt: string, endsAt: string): string {
  const full = chinaDateTimeWords(startsAt).replace(/^\d+年/, '');
  const sameDay = onChinaClock(startsAt).toISOString().slice(0, 10) === onChinaClock(endsAt).toISOString().slice(0, 10);
  return `${full} 到 ${sameDay ? clockWords(endsAt) : chinaDateTimeWords(endsAt).replace(/^\d+年/, '')}`;
}

export function summarize(row: RequestRow, v: Viewer, extra: Partial<HelpRequestSummary> = {}): HelpRequestSummary {
  const address = maySeeAddress(row, v);
  return {
    id: row.id,
    category: row.category,
    service: row.service,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    when: windowWords(row.starts_at, row.ends_at),
    urgency: row.urgency,
    urgencyName: URGENCY_NAMES[row.urgency],
    status: row.status,
    statusName: REQUEST_STATUS_NAMES[row.status],
    elder: { id: row.person_id, name: row.elder_name },
    requestedBy: { id: row.requested_by, name: row.asker_name },
    onBehalf: row.requested_by !== row.person_id,
    orgUnitId: row.org_unit_id,
    orgUnitName: row.unit_name,
    place: address ? row.place : row.unit_name,
    placeIsAddress: address,
    helper: row.helper_id !== null ? { id: row.helper_id, name: row.helper_name ?? '' } : null,
    estimatedHours: hoursOf(Math.round((Date.parse(row.ends_at) - Date.parse(row.starts_at)) / 60_000)),
    createdAt: row.created_at,
    ...extra,
  };
}

/** The sentence of who is coming: "王秀英 12月8日 星期二 上午9点 来帮您陪诊。" */
export function comingSentence(row: RequestRow, forViewerIsElder: boolean): string {
  const you = forViewerIsElder ? '您' : row.elder_name;
  const when = chinaDateTimeWords(row.starts_at).replace(/^\d+年/, '');
  switch (row.status) {
    case 'awaiting_approval':
      return '这次请求正在等支部书记审核，书记同意后就会有人来帮忙。';
    case 'open':
      return '还没有人接这次请求，有人接了以后，这里会写明谁什么时候来。';
    case 'matched':
      return `${row.helper_name} ${when} 来帮${you}${row.service}。`;
    case 'visiting':
      return `${row.helper_name}正在帮${you}${row.service}。`;
    case 'visited':
      return `${row.helper_name}已经帮${you}${row.service}了，请确认时间对不对。`;
    case 'done':
      return `${row.helper_name}帮${you}${row.service}，已经确认，时间记上了。`;
    case 'cancelled':
      return '这次请求已经取消了。';
    case 'expired':
      return '这次请求已经过期了。如还需要帮助，请重新申请。';
  }
}

export type VisitRow = TbVisitRow & {
  helper_name: string;
  elder_name: string;
  service: string;
  confirmer_name: string | null;
};

export function visitSummary(v: VisitRow): VisitSummary {
  return {
    id: v.id,
    requestId: v.request_id,
    status: v.status,
    statusName: VISIT_STATUS_NAMES[v.status],
    helper: { id: v.helper_id, name: v.helper_name },
    elder: { id: v.elder_id, name: v.elder_name },
    service: v.service,
    checkInAt: v.check_in_at,
    checkOutAt: v.check_out_at,
    minutes: Number(v.minutes),
    hours: hoursOf(Number(v.credited_minutes ?? v.minutes)),
    confirmBy: v.confirm_by,
    confirmedAt: v.confirmed_at,
    confirmedBy: v.confirmed_by !== null ? { id: v.confirmed_by, name: v.confirmer_name ?? '' } : null,
    confirmedForElder: v.confirmed_for_elder === 1,
    flags: JSON.parse(v.flags) as string[],
    disputeReason: v.dispute_reason,
  };
}

/** The one big button's question: "王秀英来帮您陪诊，2小时，对吗？" */
export function confirmQuestion(v: VisitRow, viewerIsElder: boolean): string {
  const you = viewerIsElder ? '您' : v.elder_name;
  return `${v.helper_name}来帮${you}${v.service}，${minutesWords(Number(v.minutes))}，对吗？`;
}
