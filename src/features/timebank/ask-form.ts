// 请人帮忙's choices → the request action's input: the area and service as big choices, a day and two times from the
// pickers (China time), the place, how urgent, and for whom. Every mistake is found at once and named by its field
// (src/lib/form-problems.ts). Pure, so the checks are tested; the server checks again.
import type { ActionInput } from '../../../contracts/api';
import type { Urgency } from '../../../contracts/timebank';
import { chinaInstant } from '../../entities/time/calendar';
import { hasProblems, type Problems } from '../../lib/form-problems';

export interface AskForm {
  /** The elder helped: null for herself. */
  forPersonId: number | null;
  area: string | null;
  service: string | null;
  date: string;
  start: string;
  end: string;
  place: string;
  urgency: Urgency;
  note: string;
}

export type AskField = 'area' | 'service' | 'date' | 'start' | 'end' | 'place';

/** One visit is at most 8 hours (the server says the same). */
const LONGEST_MS = 8 * 3600_000;

export function askToInput(
  f: AskForm,
  now: Date,
): { input: ActionInput<'timebank', 'request'> } | { problems: Problems<AskField> } {
  const problems: Problems<AskField> = {};
  if (!f.area) problems.area = '请选择要哪一类帮助。';
  if (!f.service) problems.service = f.area ? '请选择要什么帮助。' : '先选上面的类别，再选要什么帮助。';
  if (!f.date) problems.date = '请选择哪一天。';
  if (!f.start) problems.start = '请选择几点开始。';
  if (!f.end) problems.end = '请选择几点结束。';
  if (!f.place.trim()) problems.place = '请填写到哪里帮忙，例如家里的地址。';
  const startsAt = f.date && f.start ? chinaInstant(f.date, f.start) : null;
  const endsAt = f.date && f.end ? chinaInstant(f.date, f.end) : null;
  if (startsAt && Date.parse(startsAt) <= now.getTime()) problems.start = '这个时间已经过去了，请选以后的时间。';
  if (startsAt && endsAt) {
    const length = Date.parse(endsAt) - Date.parse(startsAt);
    if (length <= 0) problems.end = '结束时间要晚于开始时间。';
    else if (length > LONGEST_MS) problems.end = '一次帮助最长8小时，请分成几次申请。';
  }
  if (hasProblems(problems) || !f.area || !f.service || !startsAt || !endsAt) return { problems };
  const note = f.note.trim();
  return {
    input: {
      // The area came from the server's own catalogue; the server checks it again.
      category: f.area as ActionInput<'timebank', 'request'>['category'],
      service: f.service,
      startsAt,
      endsAt,
      place: f.place.trim(),
      urgency: f.urgency,
      ...(note ? { note } : {}),
      ...(f.forPersonId !== null ? { forPersonId: f.forPersonId } : {}),
    },
  };
}
