import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { LARGE_TEXT_STORAGE_KEY, TEXT_SIZE_STORAGE_KEY, useDisplayStore } from '../../lib/display-store';
import { LargeTextSwitch } from '.';
import { TextSizeQuestion } from './text-size-question';

function reset() {
  localStorage.clear();
  useDisplayStore.setState({ textSize: 'normal', largeText: false, chosen: false });
  document.documentElement.classList.remove('is-large', 'is-xlarge');
}

describe('LargeTextSwitch (字的大小)', () => {
  beforeEach(reset);

  it('offers 标准, 大字 and 特大 as one radio group, the chosen one ticked in words', () => {
    render(<LargeTextSwitch />);
    const group = screen.getByRole('radiogroup', { name: '字的大小' });
    expect(group).toBeTruthy();
    const radios = screen.getAllByRole('radio');
    expect(radios.map((r) => r.textContent)).toEqual(['✓ 标准', '大字', '特大']);
    expect(radios.map((r) => r.getAttribute('aria-checked'))).toEqual(['true', 'false', 'false']);
  });

  it('one tap changes every page, is remembered on the device and reported to the caller', () => {
    const onChanged = jest.fn();
    render(<LargeTextSwitch onChanged={onChanged} />);
    fireEvent.click(screen.getByRole('radio', { name: '特大' }));
    expect(screen.getByRole('radio', { name: '✓ 特大' }).getAttribute('aria-checked')).toBe('true');
    expect(useDisplayStore.getState()).toMatchObject({ textSize: 'xlarge', largeText: true, chosen: true });
    expect(Taro.getStorageSync(TEXT_SIZE_STORAGE_KEY)).toBe('xlarge');
    // Older readers (the weapp tab bar of earlier builds) still see "big".
    expect(Taro.getStorageSync(LARGE_TEXT_STORAGE_KEY)).toBe(true);
    expect(document.documentElement.classList.contains('is-large')).toBe(true);
    expect(document.documentElement.classList.contains('is-xlarge')).toBe(true);
    expect(onChanged).toHaveBeenLastCalledWith('xlarge');

    fireEvent.click(screen.getByRole('radio', { name: '大字' }));
    expect(document.documentElement.classList.contains('is-xlarge')).toBe(false);
    expect(document.documentElement.classList.contains('is-large')).toBe(true);

    fireEvent.click(screen.getByRole('radio', { name: '标准' }));
    expect(Taro.getStorageSync(LARGE_TEXT_STORAGE_KEY)).toBe(false);
    expect(document.documentElement.classList.contains('is-large')).toBe(false);
    expect(onChanged).toHaveBeenLastCalledWith('normal');
  });

  it('a fresh start reads the remembered size, and a choice saved before 特大 existed', () => {
    Taro.setStorageSync(TEXT_SIZE_STORAGE_KEY, 'xlarge');
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const fresh = require('../../lib/display-store') as typeof import('../../lib/display-store');
      expect(fresh.useDisplayStore.getState()).toMatchObject({ textSize: 'xlarge', largeText: true, chosen: true });
    });
    localStorage.clear();
    Taro.setStorageSync(LARGE_TEXT_STORAGE_KEY, true);
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const fresh = require('../../lib/display-store') as typeof import('../../lib/display-store');
      expect(fresh.useDisplayStore.getState()).toMatchObject({ textSize: 'large', chosen: true });
    });
    localStorage.clear();
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const fresh = require('../../lib/display-store') as typeof import('../../lib/display-store');
      expect(fresh.useDisplayStore.getState()).toMatchObject({ textSize: 'normal', chosen: false });
    });
  });

  it('"big or not" from the account turns 大字 on without undoing 特大', () => {
    act(() => useDisplayStore.getState().setTextSize('xlarge'));
    act(() => useDisplayStore.getState().setLargeText(true));
    expect(useDisplayStore.getState().textSize).toBe('xlarge');
    act(() => useDisplayStore.getState().setLargeText(false));
    expect(useDisplayStore.getState().textSize).toBe('normal');
    act(() => useDisplayStore.getState().setLargeText(true));
    expect(useDisplayStore.getState().textSize).toBe('large');
  });
});

describe('TextSizeQuestion (first open of 首页)', () => {
  beforeEach(reset);

  it('asks in the page, lets the person try sizes, and "看得清" remembers that it was asked', () => {
    const onDone = jest.fn();
    const onChanged = jest.fn();
    render(<TextSizeQuestion laterIn='首页和“我的”里' onChanged={onChanged} onDone={onDone} />);
    expect(screen.getByRole('heading', { name: '这些字，您看得清吗？' })).toBeTruthy();
    expect(screen.getByText(/以后在首页和“我的”里都可以再换。/)).toBeTruthy();
    // Not a dialog: nothing else on the page is blocked.
    expect(screen.queryByRole('dialog')).toBeNull();

    fireEvent.click(screen.getByRole('radio', { name: '大字' }));
    expect(onChanged).toHaveBeenCalledWith('large');
    expect(onDone).not.toHaveBeenCalled();
    const ok = screen.getByRole('button', { name: '看得清，就用大字' });
    fireEvent.click(ok);
    expect(onDone).toHaveBeenCalledTimes(1);
    expect(useDisplayStore.getState().chosen).toBe(true);
    expect(Taro.getStorageSync(TEXT_SIZE_STORAGE_KEY)).toBe('large');
  });

  it('"看得清" without changing anything keeps 标准 and still counts as answered', () => {
    render(<TextSizeQuestion laterIn='首页' onDone={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: '看得清，就用标准' }));
    expect(useDisplayStore.getState()).toMatchObject({ textSize: 'normal', chosen: true });
    expect(Taro.getStorageSync(TEXT_SIZE_STORAGE_KEY)).toBe('normal');
  });
});
