// The notices function's inputs (zod, validated at the boundary) and outputs, shared by the front end and the function.
import { z } from 'zod';
import { id, none, text } from './fields';
import { NOTICE_BODY_MAX, NOTICE_TITLE_MAX } from './notice-limits';

export { NOTICE_BODY_MAX, NOTICE_TITLE_MAX };
export const IMPORTANCES = ['normal', 'important'] as const;
export type Importance = (typeof IMPORTANCES)[number];
export const IMPORTANCE_NAMES: Record<Importance, string> = { normal: '普通', important: '重要' };
/**
 * A page of the call list: a district notice has thousands to call, and nobody reads them from one screen; 30 names
 * are a few screens in 特大, and 更多 brings the next 30 below them.
 */
export const RECEIPTS_PER_PAGE = 30;

const noticeId = id('通知编号');
const flag = (what: string) => z.boolean({ invalid_type_error: `“${what}”的选择不对，请返回重试。` });
const moment = (what: string) =>
  z
    .string({ invalid_type_error: `${what}的格式不对。` })
    .datetime({ offset: true, message: `${what}的格式不对，请重新选择。` })
    .transform((s) => new Date(s));

const content = {
  title: text('标题', NOTICE_TITLE_MAX),
  body: text('正文', NOTICE_BODY_MAX, { multiline: true }),
  importance: z.enum(IMPORTANCES, { errorMap: () => ({ message: '请选择“普通”或“重要”。' }) }),
  needsAck: flag('需要回执'),
  pinned: flag('置顶').optional().default(false),
  /** Empty: stays up until withdrawn. */
  expiresAt: moment('截止时间').nullable().optional().default(null),
};

export const publishInput = z
  .object({
    ...content,
    audienceOrgUnitId: id('发送对象'),
    /** Empty: now. */
    publishAt: moment('发布时间').nullable().optional().default(null),
  })
  .strict();

export const updateInput = z.object({ noticeId, ...content }).strict();
export const noticeInput = z.object({ noticeId }).strict();
export const receiptsInput = z
  .object({
    noticeId,
    /** The call list's page: 0 first. */
    page: z
      .number({ invalid_type_error: '页码不对，请返回重试。' })
      .int('页码不对，请返回重试。')
      .min(0, '页码不对，请返回重试。')
      .max(10_000, '页码不对，请返回重试。')
      .optional()
      .default(0),
    /** A name, its pinyin or initials, or phone digits as the viewer is shown them (the roster's search). */
    query: text('搜索内容', 20).optional(),
  })
  .strict();
export const audienceInput = z.object({ orgUnitId: id('发送对象') }).strict();
export const listInput = none;

export interface NoticeSummary {
  id: number;
  title: string;
  importance: Importance;
  needsAck: boolean;
  pinned: boolean;
  /** When readers first could see it (ISO). */
  publishedAt: string;
  expiresAt: string | null;
  audienceName: string;
  read: boolean;
  acknowledged: boolean;
  /** Edited after publishing: shown as 已更新. */
  updated: boolean;
  updatedSinceRead: boolean;
}

export interface NoticeDetail extends NoticeSummary {
  /** Plain text, paragraphs separated by line breaks; shown as text, never as markup. */
  body: string;
  version: number;
  publisherName: string;
  updatedAt: string;
  withdrawn: boolean;
  /** Not yet showing to readers (scheduled), or past its expiry: only its managers see it then. */
  showing: boolean;
  /** Addressed to the caller (their branch lies under its unit): only then is it marked read and acknowledged. */
  forYou: boolean;
  /** Whether the caller may edit, withdraw and see receipts (the buttons to offer; the server checks again). */
  canManage: boolean;
  canSeeReceipts: boolean;
}

export interface ManagedNotice {
  id: number;
  title: string;
  importance: Importance;
  needsAck: boolean;
  pinned: boolean;
  publishAt: string;
  expiresAt: string | null;
  withdrawn: boolean;
  showing: boolean;
  audienceName: string;
  version: number;
  /** Everyone it reaches now, how many of them opened it, and how many pressed 收到 ("已读 120 / 290 人，已收到 80 人"). */
  members: number;
  read: number;
  acknowledged: number;
}

/** Where one person stands with a notice: not opened, opened (but no 收到 where it is asked), or done. */
export type ReceiptState = 'unread' | 'read' | 'acknowledged';

export interface ReceiptPerson {
  personId: number;
  name: string;
  branchName: string;
  /**
   * Only for those still to answer (nobody calls the others): in full only for the member's own branch secretary
   * or an admin above; masked ("139****0001") otherwise; null when none is on record or none is needed.
   */
  phone: string | null;
  phoneFull: boolean;
  state: ReceiptState;
}
export interface ReceiptsOutput {
  notice: { id: number; title: string; needsAck: boolean; audienceName: string };
  /** Everyone the notice reaches today. */
  total: number;
  read: number;
  acknowledged: number;
  /**
   * One page of the call list: those the caller may act on (never the caller), not opened first, then opened but
   * no 收到 (where it is asked), then done; matching `query` when one is given.
   */
  people: ReceiptPerson[];
  /** The search the page answers, as the server read it; null for the whole list. */
  query: string | null;
  pendingTotal: number;
  /** How many of them the caller may call (the call list, all pages); the rest are people beyond their reach. */
  pendingNamed: number;
  page: number;
  hasMore: boolean;
  /** Whether the caller may use 提醒 (the publisher, or an official over the audience). */
  canRemind: boolean;
  /** Whether 提醒 was already used today (at most once per notice per day). */
  remindedToday: boolean;
}

export interface AudienceUnit {
  id: number;
  name: string;
  level: string;
  /** How many members it reaches now. */
  members: number;
}

export interface NoticesApi {
  /** The caller's notices: pinned on top, then unread, then newest. */
  list: { input: z.input<typeof listInput>; output: { items: NoticeSummary[] } };
  get: { input: z.input<typeof noticeInput>; output: { notice: NoticeDetail } };
  publish: {
    input: z.input<typeof publishInput>;
    output: { notice: { id: number }; audience: AudienceUnit; message: string };
  };
  update: { input: z.input<typeof updateInput>; output: { notice: { id: number; version: number }; message: string } };
  withdraw: { input: z.input<typeof noticeInput>; output: { notice: { id: number }; message: string } };
  markRead: { input: z.input<typeof noticeInput>; output: { read: true; readAt: string } };
  acknowledge: {
    input: z.input<typeof noticeInput>;
    output: { acknowledged: true; acknowledgedAt: string; message: string };
  };
  receipts: { input: z.input<typeof receiptsInput>; output: ReceiptsOutput };
  remind: { input: z.input<typeof noticeInput>; output: { reminded: number; message: string } };
  unreadCount: { input: z.input<typeof listInput>; output: { count: number } };
  /** Audio of the notice made by the server, or a sentence saying why there is none. */
  speech: {
    input: z.input<typeof noticeInput>;
    output: { audio: { url: string; mime: string } | null; message: string | null };
  };
  /** Where the caller may publish: their units, each with its member count. */
  targets: { input: z.input<typeof listInput>; output: { units: AudienceUnit[] } };
  /** One unit's member count, for "将发给 … 的 N 位党员". */
  audience: { input: z.input<typeof audienceInput>; output: { unit: AudienceUnit; sentence: string } };
  /** Notices the caller may manage (theirs, or below their grants), newest first. */
  managed: { input: z.input<typeof listInput>; output: { items: ManagedNotice[] } };
}
