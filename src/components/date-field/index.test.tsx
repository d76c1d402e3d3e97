import { fireEvent, render, screen } from '@testing-library/react';
import { DateField, TimeField } from '.';

describe('DateField', () => {
  it('is a date box named by its label, says the choice in words and what is wrong next to it', () => {
    const onChange = jest.fn();
    render(
      <DateField
        id='event-date'
        label='活动日期'
        value='2026-12-01'
        words='2026年12月1日 星期二'
        onChange={onChange}
        error='活动日期不能早于今天。'
      />,
    );
    const box = screen.getByLabelText('活动日期') as HTMLInputElement;
    expect(box.type).toBe('date');
    expect(screen.getByText('2026年12月1日 星期二')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe('活动日期不能早于今天。');
    expect(box.getAttribute('aria-describedby')).toBe('event-date-words event-date-error');
    fireEvent.change(box, { target: { value: '2026-12-02' } });
    expect(onChange).toHaveBeenCalledWith('2026-12-02');
  });

  it('has a time flavour holding HH:mm', () => {
    render(<TimeField id='event-time' label='开始时间' value='09:30' onChange={() => undefined} />);
    expect((screen.getByLabelText('开始时间') as HTMLInputElement).type).toBe('time');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
