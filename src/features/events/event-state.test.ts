import type { EventDetail, Mine } from '../../../contracts/events';
import { ACTION_LABELS, eventState, mineWords, seatsWords } from './event-state';

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
  signedUp: 18,
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

/** Words the queue no longer uses (docs/WORDS.md: 排队等空位). */
const OLD_QUEUE_WORDS = /候补|递补|转正/;

describe('the queue is 排队等空位 in every word the screens use', () => {
  it('no state, label or list line says 候补, 递补 or 转正', () => {
    const now = at('2026-12-02T00:00:00Z');
    const statuses: Mine[] = [
      none,
      { status: 'waitlisted', place: 2 },
      { status: 'promoted', confirmBy: '2026-12-03T00:00:00Z' },
      { status: 'promoted' },
      { status: 'confirmed' },
      { status: 'applied' },
      { status: 'cancelled' },
    ];
    const full = { ...event, confirmed: 30, waitlisted: 4, signedUp: 34 };
    const words = [
      ...Object.values(ACTION_LABELS),
      ...statuses.flatMap((m) => [full, event].flatMap((e) => Object.values(eventState(e, m, now)).map(String))),
      ...statuses.map((m) => mineWords(m) ?? ''),
      seatsWords(full),
      seatsWords({ ...full, mode: 'lottery' }),
    ];
    for (const w of words) expect(w).not.toMatch(OLD_QUEUE_WORDS);
    expect(ACTION_LABELS.waitlist).toBe('排队等空位');
  });
  it('a lottery counts everyone who applied (signedUp), not the seats it has not drawn yet', () => {
    expect(seatsWords({ ...event, mode: 'lottery', confirmed: 0, applicants: 35, signedUp: 35 })).toBe(
      '抽签决定，共 30 个名额，已申请 35 人',
    );
  });
});

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
      sentence: expect.stringMatching(/排队等空位，您会排在第5位。轮到您时，我们会通知您，请在24小时内按“确认参加”。/),
    });
    expect(eventState({ ...event, mode: 'lottery' }, none, now)).toMatchObject({ action: 'apply' });
  });
  it('the member’s own states', () => {
    const now = at('2026-12-02T00:00:00Z');
    expect(eventState(event, { status: 'confirmed' }, now)).toMatchObject({ title: '已报名', action: 'cancel' });
    expect(eventState(event, { status: 'waitlisted', place: 3 }, now)).toMatchObject({
      title: '排队等空位',
      sentence: expect.stringMatching(/您排在第3位。轮到您时，我们会通知您，请在24小时内按“确认参加”。/),
      action: 'cancel',
    });
    expect(eventState(event, { status: 'promoted', confirmBy: '2026-12-03T00:00:00Z' }, now)).toMatchObject({
      action: 'confirm',
      secondary: 'cancel',
      sentence: expect.stringMatching(/2026年12月3日 星期四 上午8点前按“确认参加”/),
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
    expect(mineWords({ status: 'waitlisted', place: 2 })).toBe('排队等空位，第2位');
    expect(mineWords({ status: 'promoted' })).toBe('轮到您了，请确认参加');
    expect(mineWords(none)).toBeNull();
  });
});
