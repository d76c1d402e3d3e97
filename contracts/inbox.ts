// 我的消息 (the in-app inbox) and consent to WeChat subscribe messages: actions of the account function.
import { z } from 'zod';
import { id, none } from './fields';

/** Subscribe-message templates by our name. Their WeChat ids are set per deployment (SUBSCRIBE_TEMPLATES). */
export const SUBSCRIBE_TEMPLATES = [
  'event_promoted',
  'event_reminder',
  'notice_posted',
  'event_changed',
  'event_drawn',
  'volunteer_shift_reminder',
] as const;
export type SubscribeTemplate = (typeof SUBSCRIBE_TEMPLATES)[number];

/** What a message is about; a domain that notifies adds its kinds here. */
export const MESSAGE_KINDS = [
  'event_promoted',
  'event_reminder',
  'notice_posted',
  'notice_reminder',
  'transfer_requested',
  'transfer_accepted',
  'transfer_withdrawn',
  'event_changed',
  'event_cancelled',
  'event_drawn',
  'event_lapsed',
  'event_signed_up',
  'volunteer_shift_reminder',
  'volunteer_record_confirmed',
  'volunteer_record_corrected',
  'volunteer_correction_answered',
  'talent_consent_renew',
  'talent_invited',
  'talent_answered',
  'casework_case_overdue',
  'casework_case_flagged',
] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

export const MESSAGES_PER_PAGE = 20;
/** Notices waiting for her listed above the messages at most (the rest are in 通知公告). */
export const WAITING_NOTICES_LISTED = 20;
/** A WeChat consent prompt asks for at most three templates at once. */
const MAX_TEMPLATES_PER_PROMPT = 3;
const MAX_IDS_PER_MARK = 100;

export const myMessagesInput = z
  .object({
    /** The `next` of the page before: messages older than this one. */
    before: id('消息编号').optional(),
    limit: z
      .number({ invalid_type_error: '每页的条数不对，请返回重试。' })
      .int('每页的条数不对，请返回重试。')
      .min(1, '每页的条数不对，请返回重试。')
      .max(50, '每页最多显示 50 条消息。')
      .optional(),
  })
  .strict()
  .optional()
  .default({});

export const unreadCountInput = none;

/** One or more messages by id, or all of them. */
export const markReadInput = z
  .object({
    ids: z
      .array(id('消息编号'), { invalid_type_error: '要标为已读的消息不对，请返回重试。' })
      .min(1, '请选择要标为已读的消息。')
      .max(MAX_IDS_PER_MARK, `一次最多标记 ${MAX_IDS_PER_MARK} 条消息。`)
      .optional(),
    all: z.literal(true, { errorMap: () => ({ message: '“全部标为已读”的选择不对，请返回重试。' }) }).optional(),
  })
  .strict()
  .refine((v) => (v.ids === undefined) !== (v.all === undefined), {
    message: '请选择要标为已读的消息，或选“全部标为已读”。',
  });

export const subscribeTemplatesInput = none;

/** The templates the person accepted in WeChat's consent prompt (each acceptance allows one message). */
export const recordConsentInput = z
  .object({
    templates: z
      .array(z.enum(SUBSCRIBE_TEMPLATES, { errorMap: () => ({ message: '消息提醒的种类不对，请返回重试。' }) }), {
        required_error: '请选择要接收的消息提醒。',
        invalid_type_error: '消息提醒的种类不对，请返回重试。',
      })
      .min(1, '请选择要接收的消息提醒。')
      .max(MAX_TEMPLATES_PER_PROMPT, `一次最多同意 ${MAX_TEMPLATES_PER_PROMPT} 种消息提醒。`)
      .refine((t) => new Set(t).size === t.length, '同一种消息提醒只能选一次。'),
  })
  .strict();

/** Where a message leads: a page path (as in src/lib/routes.ts) and its query parameters. */
export interface MessageLink {
  page: string;
  params: Record<string, string>;
}

export interface InboxMessage {
  id: number;
  kind: MessageKind;
  /** One short full sentence. */
  text: string;
  link: MessageLink | null;
  createdAt: string;
  read: boolean;
}

/**
 * A notice addressed to her that still waits for her: not opened, or asking for 收到 she has not given. Read from
 * the notices themselves when she asks, so every published notice is here whether or not 提醒 was pressed.
 */
export interface InboxNotice {
  id: number;
  title: string;
  /** 重要 */
  important: boolean;
  /** Asks her to press 收到. */
  needsAck: boolean;
  acknowledged: boolean;
  read: boolean;
  publishedAt: string;
  audienceName: string;
  /** The notice's page (opening it there marks it read). */
  link: MessageLink;
}

export interface InboxApi {
  myMessages: {
    input: z.input<typeof myMessagesInput>;
    /**
     * Newest first; `next` is the `before` of the following page, null on the last page. `unread` counts messages
     * only; `notices` (the first page only, newest first) are the notices still waiting for her.
     */
    output: { messages: InboxMessage[]; unread: number; notices: InboxNotice[]; next: number | null };
  };
  /** Unread messages and unopened notices: the number on 首页 and 我的. */
  unreadCount: { input: z.input<typeof unreadCountInput>; output: { unread: number } };
  /** Another person's message ids are ignored: `marked` counts only the caller's own. */
  markRead: { input: z.input<typeof markReadInput>; output: { marked: number; unread: number } };
  /** WeChat template ids for requestSubscribeMessage; empty where no WeChat messages are sent (the H5 host). */
  subscribeTemplates: {
    input: z.input<typeof subscribeTemplatesInput>;
    output: { templates: Partial<Record<SubscribeTemplate, string>> };
  };
  /** Answers how many messages of each accepted template may now be sent. */
  recordConsent: {
    input: z.input<typeof recordConsentInput>;
    output: { consents: Partial<Record<SubscribeTemplate, number>> };
  };
}
