import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { useDisplayStore } from '../../lib/display-store';
import { PageFrame } from '.';

type Pages = ReturnType<typeof Taro.getCurrentPages>;
const stack = (...routes: string[]) => routes.map((route) => ({ route, path: route })) as unknown as Pages;

describe('PageFrame', () => {
  let pages: jest.SpyInstance;
  let navigateBack: jest.SpyInstance;
  let switchTab: jest.SpyInstance;

  beforeEach(() => {
    pages = jest.spyOn(Taro, 'getCurrentPages');
    navigateBack = jest.spyOn(Taro, 'navigateBack').mockResolvedValue({ errMsg: 'navigateBack:ok' } as never);
    switchTab = jest.spyOn(Taro, 'switchTab').mockResolvedValue({ errMsg: 'switchTab:ok' } as never);
    act(() => useDisplayStore.setState({ textSize: 'normal', largeText: false }));
  });

  afterEach(() => jest.restoreAllMocks());

  it('a tab page: the title as the page heading, no 返回 (the tab bar is there)', () => {
    pages.mockReturnValue(stack('/pages/home/index'));
    render(<PageFrame title='首页'>内容</PageFrame>);
    expect(screen.getByRole('heading', { level: 1, name: '首页' })).toBeTruthy();
    expect(screen.getByRole('main')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /返回/ })).toBeNull();
  });

  it('a page reached from another: 返回 in words goes back one page', () => {
    pages.mockReturnValue(stack('/pages/mine/index', '/subpackages/notices/list/index'));
    render(<PageFrame title='支部通知'>内容</PageFrame>);
    const back = screen.getByRole('button', { name: '返回' });
    expect(screen.getByRole('navigation', { name: '返回' }).contains(back)).toBe(true);
    fireEvent.click(back);
    expect(navigateBack).toHaveBeenCalledTimes(1);
    expect(switchTab).not.toHaveBeenCalled();
  });

  it('a page opened directly (a QR code, a link): 返回首页, which opens 首页 and never leaves the app', () => {
    pages.mockReturnValue(stack('/subpackages/player/index?bookId=1'));
    render(<PageFrame title='党史小故事'>内容</PageFrame>);
    fireEvent.click(screen.getByRole('button', { name: '返回首页' }));
    expect(navigateBack).not.toHaveBeenCalled();
    expect(switchTab).toHaveBeenCalledWith({ url: '/pages/home/index' });
  });

  it('carries the text size: 大字 and 特大 classes, so every page scales', () => {
    pages.mockReturnValue(stack('pages/books/index'));
    const { container } = render(<PageFrame title='听书'>内容</PageFrame>);
    const frame = container.querySelector('.page-frame') as HTMLElement;
    expect(frame.className).toBe('page-frame');
    act(() => useDisplayStore.getState().setTextSize('xlarge'));
    expect(frame.className).toBe('page-frame is-large is-xlarge');
    act(() => useDisplayStore.getState().setTextSize('large'));
    expect(frame.className).toBe('page-frame is-large');
  });
});
