import { formToInput, type CreateForm } from './create-form';

const form: CreateForm = {
  title: ' 健康讲座 ',
  type: 'lecture',
  place: '礼堂',
  date: '2026-12-10',
  start: '09:00',
  end: '11:00',
  capacity: '50',
  mode: 'first_come',
};
const now = new Date('2026-12-01T01:00:00Z');

describe('the create form', () => {
  it('turns the pickers’ China-time values into the action input, sign-up open now until an hour before the start', () => {
    expect(formToInput(form, 7, now)).toEqual({
      input: {
        title: '健康讲座',
        type: 'lecture',
        place: '礼堂',
        startAt: '2026-12-10T09:00:00+08:00',
        endAt: '2026-12-10T11:00:00+08:00',
        capacity: 50,
        signupOpensAt: now.toISOString(),
        signupClosesAt: '2026-12-10T00:00:00.000Z',
        audienceOrgUnitId: 7,
        mode: 'first_come',
      },
    });
  });
  it('reports every mistake at once, each by its field', () => {
    expect(
      formToInput({ ...form, title: ' ', place: '', date: '', capacity: '0', start: '11:00', end: '10:00' }, 7, now),
    ).toEqual({
      problems: {
        title: '请填写活动名称。',
        place: '请填写活动地点。',
        date: '请选择活动日期。',
        capacity: '名额要填一个大于0的整数，例如50。',
        end: '结束时间要晚于开始时间。',
      },
    });
    expect(formToInput({ ...form, start: '11:00', end: '10:00' }, 7, now)).toEqual({
      problems: { end: '结束时间要晚于开始时间。' },
    });
    expect(formToInput({ ...form, date: '2026-12-01' }, 7, now)).toEqual({
      problems: { start: '活动开始时间要在一小时以后，才能留出报名的时间。' },
    });
    expect(formToInput({ ...form, start: '', end: '' }, 7, now)).toEqual({
      problems: { start: '请选择开始时间。', end: '请选择结束时间。' },
    });
  });
});
