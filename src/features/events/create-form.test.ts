import { formToInput, type CreateForm } from './create-form';

const form: CreateForm = {
  title: ' 健康讲座 ',
  type: 'lecture',
  place: '礼堂',
  date: '2026-12-10',
  start: '9:00',
  end: '11：00',
  capacity: '50',
  mode: 'first_come',
};
const now = new Date('2026-12-01T01:00:00Z');

describe('the create form', () => {
  it('turns China-time words into the action input, sign-up open now until an hour before the start', () => {
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
  it('says what is wrong, in a sentence', () => {
    expect(formToInput({ ...form, title: ' ' }, 7, now)).toEqual({ problem: '请填写活动名称。' });
    expect(formToInput({ ...form, date: '12月10日' }, 7, now)).toMatchObject({
      problem: expect.stringMatching(/2026-12-01/),
    });
    expect(formToInput({ ...form, capacity: '0' }, 7, now)).toMatchObject({ problem: expect.stringMatching(/大于 0/) });
    expect(formToInput({ ...form, date: '2026-12-01' }, 7, now)).toMatchObject({
      problem: expect.stringMatching(/一小时以后/),
    });
  });
});
