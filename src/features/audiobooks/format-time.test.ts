import { listenedTo } from './format-time';

it('listenedTo says where the listener reached, to the second already heard', () => {
  expect(listenedTo(750)).toBe('已听到 12分30秒');
  expect(listenedTo(59.9)).toBe('已听到 59秒');
  expect(listenedTo(0)).toBe('已听到 0秒');
});
