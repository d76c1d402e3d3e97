// What the detail page says and offers, decided from the event, the person's own enrolment and the clock: one
// full sentence for the state, and the one thing the big button will do. Pure, so every state is tested.
import type { EventDetail, EventSummary, Mine } from '../../../contracts/events';
import type { SubscribeTemplate } from '../../../contracts/inbox';
import { dateTimeWords } from '../../entities/time/calendar';

import type { EventType } from '../../../contracts/event-names';

/** Short names for choices laid out two to a line ("老年大学课程" does not fit a half-width button at 特大). */
export const TYPE_CHOICE_LABELS: Record<EventType, string> = {
  training: '培训班',
  party_day: '主题党日',
  lecture: '宣讲',
  course: '老年大学',
  volunteer: '志愿活动',
  culture: '文体活动',
};

export type EventAction = 'signUp' | 'waitlist' | 'apply' | 'cancel' | 'confirm';

export const ACTION_LABELS: Record<EventAction, string> = {
  signUp: '报名',
  waitlist: '排队等空位',
  apply: '申请抽签',
  cancel: '取消报名',
  confirm: '确认参加',
};

/**
 * The WeChat messages worth a consent at each tap (WeChat asks for ≤ 3 at once; each yes allows one message): a
 * seat leads to the day-before reminder and any change; a place in the queue to the promotion first; a lottery
 * entry to the draw's result. 取消报名 leads to none.
 */
export const CONSENTS_FOR_ACTION: Record<EventAction, readonly SubscribeTemplate[]> = {
  signUp: ['event_reminder', 'event_changed'],
  waitlist: ['event_promoted', 'event_reminder', 'event_changed'],
  apply: ['event_drawn', 'event_reminder', 'event_changed'],
  confirm: ['event_reminder', 'event_changed'],
  cancel: [],
};

/** Every template an event screen may ask for, to load their ids before the tap. */
export const EVENT_CONSENTS: readonly SubscribeTemplate[] = [...new Set(Object.values(CONSENTS_FOR_ACTION).flat())];

export interface EventState {
  /** A short heading: 可以报名, 已报名, 排队等空位 … */
  title: string;
  /** One or two full sentences. */
  sentence: string;
  /** The one primary action, when there is one. */
  action: EventAction | null;
  /** A quieter second action (取消报名 beside 确认参加). */
  secondary: EventAction | null;
}

export function seatsLeft(e: Pick<EventSummary, 'capacity' | 'confirmed'>): number {
  return Math.max(0, e.capacity - e.confirmed);
}

/** The list's one line about seats: "还剩 12 个名额" / "名额已满，3 人在排队等空位" / "抽签，已有 8 人申请". */
export function seatsWords(e: EventSummary): string {
  if (e.mode === 'lottery') return `抽签决定，共 ${e.capacity} 个名额，已申请 ${e.signedUp} 人`;
  const left = seatsLeft(e);
  return left > 0 ? `还剩 ${left} 个名额（共 ${e.capacity} 个）` : `名额已满，${e.waitlisted} 人在排队等空位`;
}

/** What a place in the queue means, said as she joins it and while she waits (the server says the same). */
export function queueTurnWords(confirmHours: number): string {
  return `轮到您时，我们会通知您，请在${confirmHours}小时内按“确认参加”。`;
}

const CHINA_OFFSET_MS = 8 * 3600_000;
const DAY_MS = 24 * 3600_000;
const chinaDayNumber = (t: number) => Math.floor((t + CHINA_OFFSET_MS) / DAY_MS);

/** Attendance by hand opens on the event's day (China time), as the server rules: never days before, by a stray tap. */
export function handMarkingOpen(startAt: string, now: Date): boolean {
  return chinaDayNumber(now.getTime()) >= chinaDayNumber(Date.parse(startAt));
}

/** The list's one line about the member's own status, or null when they have not signed up. */
export function mineWords(mine: Mine): string | null {
  switch (mine.status) {
    case 'confirmed':
      return '已报名';
    case 'attended':
      return '已签到';
    case 'waitlisted':
      return `排队等空位，第${mine.place ?? 1}位`;
    case 'applied':
      return '已申请抽签';
    case 'promoted':
      return '轮到您了，请确认参加';
    default:
      return null;
  }
}

export function eventState(e: EventDetail, mine: Mine, now: Date): EventState {
  const starts = dateTimeWords(e.startAt);
  const t = now.getTime();
  if (e.cancelled)
    return {
      title: '活动已取消',
      sentence: `这个活动已经取消了${e.cancelReason ? `，原因：${e.cancelReason}` : ''}。报名的同志都已通知。`,
      action: null,
      secondary: null,
    };
  const begun = t >= Date.parse(e.startAt);
  const ended = t >= Date.parse(e.endAt);
  switch (mine.status) {
    case 'attended':
      return { title: '已签到', sentence: '您已经签到了，欢迎参加。', action: null, secondary: null };
    case 'confirmed':
      return {
        title: '已报名',
        sentence: begun
          ? `您已报名。活动已经在${starts}开始了。`
          : `您已报名，名额已经留好了。${starts}开始，请准时到${e.place}。`,
        action: begun ? null : 'cancel',
        secondary: null,
      };
    case 'promoted':
      return {
        title: '轮到您了，请确认',
        sentence: mine.confirmBy
          ? `有空位了，名额给您留着。请在${dateTimeWords(mine.confirmBy)}前按“确认参加”，过时名额会让给下一位。`
          : '有空位了，名额给您留着。请按“确认参加”。',
        action: 'confirm',
        secondary: 'cancel',
      };
    case 'waitlisted':
      return {
        title: '排队等空位',
        sentence: `名额已满，您排在第${mine.place ?? 1}位。${queueTurnWords(e.confirmHours)}`,
        action: begun ? null : 'cancel',
        secondary: null,
      };
    case 'applied':
      return {
        title: '已申请抽签',
        sentence: `您已申请抽签。${dateTimeWords(e.signupClosesAt)}报名截止后抽签，结果会通知您。`,
        action: begun ? null : 'cancel',
        secondary: null,
      };
    default:
      break;
  }
  const before = mine.status === 'cancelled' ? '您已取消报名。' : '';
  if (ended) return { title: '活动已结束', sentence: `${before}这个活动已经结束了。`, action: null, secondary: null };
  if (t < Date.parse(e.signupOpensAt))
    return {
      title: '还没开始报名',
      sentence: `${before}${dateTimeWords(e.signupOpensAt)}开始报名，到时候再来报名。`,
      action: null,
      secondary: null,
    };
  if (t >= Date.parse(e.signupClosesAt) || e.drawnAt)
    return {
      title: '报名已截止',
      sentence: `${before}报名已经在${dateTimeWords(e.signupClosesAt)}截止了。`,
      action: null,
      secondary: null,
    };
  if (e.mode === 'lottery') {
    return {
      title: before ? '已取消报名' : '可以申请抽签',
      sentence: `${before}这个活动抽签决定，共 ${e.capacity} 个名额。${dateTimeWords(e.signupClosesAt)}截止后抽签。`,
      action: 'apply',
      secondary: null,
    };
  }
  const left = seatsLeft(e);
  if (left > 0)
    return {
      title: before ? '已取消报名' : '可以报名',
      sentence: `${before}还剩 ${left} 个名额，报名截止时间是${dateTimeWords(e.signupClosesAt)}。`,
      action: 'signUp',
      secondary: null,
    };
  return {
    title: before ? '已取消报名' : '名额已满',
    sentence: `${before}名额已满，可以排队等空位，您会排在第${e.waitlisted + 1}位。${queueTurnWords(e.confirmHours)}`,
    action: 'waitlist',
    secondary: null,
  };
}
