// The create form's choices → the create action's input: a date ("2026-12-01") and times ("09:00") from the pickers,
// in China time, sign-up open from now until an hour before the start. Every mistake is found at once and named by
// its field (src/lib/form-problems.ts), so the form shows them all beside their boxes. Pure, so the checks are
// tested; the server checks again.
import type { EventMode, EventType } from '../../../contracts/event-names';
import type { EventsApi } from '../../../contracts/events';
import { chinaInstant } from '../../entities/time/calendar';
import { hasProblems, type Problems } from '../../lib/form-problems';

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

export type CreateFormField = keyof CreateForm;

const DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const TIME = /^(\d{1,2})[:：](\d{2})$/;

export function formToInput(
  f: CreateForm,
  audienceOrgUnitId: number,
  now: Date,
): { input: EventsApi['create']['input'] } | { problems: Problems<CreateFormField> } {
  const problems: Problems<CreateFormField> = {};
  if (!f.title.trim()) problems.title = '请填写活动名称。';
  if (!f.place.trim()) problems.place = '请填写活动地点。';
  if (!DATE.test(f.date.trim())) problems.date = '请选择活动日期。';
  if (!TIME.test(f.start.trim())) problems.start = '请选择开始时间。';
  if (!TIME.test(f.end.trim())) problems.end = '请选择结束时间。';
  const capacity = Number(f.capacity);
  if (!/^\d{1,6}$/.test(f.capacity.trim()) || capacity < 1) problems.capacity = '名额要填一个大于0的整数，例如50。';
  // The times are judged together only when the date and both times are there to judge.
  const day = problems.date ? '2000-01-01' : f.date;
  const startAt = problems.start ? null : chinaInstant(day, f.start);
  const endAt = problems.end ? null : chinaInstant(day, f.end);
  if (startAt && endAt && Date.parse(endAt) <= Date.parse(startAt)) problems.end = '结束时间要晚于开始时间。';
  const closes = startAt ? new Date(Date.parse(startAt) - 3600_000) : null;
  if (!problems.date && closes && closes.getTime() <= now.getTime())
    problems.start = '活动开始时间要在一小时以后，才能留出报名的时间。';
  if (hasProblems(problems) || !startAt || !endAt || !closes) return { problems };
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
