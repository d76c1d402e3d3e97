// Months and days as the screens name them ("2026年11月", "今天", "11月23日 周一"); dates are China days (YYYY-MM-DD).
import dayjs from 'dayjs';

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

/** The month (YYYY-MM) of a China day, e.g. the last day of the server's week list. */
export function monthOf(day: string): string {
  return day.slice(0, 7);
}

/** This month on the device's clock (China time is what the server uses; phones here are set to it). */
export function currentMonth(now: Date = new Date()): string {
  return dayjs(now).format('YYYY-MM');
}

export function shiftMonth(month: string, delta: number): string {
  return dayjs(`${month}-01`).add(delta, 'month').format('YYYY-MM');
}

export function monthLabel(month: string): string {
  const [year, mon] = month.split('-');
  return `${year}年${Number(mon)}月`;
}

/** "今天", "昨天", or "11月23日 周一"; `today` is the newest day of the list. */
export function dayLabel(day: string, today: string): string {
  if (day === today) return '今天';
  const d = dayjs(day);
  if (dayjs(today).subtract(1, 'day').isSame(d, 'day')) return '昨天';
  return `${d.month() + 1}月${d.date()}日 ${WEEKDAYS[d.day()]}`;
}
