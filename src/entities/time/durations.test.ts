import { clockTime, minutesWords, roughDuration, spokenDuration, spokenLength } from './durations';

describe('spokenDuration (a place in a recording, rounded down)', () => {
  it.each([
    [0, '0秒'],
    [45.9, '45秒'],
    [59.6, '59秒'],
    [60, '1分钟'],
    [153, '2分33秒'],
    [750, '12分30秒'],
    [3600, '1小时'],
    [3905, '1小时5分'],
    [-3, '0秒'],
    [Number.NaN, '0秒'],
    [Number.POSITIVE_INFINITY, '0秒'],
  ])('%p → %p', (seconds, words) => expect(spokenDuration(seconds)).toBe(words));
});

describe('spokenLength (a recording’s length, rounded to the nearest second)', () => {
  it.each([
    [0, '0秒'],
    [51.4, '51秒'],
    [59.6, '1分钟'],
    [200, '3分20秒'],
    [3600, '1小时'],
    [3720, '1小时2分'],
    [Number.NaN, '0秒'],
  ])('%p → %p', (seconds, words) => expect(spokenLength(seconds)).toBe(words));
});

describe('roughDuration (time spent, to the minute)', () => {
  it.each([
    [0, '0分钟'],
    [-5, '0分钟'],
    [Number.NaN, '0分钟'],
    [30, '不到1分钟'],
    [60, '1分钟'],
    [25 * 60 + 59, '25分钟'],
    [3600, '1小时'],
    [3600 + 20 * 60, '1小时20分'],
    [10 * 3600 + 5 * 60 + 30, '10小时5分'],
  ])('%p seconds → %p', (seconds, words) => expect(roughDuration(seconds)).toBe(words));
});

describe('clockTime', () => {
  it.each([
    [0, '0:00'],
    [65, '1:05'],
    [3725, '1:02:05'],
    [-1, '0:00'],
  ])('%p → %p', (seconds, clock) => expect(clockTime(seconds)).toBe(clock));
});

describe('minutesWords (service hours and stays)', () => {
  it.each([
    [165, '2小时45分'],
    [120, '2小时'],
    [45, '45分钟'],
    [0, '0分钟'],
    [-3, '0分钟'],
  ])('%p → %p', (minutes, words) => expect(minutesWords(minutes)).toBe(words));
});
