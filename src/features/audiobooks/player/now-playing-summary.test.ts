import { describeNowPlaying } from './now-playing-summary';

const view = {
  book: { id: 7, title: '党史小故事' },
  chapters: [
    { id: 70, seq: 1 },
    { id: 71, seq: 2 },
  ],
  index: 1,
  status: 'playing' as const,
  message: null,
  slow: false,
  listened: true,
};

describe('describeNowPlaying', () => {
  it('names the book and chapter, and where the player is', () => {
    expect(describeNowPlaying(view)).toEqual({
      title: '党史小故事 · 第2章',
      status: 'playing',
      message: null,
      everywhere: true,
      playerPath: '/subpackages/player/index',
      playerUrl: '/subpackages/player/index?bookId=7&chapterId=71',
    });
  });

  it('loading, stalled, paused and failed, with the sentence only when something is wrong', () => {
    expect(describeNowPlaying({ ...view, status: 'buffering' })?.status).toBe('loading');
    expect(describeNowPlaying({ ...view, status: 'buffering', slow: true, message: '慢' })).toMatchObject({
      status: 'stalled',
      message: '慢',
    });
    expect(describeNowPlaying({ ...view, status: 'paused', message: '请点一下“播放”' })).toMatchObject({
      status: 'paused',
      message: null,
    });
    expect(describeNowPlaying({ ...view, status: 'error', message: '断了' })).toMatchObject({
      status: 'failed',
      message: '断了',
    });
  });

  it('nothing to show before a chapter is started, after the book ends, or without a book', () => {
    for (const status of ['idle', 'loading', 'ready', 'finished'] as const)
      expect(describeNowPlaying({ ...view, status })).toBeNull();
    expect(describeNowPlaying({ ...view, book: null })).toBeNull();
  });

  it('a failure before anything of the book was heard stays on the player page', () => {
    expect(describeNowPlaying({ ...view, status: 'error', message: '断了', listened: false })?.everywhere).toBe(false);
    expect(describeNowPlaying({ ...view, status: 'playing', listened: false })?.everywhere).toBe(true);
  });
});
