import { fireEvent, render, screen } from '@testing-library/react';
import { ListRow } from '.';

describe('ListRow', () => {
  it('as a link: a tappable row with its status in words', () => {
    const onClick = jest.fn();
    render(<ListRow title='支部通知' status='3 条未读' onClick={onClick} />);
    const row = screen.getByRole('link');
    expect(row.textContent).toContain('3 条未读');
    fireEvent.click(row);
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('as a radio: says whether it is chosen, is reachable by keyboard, and is filled when chosen', () => {
    const { rerender } = render(
      <ListRow kind='radio' title='红色经典' status='选这个' checked={false} onClick={() => undefined} />,
    );
    let row = screen.getByRole('radio');
    expect(row.getAttribute('aria-checked')).toBe('false');
    expect(row.getAttribute('tabindex')).toBe('0');
    expect(row.getAttribute('data-tappable')).toBe('true');
    expect(row.className).not.toContain('list-row--checked');

    rerender(<ListRow kind='radio' title='红色经典' status='✓ 已选' checked onClick={() => undefined} />);
    row = screen.getByRole('radio');
    expect(row.getAttribute('aria-checked')).toBe('true');
    expect(row.className).toContain('list-row--checked');
    expect(row.querySelector('.list-row__chevron')).toBeNull();
  });
});
