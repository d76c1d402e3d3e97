// The events domain's decisions, pure: who may sign up when, what times make an event, when a promotion must be
// confirmed, and the sentences people are told. The clock is passed in; the writes happen in the actions.
import {
  ATTENDANCE_OPENS_BEFORE_MS,
  MAX_CAPACITY,
  type EnrolmentStatus,
  type EventMode,
} from '../../../../contracts/events';
import { isWithin } from '../../../common/org-paths';
import { chinaDateTimeWords, chinaDateWords, chinaDay } from '../../../common/china-time';

const HOUR_MS = 60 * 60 * 1000;

export interface EventTimes {
  startAt: string;
  endAt: string;
  signupOpensAt: string;
  signupClosesAt: string;
  capacity: number;
}

/** What is wrong with an event's times and size, in one sentence; null when all is well. */
export function eventTimesProblem(e: EventTimes): string | null {
  if (!Number.isInteger(e.capacity) || e.capacity < 1) return '名额至少是 1 个。';
  if (e.capacity > MAX_CAPACITY) return `名额不能超过 ${MAX_CAPACITY.toLocaleString('en-US')} 个。`;
  const start = Date.parse(e.startAt);
  const end = Date.parse(e.endAt);
  const opens = Date.parse(e.signupOpensAt);
  const closes = Date.parse(e.signupClosesAt);
  if (end <= start) return '结束时间要晚于开始时间，请检查后再提交。';
  if (closes <= opens) return '报名截止时间要晚于报名开始时间，请检查后再提交。';
  if (closes > start) return '报名要在活动开始之前截止，请检查报名截止时间。';
  return null;
}

export interface LotteryChangeFacts {
  now: Date;
  mode: EventMode;
  /** Someone has applied (undrawn applications), or the draw has happened. */
  hasApplications: boolean;
  drawn: boolean;
  before: { signupClosesAt: string; capacity: number };
  next: { signupClosesAt: string; capacity: number };
}

export type LotteryChangeVerdict = { ok: true; extended: boolean } | { ok: false; message: string };

/**
 * What an organiser may change about a lottery (docs/LOTTERY.md): the close and the capacity decide who wins, so
 * once anyone has applied neither may move, except a later close (announced to the applicants); nothing moves
 * after the close or the draw, and a close is never set in the past, so the draw always follows the published close.
 */
export function judgeLotteryChange(f: LotteryChangeFacts): LotteryChangeVerdict {
  const closeMoved = f.next.signupClosesAt !== f.before.signupClosesAt;
  const capacityMoved = f.next.capacity !== f.before.capacity;
  if (f.mode !== 'lottery' || (!closeMoved && !capacityMoved)) return { ok: true, extended: false };
  if (f.drawn)
    return {
      ok: false,
      message: capacityMoved ? '已经抽过签了，不能再改名额。' : '已经抽过签了，不能再改报名截止时间。',
    };
  const now = f.now.getTime();
  if (now >= Date.parse(f.before.signupClosesAt))
    return { ok: false, message: '报名已经截止，等着抽签，名额和截止时间都不能再改了。' };
  if (f.hasApplications && capacityMoved)
    return { ok: false, message: '已经有人申请抽签了，名额不能再改，否则抽签就不公平了。' };
  const later = Date.parse(f.next.signupClosesAt) > Date.parse(f.before.signupClosesAt);
  if (closeMoved && f.hasApplications && !later)
    return { ok: false, message: '已经有人申请抽签了，报名截止时间只能延后，不能提前。' };
  if (closeMoved && Date.parse(f.next.signupClosesAt) <= now)
    return { ok: false, message: '报名截止时间不能改到现在以前，请选一个以后的时间。' };
  return { ok: true, extended: closeMoved && later };
}

export interface DrawReadiness {
  now: Date;
  signupClosesAt: string;
  drawn: boolean;
  cancelled: boolean;
}

export type DrawVerdict =
  { ok: true } | { ok: false; code: 'EVENT_CANCELLED' | 'ALREADY_DRAWN' | 'DRAW_NOT_DUE'; message: string };

/** Whether a lottery may be drawn now: only after its published close, and once. */
export function judgeDraw(f: DrawReadiness): DrawVerdict {
  if (f.cancelled) return { ok: false, code: 'EVENT_CANCELLED', message: '这个活动已经取消了，不用抽签。' };
  if (f.drawn) return { ok: false, code: 'ALREADY_DRAWN', message: '这个活动已经抽过签了，每个活动只抽一次。' };
  if (f.now.getTime() < Date.parse(f.signupClosesAt))
    return {
      ok: false,
      code: 'DRAW_NOT_DUE',
      message: `报名还没有截止。${chinaDateTimeWords(f.signupClosesAt)}截止以后才能抽签。`,
    };
  return { ok: true };
}

export interface SignUpFacts {
  now: Date;
  opensAt: string;
  closesAt: string;
  cancelled: boolean;
  drawn: boolean;
  audiencePath: string;
  /** The org path of the person who would take part. */
  personPath: string;
}

export type SignUpVerdict =
  | { ok: true }
  | { ok: false; code: 'SIGNUP_NOT_OPEN' | 'SIGNUP_CLOSED' | 'EVENT_CANCELLED' | 'FORBIDDEN'; message: string };

export const SIGN_UP_CALLED_OFF = '这个活动已经取消了，不能再报名。';

export function judgeSignUp(f: SignUpFacts, forOther: boolean): SignUpVerdict {
  if (f.cancelled) return { ok: false, code: 'EVENT_CANCELLED', message: SIGN_UP_CALLED_OFF };
  if (!isWithin(f.personPath, f.audiencePath)) {
    return {
      ok: false,
      code: 'FORBIDDEN',
      message: forOther ? '这位同志不在这个活动的参加范围内，不能替他报名。' : '这个活动不在您的参加范围内，不能报名。',
    };
  }
  const now = f.now.getTime();
  if (now < Date.parse(f.opensAt))
    return {
      ok: false,
      code: 'SIGNUP_NOT_OPEN',
      message: `还没有开始报名。${chinaDateTimeWords(f.opensAt)}开始报名，请到时候再来。`,
    };
  if (now >= Date.parse(f.closesAt) || f.drawn)
    return { ok: false, code: 'SIGNUP_CLOSED', message: `报名已经在${chinaDateTimeWords(f.closesAt)}截止了。` };
  return { ok: true };
}

/** When a promoted member must confirm by; null when the event starts sooner than the window (confirmed at once). */
export function promotionDeadline(now: Date, startAt: string, confirmHours: number): Date | null {
  const deadline = now.getTime() + confirmHours * HOUR_MS;
  return deadline >= Date.parse(startAt) ? null : new Date(deadline);
}

/** Whether the attendance code may be used now: from an hour before the start until the end. */
export function attendanceWindow(now: Date, startAt: string, endAt: string): 'early' | 'open' | 'over' {
  const t = now.getTime();
  if (t < Date.parse(startAt) - ATTENDANCE_OPENS_BEFORE_MS) return 'early';
  if (t > Date.parse(endAt)) return 'over';
  return 'open';
}

/**
 * Whether the organiser may mark someone present by hand: from the event's day (China time) on, never days before,
 * when one stray tap on a name would record attendance nobody gave. Null when allowed, else the sentence.
 */
export function handMarkingProblem(now: Date, startAt: string): string | null {
  if (chinaDay(now) >= chinaDay(new Date(startAt))) return null;
  return `还没到活动那天。${chinaDateWords(startAt)}那天才能登记签到。`;
}

/** What a place in the queue means, said when she joins it (docs/WORDS.md: 排队等空位, 确认参加). */
export function queueTurnSentence(confirmHours: number): string {
  return `轮到您时，我们会通知您，请在${confirmHours}小时内按“确认参加”。`;
}

/** Statuses that hold a seat (count in `confirmed`). */
export const SEATED: readonly EnrolmentStatus[] = ['confirmed', 'promoted', 'attended'];

export function holdsSeat(status: EnrolmentStatus): boolean {
  return SEATED.includes(status);
}

/** The sentence a person is told after signing up (or being signed up). */
export function signUpSentence(
  title: string,
  status: EnrolmentStatus,
  place: number | undefined,
  mode: EventMode,
  forName: string | null,
  confirmHours: number,
): string {
  const who = whoSignedUp(forName);
  switch (status) {
    case 'confirmed':
      return `报名成功！${who}报上“${title}”。`;
    case 'waitlisted': {
      const [before, after] = waitlistedAround(who, confirmHours);
      return `${before}${place ?? 1}${after}`;
    }
    case 'applied':
      return mode === 'lottery' ? `${who}申请抽签“${title}”。报名截止后抽签，结果会通知。` : `${who}提交申请。`;
    case 'promoted':
      return `轮到${forName ?? '您'}了，名额已经留好，请按时按“确认参加”。`;
    case 'attended':
      return '已经签到了。';
    case 'cancelled':
      return '已经取消报名。';
  }
}

const whoSignedUp = (forName: string | null) => (forName ? `已为${forName}` : '您已');

/** The waitlisted sentence's words before and after the place, for a sentence the database completes. */
function waitlistedAround(who: string, confirmHours: number): [string, string] {
  return [`名额已满，${who}排队等空位，现在排在第`, `位。${queueTurnSentence(confirmHours)}`];
}

export interface FirstComeSentences {
  confirmed: string;
  /** The words before and after the place in the queue. */
  waitlisted: [string, string];
}

/**
 * A first-come sign-up's two possible sentences, before the database has said which (the final step on PostgreSQL
 * writes the answer a resend gets in the same statement that takes the seat): the seat's in full, the queue's around
 * its place. signUpSentence gives the same words.
 */
export function firstComeSentences(title: string, forName: string | null, confirmHours: number): FirstComeSentences {
  return {
    confirmed: signUpSentence(title, 'confirmed', undefined, 'first_come', forName, confirmHours),
    waitlisted: waitlistedAround(whoSignedUp(forName), confirmHours),
  };
}

export function promotedSentence(title: string, confirmBy: Date | null): string {
  const short = title.length > 14 ? `${title.slice(0, 13)}…` : title;
  return confirmBy
    ? `轮到您参加“${short}”了，请在${chinaDateTimeWords(confirmBy)}前按“确认参加”。`
    : `有空位了，您已报上“${short}”。`;
}

/**
 * What everyone signed up is told when the organiser calls the event off, with the reason, in one inbox line (60
 * characters): a long reason is shortened here and read in full on the event's page.
 */
export function eventCancelledSentence(dayWords: string, title: string, reason: string): string {
  const head = `很抱歉，${dayWords}的“${shortTitle(title, 12)}”取消了，原因：`;
  const why = reason.replace(/[。！？.!?，,；;\s]+$/u, '');
  const room = 60 - Array.from(head).length - 1;
  const chars = Array.from(why);
  return `${head}${chars.length > room ? `${chars.slice(0, room - 1).join('')}…` : why}。`;
}

export function shortTitle(title: string, max = 16): string {
  return title.length > max ? `${title.slice(0, max - 1)}…` : title;
}
