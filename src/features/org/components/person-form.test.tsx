// 修改资料 reports every mistake at once, each next to its field, with one sentence counting them, and sends nothing
// until all are right; 入党时间 forgives how it is written (1975年7月, 1975.7) and is said back in words.
import { act, fireEvent, render, screen } from '@testing-library/react';
import type { PersonDetail } from '../../../../contracts/org';
import { updatePerson } from '../api/update-person';
import { PersonForm } from './person-form';

jest.mock('../api/update-person', () => ({ updatePerson: jest.fn() }));

const person: PersonDetail = {
  id: 37,
  name: '王秀英',
  phone: '13905921234',
  orgUnitId: 1,
  orgUnitName: '莲花社区离退休干部党支部',
  status: 'active',
  gender: '女',
  birthYear: 1950,
  joinedPartyOn: '1975-07',
  formerPost: null,
  skills: null,
  statusOn: null,
  roles: [],
  editable: true,
  pendingTransfer: null,
};

// The field around a label: in jsdom Taro's Input is a bare <input> (its aria attributes are H5-build nativeProps).
const field = (label: string) => screen.getByText(label, { selector: '.text-field__label' }).closest('.text-field')!;
const box = (label: string) => field(label).querySelector('input')!;
const type = (label: string, value: string) => fireEvent.input(box(label), { target: { value } });

describe('PersonForm', () => {
  beforeEach(() => jest.mocked(updatePerson).mockReset());

  it('shows all three mistakes at once, each beside its box, and sends nothing', async () => {
    render(<PersonForm person={person} canRename onSaved={jest.fn()} onCancel={jest.fn()} />);
    type('出生年份', '48');
    type('手机号', '1390592');
    type('入党时间', '七五年');
    fireEvent.click(screen.getByText('保存'));
    await act(async () => undefined);
    expect(updatePerson).not.toHaveBeenCalled();
    expect(screen.getByText('出生年份请写四位数的年份，例如 1948。')).toBeTruthy();
    expect(screen.getByText('手机号应当是 11 位数字，例如 13905921234。')).toBeTruthy();
    expect(screen.getByText('入党时间请写年份和月份，例如 1975年7月。')).toBeTruthy();
    expect(screen.getByText('有3处要改一下，已经在各自的格子下面说明了。')).toBeTruthy();
    // Each mistake sits in its own field, under its own box.
    expect(field('出生年份').textContent).toContain('出生年份请写四位数的年份');
    expect(field('入党时间').querySelector('#edit-joined-error')?.textContent).toContain('入党时间请写年份和月份');
  });

  it('reads 入党时间 as she writes it, says it in words, and sends it in the record’s form', async () => {
    jest.mocked(updatePerson).mockResolvedValue({ person: { ...person, joinedPartyOn: '1966-08' } });
    const onSaved = jest.fn();
    render(<PersonForm person={person} canRename onSaved={onSaved} onCancel={jest.fn()} />);
    expect(screen.getByText('现在登记的是1975年7月。')).toBeTruthy();
    type('入党时间', '1966年8月');
    expect(screen.getByText('是1966年8月。')).toBeTruthy();
    fireEvent.click(screen.getByText('保存'));
    await act(async () => undefined);
    expect(jest.mocked(updatePerson).mock.calls[0][0]).toEqual({ personId: 37, joinedPartyOn: '1966-08' });
    expect(onSaved).toHaveBeenCalled();
  });
});
