import { fireEvent, render, screen } from '@testing-library/react';
import { ChoiceList } from '.';

describe('ChoiceList', () => {
  it('rows: a radio group named by its label, each row saying in words whether it is chosen', () => {
    const onSelect = jest.fn();
    render(
      <ChoiceList
        label='书目分类'
        showLabel={false}
        choices={[
          { value: 1, label: '党史故事', description: '3 本书' },
          { value: 2, label: '理论学习', description: '2 本书' },
        ]}
        selected={2}
        onSelect={onSelect}
      />,
    );
    const group = screen.getByRole('radiogroup', { name: '书目分类' });
    expect(group.getAttribute('aria-label')).toBe('书目分类');
    const [first, second] = screen.getAllByRole('radio');
    expect([first.getAttribute('aria-checked'), second.getAttribute('aria-checked')]).toEqual(['false', 'true']);
    expect(first.textContent).toBe('党史故事3 本书选这个');
    expect(second.textContent).toBe('理论学习2 本书✓ 已选');
    // The label is only read out: a heading nearby already asks the question.
    expect(screen.queryByText('书目分类')).toBeNull();
    fireEvent.click(first);
    expect(onSelect).toHaveBeenCalledWith(1);
  });

  it('grid: a visible heading the group points at, the chosen cell ticked and filled, every cell reachable by keyboard', () => {
    const onSelect = jest.fn();
    const { container } = render(
      <ChoiceList
        id='player-rate'
        label='语速'
        layout='grid'
        choices={[
          { value: 0.75, label: '慢一点' },
          { value: 1, label: '正常' },
        ]}
        selected={1}
        onSelect={onSelect}
      />,
    );
    const group = screen.getByRole('radiogroup', { name: '语速' });
    expect(group.getAttribute('aria-labelledby')).toBe('player-rate-label');
    expect(container.querySelector('#player-rate-label')?.textContent).toBe('语速');
    const chosen = screen.getByRole('radio', { checked: true });
    expect(chosen.textContent).toBe('✓ 正常');
    expect(chosen.className).toBe('choice-list__cell choice-list__cell--on');
    const other = screen.getByRole('radio', { checked: false });
    expect(other.textContent).toBe('慢一点');
    expect(
      screen.getAllByRole('radio').map((r) => [r.getAttribute('tabindex'), r.getAttribute('data-tappable')]),
    ).toEqual([
      ['0', 'true'],
      ['0', 'true'],
    ]);
    fireEvent.click(other);
    expect(onSelect).toHaveBeenCalledWith(0.75);
  });

  it('with nothing chosen yet, no choice claims to be', () => {
    render(
      <ChoiceList
        label='定时停止'
        id='sleep'
        layout='grid'
        choices={[{ value: 15, label: '15分钟' }]}
        selected={null}
        onSelect={() => undefined}
      />,
    );
    expect(screen.getByRole('radio').getAttribute('aria-checked')).toBe('false');
    expect(screen.getByRole('radio').textContent).toBe('15分钟');
  });
});
