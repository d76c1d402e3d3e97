// The volunteer function's inputs (zod, validated at the boundary) and outputs, shared by the front end and the function.
import { z } from 'zod';
import type { FileLink } from './files';
import { day, id, type none, text } from './fields';
import {
  certificatePeriod,
  certificateViewInputOf,
  PERIOD_ORDER_WORDS,
  periodInOrder,
  verifyCertificateInputOf,
  type CertificateIssued,
  type CertificateSheetFacts,
  type CertificateVerdict,
} from './certificates';
import { sceneField } from './qrcode';

export const POST_KINDS = ['志愿服务驿站', '银发先锋工作室', '四就近服务站', '老党员之家'] as const;
export const CHECK_IN_MODES = ['geo', 'rotating'] as const;
export type CheckInModeName = (typeof CHECK_IN_MODES)[number];
export const RECORD_STATUSES = ['open', 'pending', 'not_counted', 'confirmed', 'corrected'] as const;
export type RecordStatusName = (typeof RECORD_STATUSES)[number];

/** What each record status is called on the phone. */
export const RECORD_STATUS_NAMES: Record<RecordStatusName, string> = {
  open: '服务中',
  pending: '待确认',
  not_counted: '时长不足，未计入',
  confirmed: '已确认',
  corrected: '已更正',
};
/** A closed record the phone alone vouches for (offline, typed code, far, poor fix): it waits for the post manager. */
export const HELD_STATUS_NAME = '待负责人确认';
export const HELD_STATUS_NOTE = '这条记录待负责人确认：驿站负责人确认以后，这次的时长才计入服务证明。';

const LOCATION_WORDS = '手机报告的位置不对，请到室外开阔处重新定位后再试。';
const lat = z.number({ invalid_type_error: LOCATION_WORDS }).min(-90, LOCATION_WORDS).max(90, LOCATION_WORDS);
const lng = z.number({ invalid_type_error: LOCATION_WORDS }).min(-180, LOCATION_WORDS).max(180, LOCATION_WORDS);
const accuracy = z.number({ invalid_type_error: LOCATION_WORDS }).min(0, LOCATION_WORDS).max(100_000, LOCATION_WORDS);
const whole = (what: string, min: number, max: number) =>
  z
    .number({ invalid_type_error: `${what}要填数字。` })
    .int(`${what}要填整数。`)
    .min(min, `${what}不能小于 ${min}。`)
    .max(max, `${what}不能大于 ${max}。`);
const month = (what: string) =>
  z.string({ invalid_type_error: `${what}不对。` }).regex(/^\d{4}-(0[1-9]|1[0-2])$/, `${what}不对，请重新选择。`);
const timeOfDay = (what: string) =>
  z
    .string({ invalid_type_error: `${what}不对。` })
    .regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, `${what}要写成 14:00 这样。`);
/** The phone's own id for one scan, made when the scan happened, so a resend from the offline queue counts once. */
const clientId = z
  .string({ invalid_type_error: '打卡记录的编号不对。' })
  .regex(/^[A-Za-z0-9_-]{8,64}$/, '打卡记录的编号不对。');

export const createPostInput = z
  .object({
    name: text('驿站名称', 40),
    kind: z.enum(POST_KINDS, { errorMap: () => ({ message: '请选择驿站的类型。' }) }),
    address: text('地址', 80),
    lat,
    lng,
    radius: whole('签到范围（米）', 20, 2000).default(200),
    orgUnitId: id('所属单位'),
    checkInMode: z.enum(CHECK_IN_MODES, { errorMap: () => ({ message: '请选择签到方式。' }) }).default('geo'),
    walkIns: z.boolean({ invalid_type_error: '是否接待随到随签的志愿者，请选“是”或“否”。' }).default(false),
    windowMinutes: whole('签到提前或延后的分钟数', 0, 120).default(30),
    minShare: z
      .number({ invalid_type_error: '最少服务比例要填数字。' })
      .min(0, '最少服务比例不能小于 0。')
      .max(1, '最少服务比例不能大于 1。')
      .default(0.6),
    openHours: text('开放时间', 60).optional(),
    services: z
      .array(text('服务项目', 12), { invalid_type_error: '服务项目不对。' })
      .max(12, '服务项目最多 12 项。')
      .default([]),
    contactName: text('联系人', 20).optional(),
    contactPhone: z
      .string()
      .regex(/^[0-9-]{7,13}$/, '联系电话不对，请填手机号或座机号。')
      .optional(),
    managerIds: z
      .array(id('驿站负责人'), { invalid_type_error: '驿站负责人不对。' })
      .max(10, '驿站负责人最多 10 位。')
      .default([]),
    teamId: id('服务队').optional(),
  })
  .strict();

export const postsInput = z
  .object({ near: z.object({ lat, lng }).strict().optional() })
  .strict()
  .optional()
  .default({});

export const postInput = z.object({ id: id('驿站编号') }).strict();
export const shiftsInput = z.object({ postId: id('驿站编号'), days: whole('天数', 1, 28).default(14) }).strict();

export const createShiftInput = z
  .object({
    postId: id('驿站编号'),
    weekday: whole('星期', 1, 7),
    starts: timeOfDay('开始时间'),
    ends: timeOfDay('结束时间'),
    capacity: whole('人数', 1, 50),
    service: text('服务内容', 20),
  })
  .strict()
  .refine((s) => s.starts < s.ends, { message: '结束时间要晚于开始时间。' });

export const occurrenceInput = z.object({ shiftId: id('班次编号'), occursOn: day('日期') }).strict();

/** A scan at the post: the code (a scene, or for a rotating post the 6 digits read out with the post's id) and where. */
const scanFields = {
  scene: sceneField.optional(),
  postId: id('驿站编号').optional(),
  code: z.string({ invalid_type_error: '数字码不对。' }).max(12, '数字码不对。').optional(),
  lat: lat.optional(),
  lng: lng.optional(),
  accuracy: accuracy.optional(),
};
const needsCode = (s: { scene?: string; postId?: number; code?: string }) =>
  s.scene !== undefined || (s.postId !== undefined && s.code !== undefined);
const CODE_MISSING = { message: '请扫驿站的打卡二维码。' };

export const checkInInput = z
  .object({ ...scanFields, clientId: clientId.optional() })
  .strict()
  .refine(needsCode, CODE_MISSING);
export const checkOutInput = z
  .object({ ...scanFields, clientId: clientId.optional() })
  .strict()
  .refine(needsCode, CODE_MISSING);

export const MAX_OFFLINE_ITEMS = 20;
export const syncOfflineInput = z
  .object({
    items: z
      .array(
        z
          .object({
            clientId,
            kind: z.enum(['in', 'out'], { errorMap: () => ({ message: '打卡记录的种类不对。' }) }),
            ...scanFields,
            scannedAt: z.string({ required_error: '打卡记录缺少时间。' }).datetime({ message: '打卡记录的时间不对。' }),
          })
          .strict()
          .refine(needsCode, CODE_MISSING),
        { invalid_type_error: '打卡记录不对。' },
      )
      .min(1, '没有要补交的打卡记录。')
      .max(MAX_OFFLINE_ITEMS, `一次最多补交 ${MAX_OFFLINE_ITEMS} 条打卡记录。`),
  })
  .strict();

export const recordIdInput = z.object({ recordId: id('记录编号') }).strict();
export const requestCorrectionInput = z
  .object({
    recordId: id('记录编号'),
    reason: text('原因', 100),
    hours: z
      .number({ invalid_type_error: '时长要填数字。' })
      .min(0, '时长不能是负数。')
      .max(24, '一次服务不能超过 24 小时。')
      .optional(),
  })
  .strict();
export const correctRecordInput = z
  .object({
    recordId: id('记录编号'),
    hours: z
      .number({ required_error: '请填写更正后的时长。', invalid_type_error: '时长要填数字。' })
      .min(0, '时长不能是负数。')
      .max(24, '一次服务不能超过 24 小时。'),
    reason: text('更正原因', 100),
    correctionRequestId: id('更正申请编号').optional(),
  })
  .strict();
export const approveCorrectionInput = z
  .object({
    correctionId: id('更正编号'),
    approve: z.boolean({ required_error: '请选择同意还是不同意。', invalid_type_error: '请选择同意还是不同意。' }),
  })
  .strict();
export const answerCorrectionInput = z
  .object({ correctionRequestId: id('更正申请编号'), answer: text('答复', 100) })
  .strict();
export const rotatingCodeInput = z.object({ postId: id('驿站编号') }).strict();

export const reportInput = z
  .object({
    orgUnitId: id('单位').optional(),
    from: month('开始月份'),
    to: month('结束月份'),
  })
  .strict()
  .refine((r) => r.from <= r.to, { message: '开始月份要早于结束月份。' });

export const certificateInput = certificatePeriod.strict().refine(periodInOrder, PERIOD_ORDER_WORDS);
export const certificateViewInput = certificateViewInputOf('volunteer');
export const verifyCertificateInput = verifyCertificateInputOf('volunteer');

// ---- outputs ----

export interface PostSummary {
  id: number;
  name: string;
  kind: string;
  address: string;
  lat: number;
  lng: number;
  radius: number;
  checkInMode: CheckInModeName;
  walkIns: boolean;
  openHours: string;
  services: string[];
  /** Metres from `near`, when asked. */
  distance?: number;
}

export interface ShiftOccurrence {
  shiftId: number;
  occursOn: string;
  start: string;
  end: string;
  service: string;
  capacity: number;
  taken: number;
  /** The caller signed up for it. */
  mine: boolean;
}

export interface PostDetail extends PostSummary {
  orgUnitName: string;
  contactName: string;
  contactPhone: string;
  /** Occurrences in the coming 7 days. */
  thisWeek: ShiftOccurrence[];
  /** Whether the caller manages this post (shows the manager's screens). */
  manages: boolean;
}

export interface ServiceRecord {
  id: number;
  postId: number;
  postName: string;
  service: string;
  checkInAt: string;
  checkOutAt: string | null;
  shiftStart: string | null;
  shiftEnd: string | null;
  status: RecordStatusName;
  statusName: string;
  /** Hours as the ledger has them now (corrections included). */
  hours: number;
  /** Hours measured at check-out, before any correction. */
  measuredHours: number | null;
  flags: string[];
  /**
   * While open: the minutes served (inside the shift, for a shift) below which this stay would not count, so the
   * phone can ask before an early 签退 ("这次服务不到30分钟，不计时长"); null once closed.
   */
  minimumMinutes: number | null;
  /** An open request for correction, if any. */
  correctionRequested: boolean;
  /** Closed and counted, but held until the post manager confirms it (statusNote says so in a sentence). */
  awaitsManager: boolean;
  statusNote: string | null;
  corrections: RecordCorrection[];
}

export interface RecordCorrection {
  id: number;
  hours: number;
  previousHours: number;
  reason: string;
  at: string;
  /** 'awaiting': beyond what the record supports, it waits for a second approver above the post manager. */
  status: 'applied' | 'awaiting' | 'declined';
  /** Who set or proposed the hours, and who approved them (a correction beyond the record's bound). */
  by: string;
  approvedBy: string | null;
  approvedAt: string | null;
}

export interface CheckInResult {
  record: { id: number; checkInAt: string; postName: string; flags: string[]; walkIn: boolean };
  message: string;
}

export interface CheckOutResult {
  record: {
    id: number;
    checkOutAt: string;
    hours: number;
    counted: boolean;
    flags: string[];
    /** Until when she may take this 签退 back herself (撤销签退); null when she cannot (e.g. sent later from the queue). */
    undoUntil: string | null;
  };
  message: string;
}

/** A 签退 taken back: the record is open again, as at check-in. */
export interface UndoCheckOutResult {
  record: { id: number; checkInAt: string; postName: string };
  message: string;
}

export interface OfflineItemResult {
  clientId: string;
  ok: boolean;
  /** True when this clientId was already taken: nothing new was written. */
  replay: boolean;
  recordId?: number;
  code?: string;
  message: string;
}

export interface HoursSummary {
  month: number;
  year: number;
  total: number;
}

export interface CorrectionQueueItem {
  /** 'approval': a correction beyond the record's bound, for an admin above the post to approve or decline. */
  kind: 'request' | 'flagged' | 'approval';
  requestId?: number;
  correctionId?: number;
  record: ServiceRecord & { personName: string };
  reason?: string;
  hours?: number | null;
  createdAt: string;
}

export interface ReportRow {
  month: string;
  key: string;
  name: string;
  hours: number;
  records: number;
  volunteers: number;
}

export interface Report {
  scope: string;
  from: string;
  to: string;
  byPost: ReportRow[];
  byTeam: ReportRow[];
  byMonth: { month: string; hours: number; records: number; volunteers: number }[];
  totals: { hours: number; records: number; volunteers: number };
}

export interface CertificateView extends CertificateSheetFacts {
  kind: 'volunteer';
  volunteerNumber: string;
  records: number;
  services: { post: string; service: string; hours: number; times: number }[];
}

export interface RotatingCode {
  scene: string;
  code: string;
  url: string;
  expiresAt: string;
  postName: string;
}

/** Every volunteer action: its input and output. */
export interface VolunteerApi {
  createPost: { input: z.input<typeof createPostInput>; output: { post: { id: number } } };
  posts: { input: z.input<typeof postsInput>; output: { posts: PostSummary[] } };
  post: { input: z.input<typeof postInput>; output: PostDetail };
  shifts: { input: z.input<typeof shiftsInput>; output: { occurrences: ShiftOccurrence[] } };
  createShift: { input: z.input<typeof createShiftInput>; output: { shift: { id: number } } };
  joinShift: { input: z.input<typeof occurrenceInput>; output: { occurrence: ShiftOccurrence; message: string } };
  leaveShift: { input: z.input<typeof occurrenceInput>; output: { left: boolean; message: string } };
  myShifts: {
    input: z.input<typeof none>;
    output: { occurrences: (ShiftOccurrence & { postId: number; postName: string })[] };
  };
  checkIn: { input: z.input<typeof checkInInput>; output: CheckInResult };
  checkOut: { input: z.input<typeof checkOutInput>; output: CheckOutResult };
  undoCheckOut: { input: z.input<typeof recordIdInput>; output: UndoCheckOutResult };
  syncOffline: { input: z.input<typeof syncOfflineInput>; output: { results: OfflineItemResult[] } };
  myRecords: { input: z.input<typeof none>; output: { records: ServiceRecord[] } };
  myHours: { input: z.input<typeof none>; output: HoursSummary };
  requestCorrection: { input: z.input<typeof requestCorrectionInput>; output: { requestId: number; message: string } };
  correctionQueue: { input: z.input<typeof none>; output: { items: CorrectionQueueItem[] } };
  confirmRecord: { input: z.input<typeof recordIdInput>; output: { record: ServiceRecord; message: string } };
  correctRecord: {
    input: z.input<typeof correctRecordInput>;
    output: { record: ServiceRecord; correctionId: number; awaitingApproval: boolean; message: string };
  };
  approveCorrection: {
    input: z.input<typeof approveCorrectionInput>;
    output: { record: ServiceRecord; message: string };
  };
  answerCorrection: { input: z.input<typeof answerCorrectionInput>; output: { message: string } };
  managedPosts: { input: z.input<typeof none>; output: { posts: PostSummary[] } };
  rotatingCode: { input: z.input<typeof rotatingCodeInput>; output: RotatingCode };
  report: { input: z.input<typeof reportInput>; output: Report };
  exportReport: { input: z.input<typeof reportInput>; output: FileLink };
  certificate: { input: z.input<typeof certificateInput>; output: CertificateIssued };
  certificateView: { input: z.input<typeof certificateViewInput>; output: CertificateView };
  verifyCertificate: { input: z.input<typeof verifyCertificateInput>; output: CertificateVerdict };
}
