// The events function's inputs (zod, validated at the boundary) and outputs, shared by the front end and the function.
// 活动报名: events and elder-university courses — sign-up that never oversells, a waitlist that promotes itself,
// verifiable lotteries (docs/LOTTERY.md), QR attendance.
import { z } from 'zod';
import type { FileLink } from './files';
import { id, none, text } from './fields';
import {
  CANCEL_REASON_MAX,
  EVENT_MODES,
  EVENT_TYPES,
  type EnrolmentStatus,
  type EventMode,
  type EventType,
} from './event-names';

export * from './event-names';

export const MAX_CAPACITY = 100_000;
/** Default hours a promoted member has to confirm; none when the event starts sooner than that. */
export const DEFAULT_CONFIRM_HOURS = 24;
/** The attendance code works from this long before the start until the end. */
export const ATTENDANCE_OPENS_BEFORE_MS = 60 * 60 * 1000;

/** An instant as ISO-8601 with a zone ("2026-12-01T09:00:00+08:00" or "…Z"); kept as UTC ISO text. */
export const instant = (what: string) =>
  z
    .string({ required_error: `请填写${what}。`, invalid_type_error: `${what}的格式不对。` })
    .max(40, `${what}的格式不对。`)
    .refine(
      (s) =>
        /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(s) &&
        !Number.isNaN(Date.parse(s)),
      `${what}的格式不对。`,
    )
    .transform((s) => new Date(s).toISOString());

const capacity = z
  .number({ required_error: '请填写名额。', invalid_type_error: '名额要填一个整数。' })
  .int('名额要填一个整数。')
  .min(1, '名额至少是 1 个。')
  .max(MAX_CAPACITY, `名额不能超过 ${MAX_CAPACITY.toLocaleString('en-US')} 个。`);

const eventFields = {
  title: text('活动名称', 60),
  type: z.enum(EVENT_TYPES, { errorMap: () => ({ message: '请选择活动的种类。' }) }),
  description: text('活动介绍', 2000, { multiline: true }).optional(),
  place: text('活动地点', 100),
  startAt: instant('开始时间'),
  endAt: instant('结束时间'),
  capacity,
  signupOpensAt: instant('报名开始时间'),
  signupClosesAt: instant('报名截止时间'),
  audienceOrgUnitId: id('参加范围'),
  mode: z
    .enum(EVENT_MODES, { errorMap: () => ({ message: '请选择报名方式：先到先得或抽签。' }) })
    .optional()
    .default('first_come'),
  /** Courses: the term, and how many courses of it one person may take (e.g. 2). */
  term: text('学期名称', 40).optional(),
  termCap: z
    .number({ invalid_type_error: '每人最多报几门课要填一个整数。' })
    .int('每人最多报几门课要填一个整数。')
    .min(1, '每人最多报几门课至少是 1。')
    .max(20, '每人最多报几门课不能超过 20。')
    .optional(),
  /** Hours a promoted member has to confirm (default 24). */
  confirmHours: z
    .number({ invalid_type_error: '确认时限要填一个整数。' })
    .int('确认时限要填一个整数。')
    .min(1, '确认时限至少 1 小时。')
    .max(168, '确认时限不能超过 168 小时。')
    .optional(),
};

export const createEventInput = z.object(eventFields).strict();

/** Only what changes; times are checked again together with the rest. */
export const updateEventInput = z
  .object({
    eventId: id('活动编号'),
    title: eventFields.title.optional(),
    description: eventFields.description,
    place: eventFields.place.optional(),
    startAt: eventFields.startAt.optional(),
    endAt: eventFields.endAt.optional(),
    capacity: capacity.optional(),
    signupOpensAt: eventFields.signupOpensAt.optional(),
    signupClosesAt: eventFields.signupClosesAt.optional(),
  })
  .strict();

export const eventIdInput = z.object({ eventId: id('活动编号') }).strict();
/** An event as seen by the caller, or by a member they may act for (a relative, a member of their branch). */
export const getEventInput = z.object({ eventId: id('活动编号'), forPersonId: id('报名人').optional() }).strict();
/** The reason is required (CANCEL_REASON_MAX): everyone signed up is told it, and it stays on the event's page. */
export const cancelEventInput = z
  .object({ eventId: id('活动编号'), reason: text('取消原因', CANCEL_REASON_MAX) })
  .strict();

export const listEventsInput = z
  .object({
    type: z.enum(EVENT_TYPES, { errorMap: () => ({ message: '活动的种类不对，请返回重试。' }) }).optional(),
    /** Organisers: the events they manage, past ones included. */
    managed: z.boolean({ invalid_type_error: '列表的选择不对，请返回重试。' }).optional(),
  })
  .strict()
  .optional()
  .default({});

export const myEventsInput = none;

export const signUpInput = z.object({ eventId: id('活动编号'), forPersonId: id('报名人').optional() }).strict();
export const cancelSignUpInput = signUpInput;
export const confirmPromotionInput = signUpInput;

export const attendInput = z
  .object({
    scene: z
      .string({ required_error: '缺少二维码内容。', invalid_type_error: '这个二维码无法识别。' })
      .max(200, '这个二维码无法识别。')
      .transform((s) => s.trim()),
    /** When the scan starts from an event's page: a code of another event is refused. */
    eventId: id('活动编号').optional(),
  })
  .strict();

export const markAttendanceInput = z
  .object({
    eventId: id('活动编号'),
    personId: id('参加人'),
    attended: z.boolean({ invalid_type_error: '签到的选择不对，请返回重试。' }).optional().default(true),
  })
  .strict();

export interface EventSummary {
  id: number;
  title: string;
  type: EventType;
  place: string;
  startAt: string;
  endAt: string;
  capacity: number;
  confirmed: number;
  waitlisted: number;
  applicants: number;
  /**
   * Everyone with an active enrolment: seats, the queue and undrawn lottery applications. The one number a screen
   * shows as "已报名 N 人" (a lottery has no seats before its draw, so `confirmed` alone would say 0).
   */
  signedUp: number;
  signupOpensAt: string;
  signupClosesAt: string;
  mode: EventMode;
  cancelled: boolean;
  audienceOrgUnitId: number;
  audienceName: string;
}

export interface EventDetail extends EventSummary {
  description: string;
  term: string | null;
  termCap: number | null;
  confirmHours: number;
  /** Lottery: SHA-256 of the seed the system made at creation, shown from then on; the seed itself once drawn. */
  seedHash: string | null;
  seed: string | null;
  drawnAt: string | null;
  cancelReason: string | null;
  /** The caller may edit, cancel, see the roster, show the attendance code. */
  manageable: boolean;
}

export interface Mine {
  status: EnrolmentStatus | null;
  /** Waitlisted: 1 for the next to move up. */
  place?: number;
  /** Promoted: confirm before this, or the seat passes on. */
  confirmBy?: string | null;
  /** Who signed the person up, when it was someone else (a secretary, a relative). */
  signedUpByName?: string | null;
  signedUpAt?: string;
}

export interface SignUpResult {
  status: EnrolmentStatus;
  place?: number;
  confirmBy?: string | null;
  /** One full sentence for the person. */
  message: string;
}

export interface RosterRow {
  personId: number;
  name: string;
  branch: string;
  signedUpAt: string;
  signedUpBy: string | null;
  status: EnrolmentStatus;
  place: number | null;
  attended: boolean;
  /** To call them (a cancelled event above all): in full for their own branch secretary or an admin above, else masked. */
  phone: string | null;
}

export interface DrawFacts {
  matches: boolean;
  seedHash: string;
  seed: string;
  /** Every applicant's person id at the draw, ascending. */
  applicants: number[];
  /** Winners (a seat each), in rank order. */
  winners: number[];
  /** The rest, in waitlist order. */
  waitlist: number[];
}

export interface MyEvent extends EventSummary {
  mine: Mine;
}

export interface EventsApi {
  list: { input: z.input<typeof listEventsInput>; output: { events: (EventSummary & { mine: Mine })[] } };
  get: { input: z.input<typeof getEventInput>; output: { event: EventDetail; mine: Mine } };
  myEvents: { input: z.input<typeof myEventsInput>; output: { events: MyEvent[] } };
  create: { input: z.input<typeof createEventInput>; output: { event: EventDetail } };
  update: { input: z.input<typeof updateEventInput>; output: { event: EventDetail; told: number } };
  cancelEvent: { input: z.input<typeof cancelEventInput>; output: { event: EventDetail; told: number } };
  signUp: { input: z.input<typeof signUpInput>; output: SignUpResult };
  cancel: { input: z.input<typeof cancelSignUpInput>; output: SignUpResult & { promotedPersonId: number | null } };
  confirmPromotion: { input: z.input<typeof confirmPromotionInput>; output: SignUpResult };
  roster: { input: z.input<typeof eventIdInput>; output: { event: EventDetail; rows: RosterRow[] } };
  exportRoster: { input: z.input<typeof eventIdInput>; output: FileLink };
  draw: { input: z.input<typeof eventIdInput>; output: DrawFacts };
  verifyDraw: { input: z.input<typeof eventIdInput>; output: DrawFacts };
  attend: { input: z.input<typeof attendInput>; output: SignUpResult & { eventId: number; title: string } };
  markAttendance: { input: z.input<typeof markAttendanceInput>; output: { personId: number; status: EnrolmentStatus } };
}
