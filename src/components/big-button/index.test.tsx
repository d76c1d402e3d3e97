import { fireEvent, render, screen } from '@testing-library/react';
import { BigButton } from '.';

describe('BigButton', () => {
  it('shows its words and calls onClick when pressed', () => {
    const onClick = jest.fn();
    render(
      <BigButton variant='primary' onClick={onClick}>
        报名参加
      </BigButton>,
    );
    fireEvent.click(screen.getByText('报名参加'));
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('while busy says so and ignores further taps (no double sending)', () => {
    const onClick = jest.fn();
    render(
      <BigButton onClick={onClick} busy busyLabel='正在提交…'>
        提交
      </BigButton>,
    );
    expect(screen.queryByText('提交')).toBeNull();
    fireEvent.click(screen.getByText('正在提交…'));
    expect(onClick).not.toHaveBeenCalled();
  });

  it('ignores taps when disabled and says so to screen readers', () => {
    const onClick = jest.fn();
    render(
      <BigButton onClick={onClick} disabled>
        提交
      </BigButton>,
    );
    fireEvent.click(screen.getByText('提交'));
    expect(onClick).not.toHaveBeenCalled();
    expect(screen.getByRole('button').getAttribute('aria-disabled')).toBe('true');
  });

  it('never writes disabled="false" (Taro H5 styles that as disabled)', () => {
    render(<BigButton onClick={() => undefined}>提交</BigButton>);
    expect(screen.getByRole('button').hasAttribute('disabled')).toBe(false);
  });
});
