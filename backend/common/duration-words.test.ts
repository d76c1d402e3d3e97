import { minutesWords } from './duration-words';

describe('minutesWords', () => {
  it('says hours and minutes, never a decimal', () => {
    expect(minutesWords(165)).toBe('2小时45分');
    expect(minutesWords(120)).toBe('2小时');
    expect(minutesWords(45)).toBe('45分钟');
    expect(minutesWords(0)).toBe('0分钟');
  });

  it('rounds to the minute and treats nonsense as nothing', () => {
    expect(minutesWords(59.6)).toBe('1小时');
    expect(minutesWords(-5)).toBe('0分钟');
    expect(minutesWords(Number.NaN)).toBe('0分钟');
  });
});
