// The casework function's inputs and outputs (issue 22): 民情工作室 records — visits (来访), dispute cases
// (矛盾纠纷) with the 卷宗's fields, steps, the 回访 and the outcome, and the agreement kept in the private store.
// Parties' names and phones leave the server only in `get` (audited per view); lists carry masked names.
import { z } from 'zod';
import { instant } from './events';
import type { FileLink } from './files';
import { id, phone, text } from './fields';
import { requestInput, type RequestStatus } from './timebank';
import {
  CASE_SOURCES,
  CASE_TYPES,
  MAX_PARTIES,
  OUTCOMES,
  PARTY_ROLES,
  REFERRAL_OFFICES,
  VISIT_CATEGORIES,
  type CaseSource,
  type CaseType,
  type Outcome,
  type PartyRole,
  type ReferralOffice,
  type StudioKind,
} from './casework-names';

export * from './casework-names';

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
  /** The time-bank request opened from its visit (casework.toTimebank), and when. */
  timebankRequest: { id: number; status: RequestStatus; openedAt: string } | null;
  steps: CaseStep[];
  referredTo: { office: ReferralOffice; name: string } | null;
  closedAt: string | null;
  agreement: { mime: string; bytes: number; attachedAt: string } | null;
  /** May the caller change it (on duty at its studio), or only read (an official above)? */
  canEdit: boolean;
}

/**
 * 转时间银行: from a visit, a time-bank request for an elder of the studio's community ("李奶奶需要每周陪诊"). The
 * request is the time bank's own (contracts/timebank.ts), asked for `personId`; it waits for the elder's branch
 * secretary, since studio staff hold no role over the person.
 */
export const toTimebankInput = z
  .object({
    visitId: id('来访记录'),
    personId: id('要帮助的老人'),
    request: requestInput,
  })
  .strict()
  .refine((r) => r.request.forPersonId === undefined || r.request.forPersonId === r.personId, {
    message: '要帮助的老人填了两个不同的人，请重新选择。',
    path: ['personId'],
  });

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
  toTimebank: {
    input: z.input<typeof toTimebankInput>;
    output: { request: { id: number; status: RequestStatus; openedAt: string }; message: string };
  };
}
