import { periodChoices } from './certificate-periods';

it('offers this year, last year and the last twelve months', () => {
  const [thisYear, lastYear, twelve] = periodChoices(new Date(2026, 10, 29, 10));
  expect([thisYear.from, thisYear.to]).toEqual(['2026-01-01', '2026-11-29']);
  expect([lastYear.from, lastYear.to]).toEqual(['2025-01-01', '2025-12-31']);
  expect([twelve.from, twelve.to]).toEqual(['2025-11-30', '2026-11-29']);
  expect(twelve.description).toBe('2025年11月30日到今天');
});
