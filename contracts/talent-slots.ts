// The talent pool's plain values (no zod: the client reads them): the first fields and the half-days of a week.
/** The six fields the bureau starts with; the live list is the `talent_fields` table, which the bureau may change. */
export const DEFAULT_TALENT_FIELDS = ['理论宣讲', '法律服务', '医疗健康', '教育文化', '科技农技', '经济管理'] as const;

/** Half-days of the week a talent can give: Monday morning is "mon-am". */
export const WEEKDAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const HALF_DAYS = ['am', 'pm'] as const;
export const AVAILABILITY_SLOTS = [
  'mon-am',
  'mon-pm',
  'tue-am',
  'tue-pm',
  'wed-am',
  'wed-pm',
  'thu-am',
  'thu-pm',
  'fri-am',
  'fri-pm',
  'sat-am',
  'sat-pm',
  'sun-am',
  'sun-pm',
] as const satisfies readonly `${(typeof WEEKDAY_KEYS)[number]}-${(typeof HALF_DAYS)[number]}`[];
export type AvailabilitySlot = (typeof AVAILABILITY_SLOTS)[number];

const WEEKDAY_NAMES: Record<(typeof WEEKDAY_KEYS)[number], string> = {
  mon: '星期一',
  tue: '星期二',
  wed: '星期三',
  thu: '星期四',
  fri: '星期五',
  sat: '星期六',
  sun: '星期日',
};

/** "星期三下午" */
export function slotWords(slot: AvailabilitySlot): string {
  const [day, half] = slot.split('-') as [(typeof WEEKDAY_KEYS)[number], (typeof HALF_DAYS)[number]];
  return `${WEEKDAY_NAMES[day]}${half === 'am' ? '上午' : '下午'}`;
}

/** Specialities a profile keeps at most. */
export const MAX_SPECIALITIES = 8;

/** Specialities as a person or a file writes them in one box or cell, separated by 、 , ; or spaces. */
export function splitSpecialities(typed: string): string[] {
  const parts = typed
    .split(/[、，,；;\s]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return [...new Set(parts)].slice(0, MAX_SPECIALITIES);
}
