// The periods a certificate can cover, offered as a few choices (no date picker for shaky fingers): this year,
// last year, the last twelve months. China dates, YYYY-MM-DD; described in words (2025年12月8日到今天).
import { plainDateWords } from '../time/calendar';
export interface Period {
  value: 'this-year' | 'last-year' | 'last-12-months';
  label: string;
  description: string;
  from: string;
  to: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const day = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

export function periodChoices(now: Date): Period[] {
  const y = now.getFullYear();
  const yearAgo = new Date(now);
  yearAgo.setFullYear(y - 1);
  yearAgo.setDate(yearAgo.getDate() + 1);
  return [
    { value: 'this-year', label: `${y}年`, description: `${y}年1月1日到今天`, from: `${y}-01-01`, to: day(now) },
    {
      value: 'last-year',
      label: `${y - 1}年`,
      description: `${y - 1}年全年`,
      from: `${y - 1}-01-01`,
      to: `${y - 1}-12-31`,
    },
    {
      value: 'last-12-months',
      label: '最近一年',
      description: `${plainDateWords(day(yearAgo))}到今天`,
      from: day(yearAgo),
      to: day(now),
    },
  ];
}
