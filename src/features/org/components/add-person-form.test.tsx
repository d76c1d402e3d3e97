// 添加党员: a missing name and a wrong phone are both said at once, each under its own box; nothing is sent.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { addPerson } from '../api/add-person';
import { AddPersonForm } from './add-person-form';

jest.mock('../api/add-person', () => ({ addPerson: jest.fn() }));

const field = (label: string) => screen.getByText(label, { selector: '.text-field__label' }).closest('.text-field')!;

describe('AddPersonForm', () => {
  it('says both mistakes at once and sends nothing', async () => {
    render(<AddPersonForm orgUnitId={3} onDone={jest.fn()} />);
    fireEvent.input(field('手机号（可以不填）').querySelector('input')!, { target: { value: '139 0592' } });
    fireEvent.click(screen.getByText('保存这位党员'));
    await act(async () => undefined);
    expect(addPerson).not.toHaveBeenCalled();
    expect(field('姓名').textContent).toContain('请填写姓名。');
    expect(field('手机号（可以不填）').textContent).toContain('手机号应当是 11 位数字');
    expect(screen.getByText('有2处要改一下，已经在各自的格子下面说明了。')).toBeTruthy();
  });
});
