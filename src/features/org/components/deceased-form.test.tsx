// 登记去世: the day is chosen with the phone's date picker, never typed; choosing none or a day after today is said
// beside the box, and the question names the person and the day in words.
import { act, fireEvent, render, screen } from '@testing-library/react';
import type { PersonDetail } from '../../../../contracts/org';
import { markDeceased } from '../api/mark-deceased';
import { DeceasedForm } from './deceased-form';

jest.mock('../api/mark-deceased', () => ({ markDeceased: jest.fn() }));

const person = { id: 49, name: '李建国' } as PersonDetail;

describe('DeceasedForm', () => {
  it('is a date picker; no day or a future day is said beside it; a chosen day is asked about in words', async () => {
    jest.mocked(markDeceased).mockResolvedValue({ person, message: '已经登记李建国同志于2026年11月20日去世。' });
    const onDone = jest.fn();
    render(<DeceasedForm person={person} onDone={onDone} onCancel={jest.fn()} />);
    const box = screen.getByLabelText('去世日期') as HTMLInputElement;
    expect(box.type).toBe('date');
    fireEvent.click(screen.getByText('登记'));
    expect(screen.getByText('请选择去世的日期。')).toBeTruthy();
    fireEvent.change(box, { target: { value: '2099-01-01' } });
    fireEvent.click(screen.getByText('登记'));
    expect(screen.getByText('去世日期不能晚于今天，请再选一次。')).toBeTruthy();
    expect(markDeceased).not.toHaveBeenCalled();
    fireEvent.change(box, { target: { value: '2026-11-20' } });
    expect(screen.getByText('2026年11月20日 星期五')).toBeTruthy();
    fireEvent.click(screen.getByText('登记'));
    expect(screen.getByText(/确定要登记李建国同志已于2026年11月20日 星期五去世吗/)).toBeTruthy();
    fireEvent.click(screen.getByText('确定登记'));
    await act(async () => undefined);
    expect(jest.mocked(markDeceased).mock.calls[0].slice(0, 2)).toEqual([49, '2026-11-20']);
    expect(onDone).toHaveBeenCalled();
  });
});
