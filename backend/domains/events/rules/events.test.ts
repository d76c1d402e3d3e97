import { drawLottery, seedMatches, sha256Hex, ticketOf } from './lottery';
import {
  eventCancelledSentence,
  eventTimesProblem,
  handMarkingProblem,
  judgeDraw,
  judgeLotteryChange,
  judgeSignUp,
  promotionDeadline,
} from './events';
import { messageTextProblem } from '../../../rules/message-text';
import { chinaDateTimeWords, timeOfDayWords } from '../../../common/china-time';

describe('the lottery', () => {
  it('ranks by SHA-256(seed:personId) ascending, seats the first capacity, waitlists the rest in order', () => {
    const seed = 'calligraphy-2026-spring-7f3a';
    const ids = [205, 101, 142, 137, 142];
    const out = drawLottery(seed, ids, 2);
    expect(out.applicants).toEqual([101, 137, 142, 205]);
    const ranked = [101, 137, 142, 205].sort((a, b) => (ticketOf(seed, a) < ticketOf(seed, b) ? -1 : 1));
    expect([...out.winners, ...out.waitlist]).toEqual(ranked);
    expect(out.winners).toHaveLength(2);
    expect(ticketOf(seed, 137)).toBe(sha256Hex('calligraphy-2026-spring-7f3a:137'));
    // Same inputs, same answer; the input order does not matter.
    expect(drawLottery(seed, [...ids].reverse(), 2)).toEqual(out);
    expect(drawLottery('another-seed-value', ids, 2)).not.toEqual(out);
  });
  it('checks a revealed seed against its hash', () => {
    expect(seedMatches('abcdefgh', sha256Hex('abcdefgh'))).toBe(true);
    expect(seedMatches('abcdefgh', sha256Hex('abcdefgh').toUpperCase())).toBe(true);
    expect(seedMatches('abcdefgi', sha256Hex('abcdefgh'))).toBe(false);
  });
});

describe('event rules', () => {
  const t = {
    startAt: '2026-12-05T01:00:00Z',
    endAt: '2026-12-05T03:00:00Z',
    signupOpensAt: '2026-12-01T01:00:00Z',
    signupClosesAt: '2026-12-04T10:00:00Z',
    capacity: 50,
  };
  it('refuses impossible times and sizes', () => {
    expect(eventTimesProblem(t)).toBeNull();
    expect(eventTimesProblem({ ...t, capacity: 0 })).toMatch(/至少/);
    expect(eventTimesProblem({ ...t, capacity: 100_001 })).toMatch(/不能超过/);
    expect(eventTimesProblem({ ...t, endAt: t.startAt })).toMatch(/结束时间/);
    expect(eventTimesProblem({ ...t, signupClosesAt: '2026-12-06T00:00:00Z' })).toMatch(/开始之前截止/);
    expect(eventTimesProblem({ ...t, signupOpensAt: t.signupClosesAt })).toMatch(/截止时间要晚于/);
  });
  it('says when sign-up opens, in China time, and who is outside the audience', () => {
    const base = {
      opensAt: '2026-12-01T01:00:00Z',
      closesAt: '2026-12-04T10:00:00Z',
      cancelled: false,
      drawn: false,
      audiencePath: '/1/4/',
      personPath: '/1/4/9/',
    };
    expect(judgeSignUp({ ...base, now: new Date('2026-11-30T00:00:00Z') }, false)).toEqual({
      ok: false,
      code: 'SIGNUP_NOT_OPEN',
      message: '还没有开始报名。2026年12月1日 星期二 上午9点开始报名，请到时候再来。',
    });
    expect(judgeSignUp({ ...base, now: new Date('2026-12-02T00:00:00Z') }, false)).toEqual({ ok: true });
    expect(judgeSignUp({ ...base, now: new Date('2026-12-04T10:00:00Z') }, false)).toMatchObject({
      code: 'SIGNUP_CLOSED',
    });
    expect(judgeSignUp({ ...base, now: new Date('2026-12-02T00:00:00Z'), personPath: '/1/45/' }, false)).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(judgeSignUp({ ...base, now: new Date('2026-12-02T00:00:00Z'), cancelled: true }, false)).toMatchObject({
      code: 'EVENT_CANCELLED',
    });
  });
  it('gives a promoted member the window, or none when the event starts sooner', () => {
    const now = new Date('2026-12-01T01:00:00Z');
    expect(promotionDeadline(now, '2026-12-05T01:00:00Z', 24)?.toISOString()).toBe('2026-12-02T01:00:00.000Z');
    expect(promotionDeadline(now, '2026-12-01T20:00:00Z', 24)).toBeNull();
  });
  it('speaks times as people do', () => {
    expect(chinaDateTimeWords('2026-12-01T01:00:00Z')).toBe('2026年12月1日 星期二 上午9点');
    expect(chinaDateTimeWords('2026-12-01T07:30:00Z')).toBe('2026年12月1日 星期二 下午3点30分');
    expect(timeOfDayWords('2026-12-02T01:00:00Z', new Date('2026-12-01T12:00:00Z'))).toBe('明天上午9点');
  });
});

describe('what may change about a lottery (issue 15, break 6)', () => {
  const now = new Date('2026-12-01T01:00:00Z');
  const before = { signupClosesAt: '2026-12-01T03:00:00Z', capacity: 2 };
  const facts = (
    next: Partial<typeof before>,
    more: { hasApplications?: boolean; drawn?: boolean; now?: Date; mode?: 'lottery' | 'first_come' } = {},
  ) =>
    judgeLotteryChange({
      now: more.now ?? now,
      mode: more.mode ?? 'lottery',
      hasApplications: more.hasApplications ?? true,
      drawn: more.drawn ?? false,
      before,
      next: { ...before, ...next },
    });
  it('freezes the capacity and allows only a later close once anyone applied', () => {
    expect(facts({})).toEqual({ ok: true, extended: false });
    expect(facts({ capacity: 3 })).toMatchObject({ ok: false, message: expect.stringMatching(/名额不能再改/) });
    expect(facts({ signupClosesAt: '2026-12-01T02:00:00Z' })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/只能延后/),
    });
    expect(facts({ signupClosesAt: '2026-12-01T00:00:00Z' })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/只能延后/),
    });
    expect(facts({ signupClosesAt: '2026-12-01T05:00:00Z' })).toEqual({ ok: true, extended: true });
  });
  it('before any application: capacity and close may move, but the close never into the past', () => {
    expect(facts({ capacity: 5, signupClosesAt: '2026-12-01T02:00:00Z' }, { hasApplications: false })).toEqual({
      ok: true,
      extended: false,
    });
    expect(facts({ signupClosesAt: '2026-12-01T00:59:00Z' }, { hasApplications: false })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/现在以前/),
    });
    expect(facts({ signupClosesAt: '2026-12-01T01:00:00Z' }, { hasApplications: false })).toMatchObject({ ok: false });
  });
  it('nothing moves after the close or the draw; a first-come event is not judged here', () => {
    expect(facts({ signupClosesAt: '2026-12-02T00:00:00Z' }, { now: new Date('2026-12-01T03:00:00Z') })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/已经截止/),
    });
    expect(facts({ capacity: 9 }, { drawn: true, now: new Date('2026-12-01T04:00:00Z') })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/抽过签/),
    });
    expect(facts({ capacity: 9, signupClosesAt: '2026-11-30T00:00:00Z' }, { mode: 'first_come' })).toEqual({
      ok: true,
      extended: false,
    });
  });
  it('draws only after the published close, and once', () => {
    const r = { now, signupClosesAt: before.signupClosesAt, drawn: false, cancelled: false };
    expect(judgeDraw(r)).toMatchObject({ ok: false, code: 'DRAW_NOT_DUE' });
    expect(judgeDraw({ ...r, now: new Date(before.signupClosesAt) })).toEqual({ ok: true });
    expect(judgeDraw({ ...r, now: new Date(before.signupClosesAt), drawn: true })).toMatchObject({
      code: 'ALREADY_DRAWN',
    });
    expect(judgeDraw({ ...r, now: new Date(before.signupClosesAt), cancelled: true })).toMatchObject({
      code: 'EVENT_CANCELLED',
    });
  });
});

describe('issue 20: attendance by hand waits for the day; a cancellation says why in one line', () => {
  const start = '2026-12-04T01:00:00Z'; // 12月4日 上午9点, China time
  it('refuses before the event’s China day, allows from its midnight on', () => {
    expect(handMarkingProblem(new Date('2026-12-01T01:00:00Z'), start)).toMatch(
      /^还没到活动那天。2026年12月4日那天才能登记签到。$/,
    );
    expect(handMarkingProblem(new Date('2026-12-03T15:59:59Z'), start)).not.toBeNull();
    expect(handMarkingProblem(new Date('2026-12-03T16:00:00Z'), start)).toBeNull();
    expect(handMarkingProblem(new Date('2026-12-05T03:00:00Z'), start)).toBeNull();
  });
  it('puts the reason in the inbox line, shortened to fit 60 characters', () => {
    const short = eventCancelledSentence('12月4日', '重阳节座谈会', '场地临时停电。');
    expect(short).toBe('很抱歉，12月4日的“重阳节座谈会”取消了，原因：场地临时停电。');
    const long = eventCancelledSentence('12月14日', '老年大学：书法提高班第二学期开学典礼', '因'.repeat(200));
    expect(messageTextProblem(long)).toBeNull();
    expect(long).toMatch(/因…。$/);
  });
});
