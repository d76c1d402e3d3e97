import type { EventDetail, Mine } from '../../../contracts/events';
import { eventState, mineWords, seatsWords } from './event-state';

const event: EventDetail = {
  id: 1,
  title: '书法班',
  type: 'course',
  place: '老年大学',
  startAt: '2026-12-10T01:00:00Z',
  endAt: '2026-12-10T03:00:00Z',
  capacity: 30,
  confirmed: 18,
  waitlisted: 0,
  applicants: 0,
  signupOpensAt: '2026-12-01T01:00:00Z',
  signupClosesAt: '2026-12-09T10:00:00Z',
  mode: 'first_come',
  cancelled: false,
  audienceOrgUnitId: 1,
  audienceName: '海湾市',
  description: '',
  term: null,
  termCap: null,
  confirmHours: 24,
  seedHash: null,
  seed: null,
  drawnAt: null,
  cancelReason: null,
  manageable: false,
};
const none: Mine = { status: null };
const at = (iso: string) => new Date(iso);

describe('eventState: one sentence and one action for every state', () => {
  it('before opening: when it opens, in words, and no button', () => {
    expect(eventState(event, none, at('2026-11-30T00:00:00Z'))).toEqual({
      title: '还没开始报名',
      sentence: '2026年12月1日 星期二 上午9点开始报名，到时候再来报名。',
      action: null,
      secondary: null,
    });
  });
  it('open with seats left, full (waitlist), lottery', () => {
    const now = at('2026-12-02T00:00:00Z');
    expect(eventState(event, none, now)).toMatchObject({
      title: '可以报名',
      action: 'signUp',
      sentence: expect.stringMatching(/还剩 12 个名额/),
    });
    expect(eventState({ ...event, confirmed: 30, waitlisted: 4 }, none, now)).toMatchObject({
      action: 'waitlist',
      sentence: expect.stringMatching(/候补第 5 位/),
    });
    expect(eventState({ ...event, mode: 'lottery' }, none, now)).toMatchObject({ action: 'apply' });
  });
  it('the member’s own states', () => {
    const now = at('2026-12-02T00:00:00Z');
    expect(eventState(event, { status: 'confirmed' }, now)).toMatchObject({ title: '已报名', action: 'cancel' });
    expect(eventState(event, { status: 'waitlisted', place: 3 }, now)).toMatchObject({
      title: '候补中',
      sentence: expect.stringMatching(/候补第 3 位/),
      action: 'cancel',
    });
    expect(eventState(event, { status: 'promoted', confirmBy: '2026-12-03T00:00:00Z' }, now)).toMatchObject({
      action: 'confirm',
      secondary: 'cancel',
      sentence: expect.stringMatching(/2026年12月3日 星期四 上午8点前确认/),
    });
    expect(eventState(event, { status: 'attended' }, now)).toMatchObject({ title: '已签到', action: null });
    expect(eventState(event, { status: 'cancelled' }, now)).toMatchObject({
      title: '已取消报名',
      action: 'signUp',
      sentence: expect.stringMatching(/^您已取消报名。/),
    });
    expect(
      eventState({ ...event, cancelled: true, cancelReason: '场地维修' }, { status: 'confirmed' }, now),
    ).toMatchObject({ title: '活动已取消', action: null });
  });
  it('list words', () => {
    expect(seatsWords(event)).toBe('还剩 12 个名额（共 30 个）');
    expect(mineWords({ status: 'waitlisted', place: 2 })).toBe('候补第 2 位');
    expect(mineWords(none)).toBeNull();
  });
});
