import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { useNowPlaying, type NowPlaying } from '../../lib/now-playing';
import { PlayingBar } from '.';

const PLAYER = '/subpackages/player/index';

function playing(change: Partial<NowPlaying> = {}): NowPlaying {
  return {
    title: '党史小故事 · 第2章',
    status: 'playing',
    message: null,
    everywhere: true,
    playerPath: PLAYER,
    playerUrl: `${PLAYER}?bookId=1&chapterId=2`,
    ...change,
  };
}

describe('PlayingBar', () => {
  const controls = { play: jest.fn(), pause: jest.fn(), retry: jest.fn() };

  function onPage(path: string) {
    jest
      .spyOn(Taro, 'getCurrentInstance')
      .mockReturnValue({ router: { path } } as unknown as ReturnType<typeof Taro.getCurrentInstance>);
  }

  function publish(now: NowPlaying | null) {
    act(() => useNowPlaying.getState().publish(now, controls));
  }

  beforeEach(() => {
    jest.clearAllMocks();
    act(() => useNowPlaying.setState({ now: null, controls: null, pausedHere: false }));
  });

  afterEach(() => jest.restoreAllMocks());

  it('shows nothing while nothing plays', () => {
    onPage('/pages/home/index');
    const { container } = render(<PlayingBar />);
    expect(container.textContent).toBe('');
  });

  it('on any page while a book plays: what plays, and 暂停; after its own 暂停 it stays, offering 播放', () => {
    onPage('/pages/home/index');
    publish(playing());
    render(<PlayingBar />);
    const bar = screen.getByRole('region', { name: '正在收听' });
    expect(bar.textContent).toContain('正在播放党史小故事 · 第2章');
    fireEvent.click(screen.getByRole('button', { name: '暂停' }));
    expect(controls.pause).toHaveBeenCalledTimes(1);

    publish(playing({ status: 'paused' }));
    expect(screen.getByRole('region', { name: '正在收听' }).textContent).toContain('已暂停');
    fireEvent.click(screen.getByRole('button', { name: '播放' }));
    expect(controls.play).toHaveBeenCalledTimes(1);
  });

  it('paused elsewhere (the player, the sleep timer): the bar goes', () => {
    onPage('/pages/home/index');
    publish(playing({ status: 'paused' }));
    render(<PlayingBar />);
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('its words open the player', () => {
    onPage('/pages/books/index');
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' } as never);
    publish(playing());
    render(<PlayingBar />);
    fireEvent.click(screen.getByRole('link'));
    expect(navigate).toHaveBeenCalledWith({ url: `${PLAYER}?bookId=1&chapterId=2` });
  });

  it('a failure: the reason in a sentence, announced, and one 重试', () => {
    onPage('/pages/home/index');
    publish(playing({ status: 'failed', message: '手机没有连上网络，所以声音放不出来。' }));
    render(<PlayingBar />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('声音没有放出来');
    expect(alert.textContent).toContain('手机没有连上网络，所以声音放不出来。');
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['重试']);
    fireEvent.click(screen.getByRole('button', { name: '重试' }));
    expect(controls.retry).toHaveBeenCalledTimes(1);
  });

  it('on the player page only a failure shows (the player has its own buttons), without a link to itself', () => {
    onPage(`${PLAYER}?bookId=1`);
    publish(playing());
    const { rerender } = render(<PlayingBar />);
    expect(screen.queryByRole('region')).toBeNull();
    publish(playing({ status: 'stalled', message: '可能是网络不好。' }));
    rerender(<PlayingBar />);
    expect(screen.getByRole('alert').textContent).toContain('声音加载得很慢');
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('a chapter that failed before anything was heard is the player page’s business only', () => {
    onPage('/pages/home/index');
    publish(playing({ status: 'failed', message: '……', everywhere: false }));
    render(<PlayingBar />);
    expect(screen.queryByRole('region')).toBeNull();
  });
});
