import { hourMinuteWords, minutesWords } from './time-words';

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

describe('hourMinuteWords', () => {
  it('names the part of the day on a 12-hour clock, with 点 and 分', () => {
    expect(hourMinuteWords(0, 5)).toBe('凌晨0点05分');
    expect(hourMinuteWords(9, 0)).toBe('上午9点');
    expect(hourMinuteWords(12, 53)).toBe('中午12点53分');
    expect(hourMinuteWords(15, 5)).toBe('下午3点05分');
    expect(hourMinuteWords(19, 30)).toBe('晚上7点30分');
  });
});
