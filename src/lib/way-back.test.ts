import { isTabRoute, wayBackFor } from './way-back';

describe('wayBackFor', () => {
  it('tab pages need no way back, whatever the stack', () => {
    for (const route of ['/pages/home/index', 'pages/books/index', '/pages/mine/index?from=x']) {
      expect(isTabRoute(route)).toBe(true);
      expect(wayBackFor(route, 1)).toBe('none');
      expect(wayBackFor(route, 3)).toBe('none');
    }
  });

  it('a page with another below it goes back; the bottom page goes to 首页', () => {
    expect(wayBackFor('/subpackages/notices/list/index', 2)).toBe('back');
    expect(wayBackFor('subpackages/player/index', 1)).toBe('home');
    expect(wayBackFor('/s', 1)).toBe('home');
    // Nothing known about the page: offer 首页 rather than nothing.
    expect(wayBackFor(undefined, 0)).toBe('home');
  });
});
