// The time bank (时间银行 · 低龄帮高龄, issue 21): an elder, a relative through the family link, or the branch
// secretary asks for help; a younger member (60–70) offers services and accepts; the helper scans the elder's printed
// personal code at arrival and departure; the elder or a relative counter-signs within 72 hours; only then do the
// hours move on the shared ledger (backend/ledger), from the elder's account or the street's pool to the helper's.
// Inputs are zod (validated at the boundary), outputs plain types shared with the front end.
import { z } from 'zod';
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
import { id, none, text } from './fields';
import { sceneField } from './qrcode';

// ---- the service catalogue ----

/** The four areas of the bureau's report; a request's `category` is one of them. */
export const TIMEBANK_AREAS = ['居家养老', '文化养老', '健康助老', '帮困护老'] as const;
export type TimebankArea = (typeof TIMEBANK_AREAS)[number];

/** Concrete services per area; a request's `service` is one of its area's, an offer's `services` any of them. */
export const TIMEBANK_SERVICES: Record<TimebankArea, readonly string[]> = {
  居家养老: ['代购', '上门理发', '打扫整理', '代缴费用', '做饭送餐'],
  文化养老: ['陪聊', '读书读报', '智能手机教学', '书法绘画'],
  健康助老: ['陪诊', '代取药品', '陪同散步', '测量血压'],
  帮困护老: ['防诈骗讲解', '代办手续', '探望独居老人', '临时看护'],
};

/** Every service in the catalogue, once. */
export const ALL_TIMEBANK_SERVICES: readonly string[] = TIMEBANK_AREAS.flatMap((a) => TIMEBANK_SERVICES[a]);

/** How soon the elder needs help; the helper's list puts 很急 first. */
export const URGENCIES = ['normal', 'soon', 'urgent'] as const;
export type Urgency = (typeof URGENCIES)[number];
export const URGENCY_NAMES: Record<Urgency, string> = { normal: '不着急', soon: '这几天', urgent: '很急' };

/** The hours a member may hold; above it hours go to the street's pool automatically (a setting; this is the default). */
export const DEFAULT_HOURS_CAP = 1500;
/** Hours are spent from this age, or earlier with the secretary's approval of need. */
export const SPENDING_AGE = 70;
/** From this age an elder with no hours is helped from the pool. */
export const POOL_AGE = 80;
/** Helpers are the younger members: 60 to 70. */
export const HELPER_MIN_AGE = 60;
export const HELPER_MAX_AGE = 70;
/** The elder or a relative counter-signs within this many hours after the helper leaves; after that the visit expires. */
export const CONFIRM_WINDOW_HOURS = 72;
/** The coverage target the bureau set: flagged red below 1, green from 1.2. */
export const COVERAGE_TARGET = 1.2;

// ---- statuses and their words ----

/**
 * A request's life: `awaiting_approval` (the elder cannot pay yet: the secretary decides on need), `open` (waiting for
 * a helper), `matched` (a helper accepted), `visiting` (the helper scanned in), `visited` (scanned out, waiting for the
 * counter-signature or a dispute), `done` (hours credited), `cancelled`, `expired` (the window passed unmatched, or the
 * visit was never confirmed).
 */
export const REQUEST_STATUSES = [
  'awaiting_approval',
  'open',
  'matched',
  'visiting',
  'visited',
  'done',
  'cancelled',
  'expired',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export const REQUEST_STATUS_NAMES: Record<RequestStatus, string> = {
  awaiting_approval: '等书记审核',
  open: '等人来帮',
  matched: '已有人来帮',
  visiting: '正在服务',
  visited: '等您确认',
  done: '已完成',
  cancelled: '已取消',
  expired: '已过期',
};

/**
 * A visit's life: `in_progress` (scanned in), `awaiting_confirmation` (scanned out; 72 h to counter-sign),
 * `confirmed` (hours credited), `disputed` (in the secretary's queue), `rejected` (the secretary upheld the dispute:
 * nothing credited), `expired` (not confirmed within 72 h: nothing credited).
 */
export const VISIT_STATUSES = [
  'in_progress',
  'awaiting_confirmation',
  'confirmed',
  'disputed',
  'rejected',
  'expired',
] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];
export const VISIT_STATUS_NAMES: Record<VisitStatus, string> = {
  in_progress: '正在服务',
  awaiting_confirmation: '等待确认',
  confirmed: '已确认',
  disputed: '有异议，等书记处理',
  rejected: '书记核实后不计时间',
  expired: '超过72小时没有确认，不计时间',
};

/** Why the secretary lets someone spend: before 70 (`early`), or hardship (`hardship`: the pool pays when they have no hours). */
export const NEED_KINDS = ['early', 'hardship'] as const;
export type NeedKind = (typeof NEED_KINDS)[number];
export const NEED_KIND_NAMES: Record<NeedKind, string> = { early: '未满70岁提前使用', hardship: '生活困难' };

/** What a movement on a member's time-bank account was. */
export const MOVEMENT_KINDS = ['earned', 'spent', 'gift_in', 'gift_out', 'donated', 'overflow', 'post_hours'] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];
export const MOVEMENT_KIND_NAMES: Record<MovementKind, string> = {
  earned: '帮助别人',
  spent: '别人帮助您',
  gift_in: '家人赠送',
  gift_out: '赠送家人',
  donated: '捐给互助池',
  overflow: '超过上限，转入互助池',
  post_hours: '驿站服务计入',
};

// ---- field pieces ----

const LOCATION_WORDS = '手机报告的位置不对，请到室外开阔处重新定位后再试。';
const lat = z.number({ invalid_type_error: LOCATION_WORDS }).min(-90, LOCATION_WORDS).max(90, LOCATION_WORDS);
const lng = z.number({ invalid_type_error: LOCATION_WORDS }).min(-180, LOCATION_WORDS).max(180, LOCATION_WORDS);
const accuracy = z.number({ invalid_type_error: LOCATION_WORDS }).min(0, LOCATION_WORDS).max(100_000, LOCATION_WORDS);
const instant = (what: string) =>
  z
    .string({ required_error: `请选择${what}。`, invalid_type_error: `${what}不对。` })
    .datetime({ offset: true, message: `${what}不对，请重新选择。` })
    .transform((s) => new Date(s).toISOString());
const month = (what: string) =>
  z
    .string({ required_error: `请选择${what}。`, invalid_type_error: `${what}不对。` })
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, `${what}不对，请重新选择。`);
const timeOfDay = (what: string) =>
  z
    .string({ invalid_type_error: `${what}不对。` })
    .regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, `${what}要写成 14:00 这样。`);
/** Hours given or donated: at least 0.5, in half hours (the ledger keeps whole minutes). */
const hoursAmount = (what: string) =>
  z
    .number({ required_error: `请填写${what}。`, invalid_type_error: `${what}要填数字。` })
    .min(0.5, `${what}至少半小时。`)
    .max(DEFAULT_HOURS_CAP, `${what}不能超过 ${DEFAULT_HOURS_CAP} 小时。`)
    .refine((h) => Number.isInteger(h * 2), `${what}请按半小时填写，比如 1.5。`);
const areaField = z.enum(TIMEBANK_AREAS, { errorMap: () => ({ message: '请选择要哪一类帮助。' }) });
const serviceField = z
  .string({ required_error: '请选择要什么帮助。', invalid_type_error: '请选择要什么帮助。' })
  .refine((s) => ALL_TIMEBANK_SERVICES.includes(s), '这项帮助不在服务目录里，请重新选择。');

// ---- inputs ----

export const catalogueInput = none;

/**
 * Ask for help, for oneself or (forPersonId) for an elder the caller acts for: a linked relative, or the secretary for
 * someone in their subtree. `place` is where to come (usually the home address): only the matched helper, the elder,
 * the people acting for them and the secretary see it; others see the community's name.
 */
export const requestInput = z
  .object({
    category: areaField,
    service: serviceField,
    startsAt: instant('开始时间'),
    endsAt: instant('结束时间'),
    place: text('地点', 80),
    urgency: z.enum(URGENCIES, { errorMap: () => ({ message: '请选择有多着急。' }) }).default('normal'),
    note: text('补充说明', 200, { multiline: true }).optional(),
    forPersonId: id('要帮助的老人').optional(),
  })
  .strict()
  .refine((r) => TIMEBANK_SERVICES[r.category].includes(r.service), {
    message: '这项帮助不属于所选的类别，请重新选择。',
    path: ['service'],
  })
  .refine((r) => r.endsAt > r.startsAt, { message: '结束时间要晚于开始时间。', path: ['endsAt'] })
  .refine((r) => Date.parse(r.endsAt) - Date.parse(r.startsAt) <= 8 * 3600_000, {
    message: '一次帮助最长 8 小时，请分成几次申请。',
    path: ['endsAt'],
  });

export const availabilitySlot = z
  .object({
    weekday: z
      .number({ invalid_type_error: '星期要填数字。' })
      .int('星期不对。')
      .min(1, '星期不对。')
      .max(7, '星期不对。'),
    from: timeOfDay('开始时间'),
    to: timeOfDay('结束时间'),
  })
  .strict()
  .refine((s) => s.from < s.to, { message: '结束时间要晚于开始时间。' });

/** A younger member's offer: what they can do and when. An empty `services` list withdraws the offer. */
export const offerInput = z
  .object({
    services: z
      .array(serviceField, { invalid_type_error: '请选择能提供的帮助。' })
      .max(ALL_TIMEBANK_SERVICES.length, '服务项目太多了。'),
    availability: z
      .array(availabilitySlot, { invalid_type_error: '有空的时间不对。' })
      .max(21, '有空的时间最多写 21 段。')
      .default([]),
    note: text('补充说明', 100).optional(),
  })
  .strict();

export const requestIdInput = z.object({ requestId: id('请求编号') }).strict();

/**
 * The list of requests. `mine`: those the caller asked for, is helped by, acts for, or helps with. `orgUnitId`: the
 * secretary's view of a unit's subtree. Neither: open requests the caller could take, best match first.
 */
export const requestsInput = z
  .object({
    mine: z.boolean({ invalid_type_error: '请选择是否只看自己的。' }).optional(),
    orgUnitId: id('单位').optional(),
    status: z.enum(REQUEST_STATUSES, { errorMap: () => ({ message: '状态不对。' }) }).optional(),
  })
  .strict()
  .optional()
  .default({});

export const cancelRequestInput = z
  .object({ requestId: id('请求编号'), reason: text('取消原因', 100).optional() })
  .strict();

/** The elder's card: made by the elder, a relative or the secretary; the same card until reported lost. */
export const personInput = z.object({ personId: id('老人') }).strict();

/** The helper scans the elder's card; `requestId` names the visit when the helper has several matched with that elder. */
export const scanInput = z
  .object({
    scene: sceneField,
    requestId: id('请求编号').optional(),
    lat: lat.optional(),
    lng: lng.optional(),
    accuracy: accuracy.optional(),
  })
  .strict();

export const visitIdInput = z.object({ visitId: id('服务记录编号') }).strict();
export const disputeInput = z.object({ visitId: id('服务记录编号'), reason: text('原因', 200) }).strict();
/** The secretary settles a dispute: credit the visit (with the hours they found) or not. */
export const resolveDisputeInput = z
  .object({
    visitId: id('服务记录编号'),
    credit: z.boolean({ required_error: '请选择计不计时间。', invalid_type_error: '请选择计不计时间。' }),
    hours: z
      .number({ invalid_type_error: '时长要填数字。' })
      .min(0.5, '时长至少半小时。')
      .max(8, '一次服务不能超过 8 小时。')
      .optional(),
    note: text('处理说明', 200),
  })
  .strict();

export const queueInput = z
  .object({ orgUnitId: id('单位').optional() })
  .strict()
  .optional()
  .default({});

/** The secretary approves (or withdraws) a person's need: spending before 70, or hardship (the pool pays). */
export const approveNeedInput = z
  .object({
    personId: id('老人'),
    kind: z.enum(NEED_KINDS, { errorMap: () => ({ message: '请选择审核的事由。' }) }),
    approve: z.boolean({ required_error: '请选择同意还是不同意。', invalid_type_error: '请选择同意还是不同意。' }),
    note: text('审核说明', 200),
  })
  .strict();

export const balanceInput = none;
export const myMovementsInput = none;
export const giveInput = z.object({ toPersonId: id('家人'), hours: hoursAmount('赠送的时间') }).strict();
export const donateInput = z.object({ hours: hoursAmount('捐出的时间') }).strict();
export const poolInput = z.object({ orgUnitId: id('单位') }).strict();
export const coverageInput = z.object({ orgUnitId: id('单位'), month: month('月份') }).strict();
export const ledgerCheckInput = none;
/** 开具服务时间证明: for a period, of the caller's own hours, or (an official) of someone their subtree reaches. */
export const certificateInput = certificatePeriod
  .extend({ personId: id('服务人').optional() })
  .strict()
  .refine(periodInOrder, PERIOD_ORDER_WORDS);
export const certificateViewInput = certificateViewInputOf('timebank');
export const verifyCertificateInput = verifyCertificateInputOf('timebank');

// ---- outputs ----

export interface CatalogueArea {
  area: TimebankArea;
  services: string[];
}

export interface Catalogue {
  areas: CatalogueArea[];
  urgencies: { value: Urgency; name: string }[];
}

/** A person as the time bank shows them: name only (no phone, no address). */
export interface TimebankPerson {
  id: number;
  name: string;
}

/** One request in a list. `place` is the address only for those allowed to see it, else the community's name. */
export interface HelpRequestSummary {
  id: number;
  category: TimebankArea;
  service: string;
  startsAt: string;
  endsAt: string;
  /** "12月8日 星期二 上午9:00 到 上午11:00" */
  when: string;
  urgency: Urgency;
  urgencyName: string;
  status: RequestStatus;
  statusName: string;
  /** The elder helped. */
  elder: TimebankPerson;
  /** Who asked: the elder, a relative or the secretary; `onBehalf` when not the elder. */
  requestedBy: TimebankPerson;
  onBehalf: boolean;
  /** The community (org unit) the elder belongs to. */
  orgUnitId: number;
  orgUnitName: string;
  place: string;
  /** Whether `place` is the full address (the caller may see it). */
  placeIsAddress: boolean;
  helper: TimebankPerson | null;
  /** Hours the window lasts: what the elder will spend at most. */
  estimatedHours: number;
  /** For the helper's list: how well it fits (lower is closer), and the words "同一个社区" / "同一个街道". */
  distance?: number;
  distanceName?: string;
  createdAt: string;
}

/** What the elder or relative reads about the coming visit, and what they may do. */
export interface HelpRequestDetail extends HelpRequestSummary {
  note: string | null;
  /**
   * "王阿姨 12月8日 星期二 上午9:00 来帮您代购。" once matched; "还没有人接，有人接了会告诉您。" while open;
   * a sentence for every other status.
   */
  comingSentence: string;
  /** Who pays when confirmed: the elder's hours, the pool, or not decided until approval (a sentence). */
  paymentSentence: string;
  visit: VisitSummary | null;
  /** What the caller may do now. */
  can: {
    accept: boolean;
    cancel: boolean;
    checkIn: boolean;
    checkOut: boolean;
    confirm: boolean;
    dispute: boolean;
  };
}

/** The answer to a new request: its id and status, and what happens next in one sentence. */
export interface RequestPosted {
  request: { id: number; status: RequestStatus };
  /**
   * E.g. "已经发出请求，有人接了会告诉您。", or for an elder under 80 without hours: "您现在存的时间不够这次帮助，
   * 请求已交给书记审核，书记同意后就会有人来帮您。"
   */
  message: string;
}

export interface Offer {
  services: string[];
  availability: { weekday: number; from: string; to: string }[];
  note: string | null;
  updatedAt: string;
}

export interface MyOffer {
  offer: Offer | null;
  /** Whether the caller may offer help (aged 60 to 70, or the birth year is unknown to the roster). */
  canOffer: boolean;
  /** Why not, in a sentence, when `canOffer` is false. */
  reason: string | null;
}

/** A card made or looked up: the scene printed on it (sealed `t.<card>.<sig>`), its link and image. */
export interface PersonalCard {
  personId: number;
  personName: string;
  cardId: number;
  scene: string;
  /** What the printed QR encodes (the scan page's short link). */
  url: string;
  /** The QR image as the client fetches it. */
  image: string;
  issuedAt: string;
}

export interface VisitSummary {
  id: number;
  requestId: number;
  status: VisitStatus;
  statusName: string;
  helper: TimebankPerson;
  elder: TimebankPerson;
  service: string;
  checkInAt: string;
  checkOutAt: string | null;
  /** Whole minutes between the scans (0 while in progress). */
  minutes: number;
  /** Hours that move when confirmed (the minutes in hours, to 2 decimals). */
  hours: number;
  /** Until when the elder or a relative may confirm; null while in progress. */
  confirmBy: string | null;
  confirmedAt: string | null;
  confirmedBy: TimebankPerson | null;
  /** The secretary confirmed for an elder without a phone: shown wherever the visit is. */
  confirmedForElder: boolean;
  /** Location flags from the scans (hints, never proof): "far", "no_location" … */
  flags: string[];
  disputeReason: string | null;
}

/** A visit waiting for the counter-signature, as the elder or relative sees it. */
export interface VisitToConfirm extends VisitSummary {
  /** The one big button's sentence: "王阿姨来帮您代购，2小时，对吗？" */
  question: string;
  /** "还有2天5小时可以确认" */
  timeLeft: string;
}

/**
 * What `qrcode.resolve` answers for an elder's card (sealed scene `t.<card>.<sig>`, type 'personalCard'): it names the
 * card only; `timebank.checkIn` / `checkOut({ scene })` use it. A lost card's scene answers QR_INVALID with a sentence.
 */
export interface PersonalCardScene {
  type: 'personalCard';
  available: true;
  id: number;
  consumedBy: 'timebank.checkIn';
  message: string;
}

export interface ScanResult {
  visit: { id: number; minutes: number; status: VisitStatus };
  message: string;
}

export interface ConfirmResult {
  visit: { id: number; status: 'confirmed'; hours: number; confirmedForElder: boolean };
  /** "已确认，王阿姨的 2 小时记上了。" */
  message: string;
}

export interface DisputeResult {
  visit: { id: number; status: VisitStatus };
  message: string;
}

/** The secretary's queue for their subtree. */
export interface SecretaryQueue {
  /** Requests waiting for the secretary's approval of need. */
  approvals: (HelpRequestSummary & { reason: string })[];
  /** Open requests nobody has taken yet, most urgent first. */
  unmatched: HelpRequestSummary[];
  disputes: VisitSummary[];
  /** Visits the secretary (or another) confirmed for an elder without a phone, recent first: audited and shown. */
  confirmedForElder: VisitSummary[];
  /** Visits waiting for the counter-signature whose elder has no linked relative, or waiting over a day: the secretary may confirm for the elder. */
  awaitingWithoutPhone: VisitSummary[];
  /** Needs approved or withdrawn. */
  needs: NeedApproval[];
}

export interface NeedApproval {
  person: TimebankPerson;
  kind: NeedKind;
  kindName: string;
  approved: boolean;
  note: string;
  decidedBy: TimebankPerson;
  decidedAt: string;
}

export interface Balance {
  /** Hours held on the time-bank account. */
  balance: number;
  /** Hours the member may spend now (0 before 70 without approval). */
  spendable: number;
  /** "您存了 12 小时，可以随时用。" or "您存了 12 小时，满70岁以后可以用。" */
  sentence: string;
  cap: number;
  /** Hours earned but waiting for a counter-signature (never credited until confirmed). */
  awaitingConfirmation: number;
  /** No activity for a year: flagged, hours kept. */
  dormant: boolean;
  /** Linked direct relatives the member may give hours to. */
  relatives: TimebankPerson[];
}

export interface Movement {
  id: number;
  at: string;
  /** Positive: received. */
  hours: number;
  kind: MovementKind;
  kindName: string;
  /** The other side: a person's name, "互助池" … */
  other: string;
  /** "12月1日 帮助李奶奶代购，收到 2小时。" */
  sentence: string;
}

export interface TransferDone {
  /** The caller's balance after it. */
  balance: number;
  spendable: number;
  message: string;
}

export interface PoolBalance {
  orgUnitId: number;
  orgUnitName: string;
  /** The street whose pool this is (a unit below a street answers its street's pool). */
  streetId: number;
  balance: number;
  /** Hours paid out of the pool this month and in all. */
  usedThisMonth: number;
  usedTotal: number;
}

export interface CoverageMonth {
  month: string;
  ratio: number | null;
  held: number;
  delivered: number;
}

export interface Coverage {
  orgUnitId: number;
  orgUnitName: string;
  month: string;
  /** Spendable hours held ÷ hours delivered in the month; null when nothing was delivered. */
  ratio: number | null;
  held: number;
  delivered: number;
  /** 'red' below 1, 'amber' from 1 to the target, 'green' from the target (1.2). */
  flag: 'red' | 'amber' | 'green' | 'none';
  target: number;
  /** The 12 months ending with `month`, oldest first. */
  trend: CoverageMonth[];
  /** For the city or a district: each street's figure. */
  streets: { orgUnitId: number; name: string; ratio: number | null; held: number; delivered: number }[];
}

export interface LedgerCheck {
  sumZero: boolean;
  belowFloor: number;
  mismatched: number;
  accounts: number;
  movements: number;
  /** When the nightly job (or this call) ran it. */
  checkedAt: string;
  message: string;
}

/** Every time-bank action: its input and output. */
/**
 * A 服务时间证明 as its A4 sheet shows it: the hours credited to the holder for visits they made (never hours given
 * to them), how many visits, and what they helped with.
 */
export interface TimeCertificateView extends CertificateSheetFacts {
  kind: 'timebank';
  visits: number;
  services: { service: string; times: number; hours: number }[];
}

export interface TimebankApi {
  catalogue: { input: z.input<typeof catalogueInput>; output: Catalogue };
  request: { input: z.input<typeof requestInput>; output: RequestPosted };
  requestDetail: { input: z.input<typeof requestIdInput>; output: HelpRequestDetail };
  requests: { input: z.input<typeof requestsInput>; output: { requests: HelpRequestSummary[] } };
  cancelRequest: {
    input: z.input<typeof cancelRequestInput>;
    output: { request: { id: number; status: RequestStatus }; message: string };
  };
  offer: { input: z.input<typeof offerInput>; output: { offer: Offer | null; message: string } };
  myOffer: { input: z.input<typeof none>; output: MyOffer };
  accept: {
    input: z.input<typeof requestIdInput>;
    output: { request: { id: number; status: RequestStatus }; message: string };
  };
  personalCode: { input: z.input<typeof personInput>; output: PersonalCard };
  reportCardLost: { input: z.input<typeof personInput>; output: PersonalCard & { message: string } };
  checkIn: { input: z.input<typeof scanInput>; output: ScanResult };
  checkOut: { input: z.input<typeof scanInput>; output: ScanResult & { visit: { hours: number } } };
  toConfirm: { input: z.input<typeof none>; output: { visits: VisitToConfirm[] } };
  myVisits: { input: z.input<typeof none>; output: { visits: VisitSummary[] } };
  confirm: { input: z.input<typeof visitIdInput>; output: ConfirmResult };
  dispute: { input: z.input<typeof disputeInput>; output: DisputeResult };
  resolveDispute: { input: z.input<typeof resolveDisputeInput>; output: DisputeResult & { hours: number } };
  queue: { input: z.input<typeof queueInput>; output: SecretaryQueue };
  approveNeed: { input: z.input<typeof approveNeedInput>; output: { need: NeedApproval; message: string } };
  balance: { input: z.input<typeof balanceInput>; output: Balance };
  myMovements: { input: z.input<typeof myMovementsInput>; output: { movements: Movement[] } };
  give: { input: z.input<typeof giveInput>; output: TransferDone };
  donate: { input: z.input<typeof donateInput>; output: TransferDone };
  pool: { input: z.input<typeof poolInput>; output: PoolBalance };
  coverage: { input: z.input<typeof coverageInput>; output: Coverage };
  ledgerCheck: { input: z.input<typeof ledgerCheckInput>; output: LedgerCheck };
  certificate: { input: z.input<typeof certificateInput>; output: CertificateIssued };
  certificateView: { input: z.input<typeof certificateViewInput>; output: TimeCertificateView };
  verifyCertificate: { input: z.input<typeof verifyCertificateInput>; output: CertificateVerdict };
}
