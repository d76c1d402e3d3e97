// WeChat subscribe messages as the job runner sees them: one interface, sent by WeChat cloud
// (backend/wechat/wx-adapters.ts) and skipped where there is no WeChat (the host).
import type { SubscribeTemplate } from '../../contracts/inbox';

export interface SubscribeMessage {
  /** The recipient's OPENID. */
  openid: string;
  template: SubscribeTemplate;
  /** Our named fields ({ title, time, … }); the sender maps them to the template's keys. */
  data: Record<string, string>;
  /** Mini-program page with query, without a leading slash. */
  page: string;
}

/**
 * sent; skipped: this runtime sends nothing of the kind (no WeChat, no template configured); refused: the person
 * has no consent left (WeChat 43101); rejected: WeChat refused the message itself (a field too long, a bad page).
 * A failure worth retrying (network, WeChat busy) is thrown instead.
 */
export type SendOutcome = { kind: 'sent' } | { kind: 'skipped' | 'refused' | 'rejected'; reason: string };

export interface SubscribeMessages {
  /** Template ids by our name, for the mini-program's requestSubscribeMessage; empty where none are sent. */
  templateIds(): Partial<Record<SubscribeTemplate, string>>;
  send(message: SubscribeMessage): Promise<SendOutcome>;
}

/** Where no WeChat is reachable: every message is marked skipped, with the reason given. */
export function subscribeMessagesSkipped(reason: string): SubscribeMessages {
  return {
    templateIds: () => ({}),
    send: async () => ({ kind: 'skipped', reason }),
  };
}
