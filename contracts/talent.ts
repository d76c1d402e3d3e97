// The talent function (银发人才库): a person's talent profile and dated consent, requests from communities and
// stations, ranked candidates, invitations answered by the candidate, the match rate and the 服务菜单.
import { z } from 'zod';
import { instant } from './events';
import { id, none, text } from './fields';
import { AVAILABILITY_SLOTS, MAX_SPECIALITIES, type AvailabilitySlot } from './talent-slots';

export { AVAILABILITY_SLOTS, DEFAULT_TALENT_FIELDS, slotWords, type AvailabilitySlot } from './talent-slots';

/** How long a consent holds before it is asked again. */
export const CONSENT_YEARS = 2;
export const MAX_REQUEST_TEXT = 200;

/** none: never given; active: given less than 2 years ago; expired: older; withdrawn: taken back (the profile stays). */
export type ConsentState = 'none' | 'active' | 'expired' | 'withdrawn';
export type OrgDistance = 'community' | 'street' | 'district';
export type InvitationStatus = 'pending' | 'accepted' | 'declined';
export type RequestStatus = 'open' | 'matched';
/** Against the 5 working days: matched in time, matched late or not matched after them, or still inside them. */
export type MatchTiming = 'in-time' | 'late' | 'waiting';

const fieldName = text('人才领域', 20);
const speciality = text('专长', 20);

export const profileInput = none;

export const updateProfileInput = z
  .object({
    field: fieldName,
    specialities: z
      .array(speciality, { required_error: '请至少写一项专长。', invalid_type_error: '专长的格式不对。' })
      .min(1, '请至少写一项专长。')
      .max(MAX_SPECIALITIES, `专长最多写 ${MAX_SPECIALITIES} 项。`),
    qualifications: text('资质', 200, { multiline: true }).optional(),
    availability: z
      .array(z.enum(AVAILABILITY_SLOTS, { errorMap: () => ({ message: '有空的时间不对，请重新选择。' }) }), {
        required_error: '请选择您有空的时间。',
        invalid_type_error: '有空的时间不对，请重新选择。',
      })
      .min(1, '请至少选一个有空的半天。')
      .max(AVAILABILITY_SLOTS.length, '有空的时间不对，请重新选择。')
      .refine((s) => new Set(s).size === s.length, '同一个半天只能选一次。'),
    health: text('身体情况', 200, { multiline: true }).optional(),
    /** Her name and community may be shown on the 服务菜单. */
    listed: z.boolean({ invalid_type_error: '“在服务菜单上列出我的名字”的选择不对。' }).optional().default(false),
    consent: z.literal(true, { errorMap: () => ({ message: '请先按“我同意”，才能加入人才库。' }) }),
  })
  .strict();

export const withdrawConsentInput = none;

export const postRequestInput = z
  .object({
    orgUnitId: id('社区或站点'),
    field: fieldName,
    text: text('需求', MAX_REQUEST_TEXT, { multiline: true }),
    startsAt: instant('开始时间').optional(),
  })
  .strict();

export const requestsInput = z
  .object({ orgUnitId: id('单位').optional() })
  .strict()
  .optional()
  .default({});
export const candidatesInput = z.object({ requestId: id('请求编号') }).strict();
export const inviteInput = z.object({ requestId: id('请求编号'), personId: id('人员编号') }).strict();
export const answerInput = z
  .object({
    requestId: id('请求编号'),
    accept: z.boolean({ required_error: '请选择答应还是婉拒。', invalid_type_error: '请选择答应还是婉拒。' }),
  })
  .strict();
export const myInvitationsInput = none;
export const membersInput = z.object({ orgUnitId: id('单位') }).strict();
export const matchRateInput = z.object({ orgUnitId: id('单位') }).strict();
/** The file POST /upload/roster returned (the roster's own upload: the same file, with the talent columns). */
export const importTalentsInput = z
  .object({
    fileRef: z
      .string({ required_error: '请先上传名单文件。', invalid_type_error: '名单文件不对，请重新上传。' })
      .max(300, '名单文件不对，请重新上传。')
      .regex(/^uploads\/[0-9a-f-]{36}\.(xlsx|csv)$/, '名单文件不对，请重新上传。'),
    dryRun: z.boolean({ required_error: '请说明是先检查还是正式导入。', invalid_type_error: '“先检查”的选择不对。' }),
  })
  .strict();

export const menuInput = z.object({ orgUnitId: id('单位') }).strict();

export interface ConsentView {
  state: ConsentState;
  givenAt: string | null;
  /** When it needs asking again (givenAt + 2 years). */
  until: string | null;
  withdrawnAt: string | null;
}

export interface TalentProfile {
  personId: number;
  name: string;
  communityName: string | null;
  field: string;
  specialities: string[];
  qualifications: string | null;
  availability: AvailabilitySlot[];
  /** Only for the person and the pool's manager (SCOPES.manageTalent over her); omitted for everyone else. */
  health?: string | null;
  listed: boolean;
  consent: ConsentView;
}

export interface TalentCandidate {
  personId: number;
  name: string;
  communityName: string | null;
  field: string;
  specialities: string[];
  qualifications: string | null;
  availability: AvailabilitySlot[];
  health?: string | null;
  distance: OrgDistance;
  /** Free at the request's start (null when the request names no start). */
  available: boolean | null;
  invitation: InvitationStatus | null;
}

export interface TalentRequestView {
  id: number;
  orgUnitId: number;
  unitName: string;
  field: string;
  text: string;
  startsAt: string | null;
  postedAt: string;
  postedBy: string;
  status: RequestStatus;
  matchedAt: string | null;
  matchedName: string | null;
  invited: number;
  timing: MatchTiming;
}

export interface MyInvitation {
  requestId: number;
  unitName: string;
  field: string;
  text: string;
  startsAt: string | null;
  invitedAt: string;
  status: InvitationStatus;
  /** Someone else already accepted: nothing left to answer. */
  filled: boolean;
}

export interface MenuField {
  field: string;
  /** Talents of this field with a consent in force. */
  count: number;
  specialities: string[];
  /** Only those who chose to be listed: name and community, nothing more. */
  people: { name: string; communityName: string | null }[];
}

export interface MatchRate {
  /** Matched within 5 working days of posting. */
  withinFiveDays: number;
  /** Requests whose outcome is known: matched, or their 5 working days are over. */
  total: number;
  /** Not matched yet and still inside their 5 working days: counted in neither. */
  waiting: number;
  /** 0–100, null when total is 0. */
  percent: number | null;
}

export interface TalentImportResult {
  created: number;
  updated: number;
  unchanged: number;
  /** Rows without 人才领域: people on the roster who are not talents. */
  notTalents: number;
  errors: { row: number; message: string }[];
  dryRun: boolean;
  /** The whole outcome in one sentence. */
  message: string;
}

export interface TalentApi {
  profile: {
    input: z.input<typeof profileInput>;
    output: { profile: TalentProfile | null; fields: string[] };
  };
  updateProfile: { input: z.input<typeof updateProfileInput>; output: { profile: TalentProfile } };
  withdrawConsent: { input: z.input<typeof withdrawConsentInput>; output: { profile: TalentProfile } };
  postRequest: {
    input: z.input<typeof postRequestInput>;
    output: { request: { id: number; status: RequestStatus } };
  };
  /** The manager's list of requests in her subtree, newest first; with the fields she may post in. */
  requests: { input: z.input<typeof requestsInput>; output: { requests: TalentRequestView[]; fields: string[] } };
  candidates: {
    input: z.input<typeof candidatesInput>;
    output: { request: TalentRequestView; candidates: TalentCandidate[] };
  };
  invite: {
    input: z.input<typeof inviteInput>;
    output: { invitation: { requestId: number; personId: number; status: InvitationStatus } };
  };
  answer: {
    input: z.input<typeof answerInput>;
    output: {
      invitation: { requestId: number; status: InvitationStatus };
      request: { id: number; status: RequestStatus };
    };
  };
  myInvitations: { input: z.input<typeof myInvitationsInput>; output: { invitations: MyInvitation[] } };
  /** The pool's members in a subtree the manager reaches, with consent and health. */
  members: { input: z.input<typeof membersInput>; output: { members: TalentProfile[] } };
  matchRate: { input: z.input<typeof matchRateInput>; output: MatchRate };
  /** 服务菜单: what the pool of the district around a unit offers, by field. */
  /** The talent columns of a roster file (the same upload and parser as org.importRoster) onto people on the roll. */
  importTalents: { input: z.input<typeof importTalentsInput>; output: TalentImportResult };
  menu: { input: z.input<typeof menuInput>; output: { unitName: string; fields: MenuField[] } };
}
