// How the 驾驶舱 words a panel (issue 22): the small-count rule, the summary sentence, the 红黄绿 status. Pure: the
// figures come from the domains' panel sources, the thresholds from the bureau's table.
import type { PanelRow, PanelStatus, PanelThreshold, PanelView } from '../../../../contracts/dashboard';
import type { PanelKey, PanelUnit } from '../../../../contracts/panel-keys';

/** Any figure drawn from fewer people than this is hidden, at every level and in every row. */
export const MIN_PEOPLE = 5;
export const HIDDEN_WORDS = '少于5人';

interface PanelWording {
  title: string;
  /** The start of the summary sentence, before the number: "本月志愿服务". */
  lead: string;
  /** What a `count` panel counts: 件, 人次. */
  noun?: string;
  rowsTitle: string;
}

export const PANEL_WORDS: Record<PanelKey, PanelWording> = {
  members: { title: '党员人数', lead: '在册党员', rowsTitle: '最近6个月的在册人数' },
  studyListeners: { title: '学习人数', lead: '本月听书学习的有', rowsTitle: '各本书读完的比例' },
  studyMinutes: { title: '学习时长', lead: '本月听书学习', rowsTitle: '最近6个月的学习时长' },
  eventFill: { title: '活动报名', lead: '本月活动名额报满了', rowsTitle: '最近6个月的名额报满比例' },
  eventWaitlist: {
    title: '候补和抽签',
    lead: '本月还在排队候补和等着抽签的有',
    noun: '个名额',
    rowsTitle: '本月想参加的人',
  },
  volunteerHours: { title: '志愿服务时长', lead: '本月志愿服务', rowsTitle: '最近6个月的服务时长' },
  activeVolunteers: { title: '志愿者', lead: '本月参加志愿服务的有', rowsTitle: '志愿者、服务队和驿站' },
  noticeReadRate: { title: '通知阅读', lead: '最近30天的通知已读了', rowsTitle: '最近的通知各有多少人读了' },
  noticeAckRate: { title: '通知收到', lead: '要回“收到”的通知，已回了', rowsTitle: '回“收到”的情况' },
  timebankHours: { title: '时间银行时长', lead: '本月时间银行服务', rowsTitle: '最近6个月的服务时长' },
  timebankCoverage: { title: '时间银行覆盖', lead: '时间银行的服务和需要之比是', rowsTitle: '最近6个月' },
  timebankPoolUse: { title: '时间银行公共池', lead: '公共时间池用了', rowsTitle: '最近6个月' },
  talentMatchRate: { title: '人才对接', lead: '5个工作日内对接上的需求占', rowsTitle: '最近6个月' },
  visits: { title: '民情来访', lead: '本月接待来访', noun: '人次', rowsTitle: '最近6个月的来访' },
  cases: { title: '矛盾纠纷', lead: '本月受理矛盾纠纷', noun: '件', rowsTitle: '最近6个月的纠纷' },
  caseMedianDays: { title: '办结天数', lead: '纠纷办结一般要', rowsTitle: '最近6个月' },
  caseSuccessRate: { title: '调解成功', lead: '纠纷调解成功的占', rowsTitle: '最近6个月' },
  followUpRate: { title: '回访', lead: '办结的纠纷做了回访的占', rowsTitle: '最近6个月' },
};

/** Only the median days go the other way: fewer is better. */
export const LOWER_IS_BETTER: ReadonlySet<PanelKey> = new Set<PanelKey>(['caseMedianDays']);

/** The bureau's starting thresholds; it sets its own per panel (dashboard.setThreshold). */
export const DEFAULT_THRESHOLDS: Partial<Record<PanelKey, { red: number; green: number }>> = {
  eventFill: { red: 50, green: 80 },
  noticeReadRate: { red: 60, green: 85 },
  noticeAckRate: { red: 60, green: 90 },
  timebankCoverage: { red: 1, green: 1.2 },
  talentMatchRate: { red: 50, green: 80 },
  caseMedianDays: { red: 30, green: 15 },
  caseSuccessRate: { red: 70, green: 90 },
  followUpRate: { red: 80, green: 95 },
};

/** "12,340": digits grouped by thousands, the same on every runtime. */
export function grouped(n: number): string {
  const [whole, part] = String(n).split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = whole.replace('-', '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return part ? `${sign}${digits}.${part}` : `${sign}${digits}`;
}

const round = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places;

/** A value in its unit's words: "12,340 小时", "82%", "1.23", "12 天". */
export function valueWords(key: PanelKey, unit: PanelUnit, value: number): string {
  switch (unit) {
    case 'percent':
      return `${round(value, 0)}%`;
    case 'ratio':
      return grouped(round(value, 2));
    case 'people':
      return `${grouped(Math.round(value))} 人`;
    case 'hours':
      return `${grouped(round(value, 0))} 小时`;
    case 'minutes':
      return `${grouped(Math.round(value))} 分钟`;
    case 'days':
      return `${grouped(round(value, 1))} 天`;
    case 'count':
      return `${grouped(Math.round(value))} ${PANEL_WORDS[key].noun ?? '个'}`;
  }
}

/** "，比上月多 8%" / "，比上月高 3 个百分点" / "，和上月一样"; nothing without last month's figure. */
export function changeWords(unit: PanelUnit, value: number, previous: number | null | undefined): string {
  if (previous === null || previous === undefined) return '';
  if (unit === 'percent') {
    const points = Math.round(value) - Math.round(previous);
    if (points === 0) return '，和上月一样';
    return `，比上月${points > 0 ? '高' : '低'} ${Math.abs(points)} 个百分点`;
  }
  if (previous === 0) return value === 0 ? '，和上月一样' : '';
  const change = Math.round(((value - previous) / previous) * 100);
  if (change === 0) return '，和上月差不多';
  return `，比上月${change > 0 ? '多' : '少'} ${Math.abs(change)}%`;
}

export interface Limits {
  red: number;
  green: number;
}

/** 红黄绿 against the bureau's limits; null when the panel has none or nothing to show. */
export function statusOf(key: PanelKey, value: number | null, limits: Limits | undefined): PanelStatus | null {
  if (value === null || !limits) return null;
  if (LOWER_IS_BETTER.has(key)) return value > limits.red ? 'red' : value <= limits.green ? 'green' : 'amber';
  return value < limits.red ? 'red' : value >= limits.green ? 'green' : 'amber';
}

export const STATUS_WORDS: Record<PanelStatus, string> = {
  green: '绿色：达到目标',
  amber: '黄色：需要留意',
  red: '红色：需要抓紧',
};

/** Whether a pair of limits is in the right order for the panel: red below green, or above it when lower is better. */
export function limitsInOrder(key: PanelKey, limits: Limits): boolean {
  return LOWER_IS_BETTER.has(key) ? limits.red >= limits.green : limits.red <= limits.green;
}

export function thresholdWords(key: PanelKey, unit: PanelUnit, limits: Limits): string {
  const w = (n: number) => valueWords(key, unit, n).replace(' ', '');
  return LOWER_IS_BETTER.has(key)
    ? `高于 ${w(limits.red)} 为红色，${w(limits.green)} 及以下为绿色`
    : `低于 ${w(limits.red)} 为红色，${w(limits.green)} 及以上为绿色`;
}

export function thresholdView(key: PanelKey, unit: PanelUnit, limits: Limits): PanelThreshold {
  return {
    key,
    title: PANEL_WORDS[key].title,
    red: limits.red,
    green: limits.green,
    lowerIsBetter: LOWER_IS_BETTER.has(key),
    words: thresholdWords(key, unit, limits),
  };
}

export interface FigureIn {
  value: number | null;
  people: number;
  previous?: number | null;
  series?: { label: string; value: number | null; people: number; unit?: PanelUnit }[];
  also?: { label: string; people: number }[];
}

/** A row or a headline as shown: its number, or nothing and 少于5人 when drawn from fewer than 5 people. */
export function shown(
  key: PanelKey,
  unit: PanelUnit,
  value: number | null,
  people: number,
): { value: number | null; words: string; hidden?: true } {
  if (people < MIN_PEOPLE) return { value: null, words: HIDDEN_WORDS, hidden: true };
  if (value === null) return { value: null, words: '还没有数据' };
  return { value: round(value, 2), words: valueWords(key, unit, value) };
}

/** The panel as the viewer sees it. A hidden headline hides its change too: last month's figure could give it away. */
export function panelView(
  key: PanelKey,
  unit: PanelUnit,
  figure: FigureIn,
  limits: Limits | undefined,
  asOf: string,
  asOfWords: string,
): PanelView {
  const words = PANEL_WORDS[key];
  const head = shown(key, unit, figure.value, figure.people);
  const rows: PanelRow[] = (figure.series ?? []).map((r) => ({
    label: r.label,
    ...shown(key, r.unit ?? unit, r.value, r.people),
  }));
  const also = (figure.also ?? [])
    .map((a) => `，${a.label} ${shown(key, 'people', a.people, a.people).words}`)
    .join('');
  const summary = head.hidden
    ? HIDDEN_WORDS
    : head.value === null
      ? `${words.title}：还没有数据`
      : `${words.lead} ${head.words}${changeWords(unit, head.value, figure.previous)}${also}`;
  const status = head.hidden ? null : statusOf(key, head.value, limits);
  return {
    key,
    title: words.title,
    unit,
    value: head.value,
    words: head.words,
    summary,
    status,
    statusWords: status ? STATUS_WORDS[status] : null,
    ...(head.hidden ? { hidden: true as const } : {}),
    asOf,
    asOfWords,
    rowsTitle: words.rowsTitle,
    rows,
  };
}
