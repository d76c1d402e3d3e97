// 报名名单 and 导出名单 (organisers).
import { callApi } from '../../../lib/api-client';

export function getRoster(eventId: number) {
  return callApi('events', 'roster', { eventId });
}

export function exportRoster(eventId: number) {
  return callApi('events', 'exportRoster', { eventId });
}

/** 登记签到 by hand (or take it back) for someone with a seat. */
export function markAttendance(eventId: number, personId: number, attended: boolean) {
  return callApi('events', 'markAttendance', { eventId, personId, attended });
}

/** 取消活动: everyone signed up is told. */
export function cancelEvent(eventId: number, requestId: string) {
  return callApi('events', 'cancelEvent', { eventId }, { requestId });
}
