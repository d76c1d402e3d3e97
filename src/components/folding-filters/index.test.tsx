import { act, fireEvent, render, screen } from '@testing-library/react';
import { useDisplayStore } from '../../lib/display-store';
import { FoldingFilters } from '.';

describe('FoldingFilters', () => {
  afterEach(() => act(() => useDisplayStore.getState().setTextSize('normal')));

  it('shows the filters open in 标准', () => {
    act(() => useDisplayStore.getState().setTextSize('normal'));
    render(
      <FoldingFilters summary='筛选：全部活动'>
        <p>本月</p>
      </FoldingFilters>,
    );
    expect(screen.getByText('本月')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('folds them behind one line in 特大, so the list comes first, and opens on a tap', () => {
    act(() => useDisplayStore.getState().setTextSize('xlarge'));
    render(
      <FoldingFilters summary='筛选：全部活动'>
        <p>本月</p>
      </FoldingFilters>,
    );
    expect(screen.queryByText('本月')).toBeNull();
    const toggle = screen.getByRole('button', { name: '筛选：全部活动，更改' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(screen.getByText('本月')).toBeTruthy();
    expect(screen.getByRole('button', { name: '筛选：全部活动，收起' }).getAttribute('aria-expanded')).toBe('true');
  });
});
