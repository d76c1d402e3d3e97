import { clockWords, whenWords } from './volunteer-words';

it('says times in China time', () => {
  expect(clockWords(new Date('2026-12-03T06:02:00Z'))).toBe('14:02');
  expect(whenWords(new Date('2026-12-03T06:00:00Z'))).toBe('12月3日 星期四 下午2:00');
  expect(whenWords(new Date('2026-12-03T01:30:00Z'))).toBe('12月3日 星期四 上午9:30');
});
