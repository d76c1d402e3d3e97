// The create form's words → the create action's input: a date ("2026-12-01") and times ("09:00") in China time,
// sign-up open from now until an hour before the start. Pure, so the checks are tested; the server checks again.
import type { EventMode, EventType } from '../../../contracts/event-names';
import type { EventsApi } from '../../../contracts/events';

export interface CreateForm {
  title: string;
  type: EventType;
  place: string;
  date: string;
  start: string;
  end: string;
  capacity: string;
  mode: EventMode;
}

const DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const TIME = /^(\d{1,2})[:：](\d{2})$/;

function chinaInstant(date: string, time: string): string | null {
  const d = DATE.exec(date.trim());
  const t = TIME.exec(time.trim());
  if (!d || !t) return null;
  const pad = (s: string) => s.padStart(2, '0');
  const iso = `${d[1]}-${pad(d[2])}-${pad(d[3])}T${pad(t[1])}:${t[2]}:00+08:00`;
  return Number.isNaN(Date.parse(iso)) ? null : iso;
}

export function formToInput(
  f: CreateForm,
  audienceOrgUnitId: number,
  now: Date,
): { input: EventsApi['create']['input'] } | { problem: string } {
  if (!f.title.trim()) return { problem: '请填写活动名称。' };
  if (!f.place.trim()) return { problem: '请填写活动地点。' };
  const startAt = chinaInstant(f.date, f.start);
  const endAt = chinaInstant(f.date, f.end);
  if (!startAt) return { problem: '日期或开始时间的格式不对，请照“2026-12-01”和“09:00”的样子填写。' };
  if (!endAt) return { problem: '结束时间的格式不对，请照“11:00”的样子填写。' };
  const capacity = Number(f.capacity);
  if (!/^\d{1,6}$/.test(f.capacity.trim()) || capacity < 1) return { problem: '名额要填一个大于 0 的整数。' };
  const closes = new Date(Date.parse(startAt) - 3600_000);
  if (closes.getTime() <= now.getTime()) return { problem: '活动开始时间要在一小时以后，才能留出报名的时间。' };
  return {
    input: {
      title: f.title.trim(),
      type: f.type,
      place: f.place.trim(),
      startAt,
      endAt,
      capacity,
      signupOpensAt: now.toISOString(),
      signupClosesAt: closes.toISOString(),
      audienceOrgUnitId,
      mode: f.mode,
    },
  };
}
