// The casework function's inputs and outputs (issue 22): 民情工作室 records — visits (来访), dispute cases
// (矛盾纠纷) with the 卷宗's fields, steps, the 回访 and the outcome, and the agreement kept in the private store.
// Parties' names and phones leave the server only in `get` (audited per view); lists carry masked names.
import { z } from 'zod';
import { instant } from './events';
import type { FileLink } from './files';
import { id, phone, text } from './fields';

export const STUDIO_KINDS = ['studio', 'mediation', 'legal_aid'] as const;
export type StudioKind = (typeof STUDIO_KINDS)[number];
export const STUDIO_KIND_NAMES: Record<StudioKind, string> = {
  studio: '民情工作室',
  mediation: '民情调解室',
  legal_aid: '法律援助站',
};

/** What a visitor came about; a visit names one or more, and free text says the rest. */
export const VISIT_CATEGORIES = [
  'neighbours',
  'family',
  'property',
  'elder_care',
  'health',
  'housing',
  'legal',
  'policy',
  'other',
] as const;
export type VisitCategory = (typeof VISIT_CATEGORIES)[number];
export const VISIT_CATEGORY_NAMES: Record<VisitCategory, string> = {
  neighbours: '邻里关系',
  family: '家庭婚姻',
  property: '物业小区',
  elder_care: '养老照护',
  health: '看病就医',
  housing: '房屋宅基地',
  legal: '法律咨询',
  policy: '政策咨询',
  other: '其他',
};

/** The 受理登记's dispute type. */
export const CASE_TYPES = ['neighbours', 'family', 'property', 'debt', 'labour', 'damage', 'other'] as const;
export type CaseType = (typeof CASE_TYPES)[number];
export const CASE_TYPE_NAMES: Record<CaseType, string> = {
  neighbours: '邻里纠纷',
  family: '婚姻家庭纠纷',
  property: '物业纠纷',
  debt: '借贷纠纷',
  labour: '劳务纠纷',
  damage: '损害赔偿纠纷',
  other: '其他纠纷',
};

/** The 受理登记's source: how the dispute came to the studio. */
export const CASE_SOURCES = ['visit', 'applied', 'referred', 'found'] as const;
export type CaseSource = (typeof CASE_SOURCES)[number];
export const CASE_SOURCE_NAMES: Record<CaseSource, string> = {
  visit: '来访登记',
  applied: '当事人申请',
  referred: '有关部门移交',
  found: '主动排查发现',
};

export const PARTY_ROLES = ['applicant', 'respondent', 'other'] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];
export const PARTY_ROLE_NAMES: Record<PartyRole, string> = {
  applicant: '申请人',
  respondent: '被申请人',
  other: '其他当事人',
};

export const OUTCOMES = ['settled', 'unsettled', 'referred'] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const OUTCOME_NAMES: Record<Outcome, string> = {
  settled: '调解成功',
  unsettled: '调解未成功',
  referred: '已转交',
};

/** Where a case is handed on to (转交), and the words for it. */
export const REFERRAL_OFFICES = ['justice_office', 'police_station', 'court'] as const;
export type ReferralOffice = (typeof REFERRAL_OFFICES)[number];
export const REFERRAL_OFFICE_NAMES: Record<ReferralOffice, string> = {
  justice_office: '司法所',
  police_station: '派出所',
  court: '法院',
};

/** Mediation normally ends within a month: the studio's staff are told at 20 days, the street at 30. */
export const STAFF_WARNING_DAYS = 20;
export const STREET_FLAG_DAYS = 30;

export const MAX_PARTIES = 10;
export const MAX_AGREEMENT_BYTES = 10 * 1024 * 1024;

const name = text('姓名', 20);
const summary = text('事情经过', 1000, { multiline: true });

export const studiosInput = z
  .object({ orgUnitId: id('单位编号').optional() })
  .strict()
  .optional()
  .default({});

export const studioInput = z.object({ studioId: id('工作室编号') }).strict();

export const recordVisitInput = z
  .object({
    studioId: id('工作室编号'),
    visitor: z
      .object({ name: text('来访人姓名', 20), phone: phone.optional() }, { required_error: '请填写来访人。' })
      .strict(),
    category: z
      .array(z.enum(VISIT_CATEGORIES, { errorMap: () => ({ message: '请从列表里选择反映的事情。' }) }), {
        required_error: '请选择反映的是什么事情。',
      })
      .min(1, '请至少选择一项反映的事情。')
      .max(VISIT_CATEGORIES.length, '反映的事情选得太多了。')
      .transform((list) => [...new Set(list)]),
    summary: text('反映的情况', 1000, { multiline: true }),
    /** What was done there and then (答复、指引、记录待办). */
    done: text('办理情况', 1000, { multiline: true }).optional(),
    visitedAt: instant('来访时间'),
  })
  .strict();

const party = z
  .object({
    name,
    phone: phone.optional(),
    role: z.enum(PARTY_ROLES, { errorMap: () => ({ message: '请选择当事人是申请人还是被申请人。' }) }),
  })
  .strict();

export const openCaseInput = z
  .object({
    visitId: id('来访记录编号').optional(),
    studioId: id('工作室编号'),
    parties: z
      .array(party, { required_error: '请填写当事人。' })
      .min(1, '请至少填写一位当事人。')
      .max(MAX_PARTIES, `当事人最多填写 ${MAX_PARTIES} 位。`),
    type: z.enum(CASE_TYPES, { errorMap: () => ({ message: '请选择纠纷的种类。' }) }),
    source: z.enum(CASE_SOURCES, { errorMap: () => ({ message: '请选择纠纷的来源。' }) }),
    summary,
    /** 受理 date; now when not given. */
    acceptedAt: instant('受理时间').optional(),
  })
  .strict();

export const caseInput = z.object({ caseId: id('纠纷编号') }).strict();

export const addStepInput = z
  .object({
    caseId: id('纠纷编号'),
    at: instant('调解时间'),
    note: text('调解情况', 1000, { multiline: true }),
    /** Who was present (参加人员), as written. */
    present: text('参加人员', 200).optional(),
  })
  .strict();

export const followUpInput = z
  .object({
    caseId: id('纠纷编号'),
    at: instant('回访时间'),
    note: text('回访情况', 1000, { multiline: true }),
    satisfied: z.boolean({ required_error: '请选择当事人是否满意。', invalid_type_error: '请选择当事人是否满意。' }),
  })
  .strict();

export const closeInput = z
  .object({
    caseId: id('纠纷编号'),
    outcome: z.enum(OUTCOMES, { errorMap: () => ({ message: '请选择调解的结果。' }) }),
    referredTo: z
      .object({
        office: z.enum(REFERRAL_OFFICES, { errorMap: () => ({ message: '请选择转交给司法所、派出所还是法院。' }) }),
        name: text('接收单位的名称', 40),
      })
      .strict()
      .optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.outcome === 'referred' && !v.referredTo)
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['referredTo'],
        message: '转交的纠纷要写明交给了哪个单位，例如“湖滨司法所”。',
      });
    if (v.outcome !== 'referred' && v.referredTo)
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['referredTo'],
        message: '只有转交的纠纷才填写接收单位。',
      });
  });

export const attachAgreementInput = z
  .object({
    caseId: id('纠纷编号'),
    /** The host's `/upload/agreement` answer, or a mini-program's cloud:// file id. */
    fileRef: z.string({ required_error: '请先选择协议的照片或文件。' }).min(1).max(300, '文件编号不正确。'),
  })
  .strict();

export const listInput = z
  .object({ studioId: id('工作室编号').optional(), open: z.boolean().optional() })
  .strict()
  .optional()
  .default({});

export interface StudioSummary {
  id: number;
  name: string;
  kind: StudioKind;
  communityName: string;
  openingHours: string;
  /** staff: on duty here and may record; official: above the studio, reads only. */
  as: 'staff' | 'official';
}

export interface CaseFlags {
  /** Days since 受理, counted in China days (0 on the day itself); the days it stayed open once closed. */
  days: number;
  /** When the studio's staff were told it passed 20 days. */
  staffWarnedAt: string | null;
  /** When the street was told it passed 30 days. */
  streetFlaggedAt: string | null;
}

export interface CaseSummary extends CaseFlags {
  id: number;
  studioId: number;
  studioName: string;
  /** Masked (王*明): lists never carry a full name, nor any phone. */
  parties: string[];
  type: CaseType;
  status: 'open' | 'closed';
  outcome: Outcome | null;
  acceptedAt: string;
  followedUp: boolean;
}

export interface Party {
  name: string;
  phone: string | null;
  role: PartyRole;
}

export interface CaseStep {
  id: number;
  kind: 'step' | 'follow_up';
  at: string;
  note: string;
  present: string | null;
  satisfied: boolean | null;
  recordedBy: string;
}

export interface CaseDetail extends CaseSummary {
  studio: { id: number; name: string; communityName: string; kind: StudioKind };
  partiesInFull: Party[];
  source: CaseSource;
  summary: string;
  visitId: number | null;
  steps: CaseStep[];
  referredTo: { office: ReferralOffice; name: string } | null;
  closedAt: string | null;
  agreement: { mime: string; bytes: number; attachedAt: string } | null;
  /** May the caller change it (on duty at its studio), or only read (an official above)? */
  canEdit: boolean;
}

export interface CaseworkApi {
  studios: { input: z.input<typeof studiosInput>; output: { studios: StudioSummary[] } };
  recordVisit: { input: z.input<typeof recordVisitInput>; output: { visit: { id: number } } };
  openCase: { input: z.input<typeof openCaseInput>; output: { case: { id: number; status: 'open' } } };
  addStep: { input: z.input<typeof addStepInput>; output: { step: { id: number } } };
  followUp: { input: z.input<typeof followUpInput>; output: { step: { id: number } } };
  close: { input: z.input<typeof closeInput>; output: { case: { id: number; status: 'closed'; outcome: Outcome } } };
  attachAgreement: {
    input: z.input<typeof attachAgreementInput>;
    output: { agreement: { mime: string; bytes: number } };
  };
  /** A personal link to the agreement, for the studio's staff and officials above (audited like a view). */
  agreementLink: { input: z.input<typeof caseInput>; output: { link: FileLink } };
  get: { input: z.input<typeof caseInput>; output: { case: CaseDetail } };
  list: { input: z.input<typeof listInput>; output: { cases: CaseSummary[] } };
}
