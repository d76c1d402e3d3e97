// The events domain's fixed names, without zod, so the front end may import the values (contracts/events.ts
// re-exports them for the server).
export const EVENT_TYPES = ['training', 'party_day', 'lecture', 'course', 'volunteer', 'culture'] as const;
export type EventType = (typeof EVENT_TYPES)[number];
export const EVENT_TYPE_NAMES: Record<EventType, string> = {
  training: '培训班',
  party_day: '主题党日',
  lecture: '宣讲',
  course: '老年大学课程',
  volunteer: '志愿活动',
  culture: '文体活动',
};

export const EVENT_MODES = ['first_come', 'lottery'] as const;
export type EventMode = (typeof EVENT_MODES)[number];
export const EVENT_MODE_NAMES: Record<EventMode, string> = { first_come: '先到先得', lottery: '抽签' };

/** A person's enrolment in an event. `promoted`: moved up from the waitlist, holding a seat until they confirm. */
export const ENROLMENT_STATUSES = ['confirmed', 'waitlisted', 'applied', 'promoted', 'cancelled', 'attended'] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];

/** The longest reason an organiser may give for calling an event off (the form's box and the contract agree). */
export const CANCEL_REASON_MAX = 200;
