// The casework words and limits the client shows (no zod here: the front end imports these values directly).

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
