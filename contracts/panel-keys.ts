// The 驾驶舱's panels by key (issue 22). No zod: the client reads it too. Each key is computed by exactly one
// domain's `panels` (backend/domains/<d>/panels.ts, listed in its manifest); backend/dashboard reads them all.
export const PANEL_KEYS = [
  'members',
  'studyListeners',
  'studyMinutes',
  'eventFill',
  'eventWaitlist',
  'volunteerHours',
  'activeVolunteers',
  'noticeReadRate',
  'noticeAckRate',
  'timebankHours',
  'timebankCoverage',
  'timebankPoolUse',
  'talentMatchRate',
  'visits',
  'cases',
  'caseMedianDays',
  'caseSuccessRate',
  'followUpRate',
] as const;

export type PanelKey = (typeof PANEL_KEYS)[number];

/** What a panel's number counts, so the dashboard can word it ("12,340 小时", "82%", "1.3"). */
export type PanelUnit = 'people' | 'hours' | 'minutes' | 'count' | 'percent' | 'ratio' | 'days';
