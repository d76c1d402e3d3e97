import { clockTime, listenedTo, spokenDuration } from './format-time';

describe('spokenDuration', () => {
  it.each([
    [0, '0秒'],
    [45.9, '45秒'],
    [60, '1分钟'],
    [750, '12分30秒'],
    [3600, '1小时'],
    [3905, '1小时5分'],
    [-3, '0秒'],
    [Number.NaN, '0秒'],
  ])('%p → %p', (seconds, words) => {
    expect(spokenDuration(seconds)).toBe(words);
  });
});

describe('clockTime', () => {
  it.each([
    [0, '0:00'],
    [65, '1:05'],
    [3725, '1:02:05'],
  ])('%p → %p', (seconds, clock) => {
    expect(clockTime(seconds)).toBe(clock);
  });
});

it('listenedTo says where the listener reached', () => {
  expect(listenedTo(750)).toBe('已听到 12分30秒');
});
