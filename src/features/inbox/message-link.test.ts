import { linkTarget } from './message-link';

describe('where a message leads', () => {
  it('opens a secondary page with its query', () => {
    expect(linkTarget({ page: '/subpackages/player/index', params: { bookId: '3', chapterId: '12' } })).toEqual({
      how: 'navigateTo',
      url: '/subpackages/player/index?bookId=3&chapterId=12',
    });
    expect(linkTarget({ page: '/subpackages/study/mine/index', params: {} })).toEqual({
      how: 'navigateTo',
      url: '/subpackages/study/mine/index',
    });
  });

  it('escapes what a query cannot carry as it is', () => {
    expect(linkTarget({ page: '/subpackages/scan/index', params: { scene: 'b.1&x=2' } }).url).toBe(
      '/subpackages/scan/index?scene=b.1%26x%3D2',
    );
  });

  it('switches to a tab page, which takes no query', () => {
    expect(linkTarget({ page: '/pages/mine/index', params: { from: 'message' } })).toEqual({
      how: 'switchTab',
      url: '/pages/mine/index',
    });
  });
});
