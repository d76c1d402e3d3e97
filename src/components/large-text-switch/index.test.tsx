import { fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { LARGE_TEXT_STORAGE_KEY, useDisplayStore } from '../../lib/display-store';
import { LargeTextSwitch } from '.';

describe('LargeTextSwitch', () => {
  beforeEach(() => {
    localStorage.clear();
    useDisplayStore.setState({ largeText: false });
    document.documentElement.classList.remove('is-large');
  });

  it('toggles 大字 mode, says the state in words, and remembers it on the device', () => {
    const onChanged = jest.fn();
    render(<LargeTextSwitch onChanged={onChanged} />);
    const toggle = screen.getByRole('switch');
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    expect(screen.getByText('已关闭')).toBeTruthy();

    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-checked')).toBe('true');
    expect(screen.getByText('已打开')).toBeTruthy();
    expect(useDisplayStore.getState().largeText).toBe(true);
    expect(Taro.getStorageSync(LARGE_TEXT_STORAGE_KEY)).toBe(true);
    expect(document.documentElement.classList.contains('is-large')).toBe(true);
    expect(onChanged).toHaveBeenLastCalledWith(true);

    fireEvent.click(toggle);
    expect(Taro.getStorageSync(LARGE_TEXT_STORAGE_KEY)).toBe(false);
    expect(onChanged).toHaveBeenLastCalledWith(false);
  });

  it('a fresh start reads the remembered choice', () => {
    Taro.setStorageSync(LARGE_TEXT_STORAGE_KEY, true);
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const fresh = require('../../lib/display-store') as typeof import('../../lib/display-store');
      expect(fresh.useDisplayStore.getState().largeText).toBe(true);
    });
  });
});
