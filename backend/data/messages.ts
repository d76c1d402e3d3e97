// The inbox and the outbox. `notify` writes a person's inbox message, and for those who consented to its WeChat
// template an outbox row and the job that delivers it, in the transaction of the change that caused it: all land,
// or none. Delivery happens later (backend/jobs/deliver-subscribe-message.ts) and never undoes the change.
import type { Kysely, Transaction } from 'kysely';
import type { MessageKind, MessageLink, SubscribeTemplate } from '../../contracts/inbox';
import { messageLinkProblem, messageTextProblem, subscribePage } from '../rules/message-text';
import { scheduleJobs } from './jobs';
import type { MessageRow, OutboxRow, OutboxStatus, Schema } from './schema';

/** The job kind that delivers one outbox row; its handler is registered in backend/jobs/registry.ts. */
export const DELIVER_SUBSCRIBE_MESSAGE = 'subscribe-message.deliver';
/** Consents beyond this are not counted: WeChat's own count is what finally decides. */
export const MAX_CONSENTS_KEPT = 50;
/** Rows per multi-row insert: well under PostgreSQL's 65,535 parameters and SQLite's 32,766. */
const CHUNK = 500;

export interface Notification {
  kind: MessageKind;
  /** One short full sentence in Chinese (≤ 60 characters), e.g. "您已从候补转为正式报名：党史讲座。" */
  text: string;
  /** The thing the message is about. */
  link: MessageLink | null;
  /** Also sent as this WeChat subscribe message to those who consented to it (our field names; config maps them). */
  subscribe?: { template: SubscribeTemplate; data: Record<string, string> };
}

export interface Notified {
  messageIds: number[];
  /** Outbox rows written: only for people with a consent left for the template. */
  outboxIds: number[];
}

/** Notifies one person; see notifyEach. */
export async function notify(trx: Transaction<Schema>, personId: number, notification: Notification, now: Date): Promise<Notified> {
  return notifyEach(trx, [personId], notification, now);
}

/**
 * Notifies several people of the same thing (a notice to a branch, a reminder to everyone signed up) in batches.
 * Takes a Transaction, not a database: the message belongs to the change that causes it.
 */
export async function notifyEach(trx: Transaction<Schema>, personIds: readonly number[], n: Notification, now: Date): Promise<Notified> {
  const problem = messageTextProblem(n.text) ?? (n.link ? messageLinkProblem(n.link) : null);
  if (problem) throw new Error(`notify(${n.kind}): ${problem}`);
  const at = now.toISOString();
  const people = [...new Set(personIds)];
  const notified: Notified = { messageIds: [], outboxIds: [] };
  for (let i = 0; i < people.length; i += CHUNK) {
    const chunk = people.slice(i, i + CHUNK);
    const messages = await trx
      .insertInto('messages')
      .values(chunk.map((personId) => ({ person_id: personId, kind: n.kind, text: n.text, link_page: n.link?.page ?? null, link_params_json: JSON.stringify(n.link?.params ?? {}), created_at: at, read_at: null })))
      .returning(['id', 'person_id'])
      .execute();
    notified.messageIds.push(...messages.map((m) => m.id));
    if (!n.subscribe) continue;

    // Only people with a consent left get an outbox row; the delivery job checks again before it sends.
    const consenting = await trx
      .selectFrom('subscribe_consents')
      .select('person_id')
      .where('template', '=', n.subscribe.template)
      .where('remaining', '>', 0)
      .where('person_id', 'in', chunk)
      .execute();
    const wanted = new Set(consenting.map((c) => c.person_id));
    const rows = messages.filter((m) => wanted.has(m.person_id));
    if (rows.length === 0) continue;
    const outbox = await trx
      .insertInto('outbox')
      .values(rows.map((m) => ({ person_id: m.person_id, message_id: m.id, template: n.subscribe!.template, data_json: JSON.stringify(n.subscribe!.data), page: subscribePage(n.link), status: 'pending' as const, last_error: null, created_at: at, finished_at: null })))
      .returning('id')
      .execute();
    await scheduleJobs(trx, outbox.map(({ id }) => ({ kind: DELIVER_SUBSCRIBE_MESSAGE, payload: { outboxId: id }, dedupeKey: `${DELIVER_SUBSCRIBE_MESSAGE}:${id}`, runAt: now })), now);
    notified.outboxIds.push(...outbox.map((o) => o.id));
  }
  return notified;
}

/** A page of a person's messages, newest first, older than `before` when given. */
export async function listMessages(db: Kysely<Schema>, personId: number, page: { before?: number; limit: number }): Promise<MessageRow[]> {
  let q = db.selectFrom('messages').selectAll().where('person_id', '=', personId);
  if (page.before !== undefined) q = q.where('id', '<', page.before);
  return q.orderBy('id', 'desc').limit(page.limit).execute();
}

export async function countUnread(db: Kysely<Schema>, personId: number): Promise<number> {
  const { n } = await db.selectFrom('messages').select((eb) => eb.fn.countAll().as('n')).where('person_id', '=', personId).where('read_at', 'is', null).executeTakeFirstOrThrow();
  return Number(n);
}

/** Marks the person's own unread messages read (those ids, or all); others' ids match nothing. Answers how many. */
export async function markMessagesRead(trx: Kysely<Schema>, personId: number, which: number[] | 'all', now: Date): Promise<number> {
  let q = trx.updateTable('messages').set({ read_at: now.toISOString() }).where('person_id', '=', personId).where('read_at', 'is', null);
  if (which !== 'all') q = q.where('id', 'in', which);
  return Number((await q.executeTakeFirst()).numUpdatedRows);
}

/** Each accepted template allows one more message (up to MAX_CONSENTS_KEPT). Answers the counts now. */
export async function addConsents(trx: Kysely<Schema>, personId: number, templates: readonly SubscribeTemplate[], now: Date): Promise<Record<string, number>> {
  const at = now.toISOString();
  for (const template of templates) {
    await trx
      .insertInto('subscribe_consents')
      .values({ person_id: personId, template, remaining: 1, updated_at: at })
      .onConflict((oc) =>
        oc.columns(['person_id', 'template']).doUpdateSet((eb) => ({
          remaining: eb.case().when('subscribe_consents.remaining', '>=', MAX_CONSENTS_KEPT).then(MAX_CONSENTS_KEPT).else(eb('subscribe_consents.remaining', '+', 1)).end(),
          updated_at: at,
        })),
      )
      .execute();
  }
  const rows = await trx.selectFrom('subscribe_consents').select(['template', 'remaining']).where('person_id', '=', personId).execute();
  return Object.fromEntries(rows.map((r) => [r.template, r.remaining]));
}

export async function consentsLeft(db: Kysely<Schema>, personId: number, template: string): Promise<number> {
  const row = await db.selectFrom('subscribe_consents').select('remaining').where('person_id', '=', personId).where('template', '=', template).executeTakeFirst();
  return row?.remaining ?? 0;
}

/** After a send: one consent used. After WeChat's "no consent" (43101): none left, whatever we counted. */
export async function useConsent(db: Kysely<Schema>, personId: number, template: string, how: 'one' | 'all', now: Date): Promise<void> {
  await db
    .updateTable('subscribe_consents')
    .set((eb) => ({ remaining: how === 'all' ? 0 : eb.case().when('remaining', '>', 0).then(eb('remaining', '-', 1)).else(0).end(), updated_at: now.toISOString() }))
    .where('person_id', '=', personId)
    .where('template', '=', template)
    .execute();
}

/** Where a subscribe message to this person goes: their WeChat OPENID, if they sign in with WeChat. */
export async function findWechatOpenid(db: Kysely<Schema>, personId: number): Promise<string | null> {
  const row = await db.selectFrom('identities').select('subject').where('provider', '=', 'wechat').where('person_id', '=', personId).orderBy('id', 'desc').executeTakeFirst();
  return row?.subject ?? null;
}

export async function loadOutboxRow(db: Kysely<Schema>, id: number): Promise<OutboxRow | null> {
  return (await db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirst()) ?? null;
}

/** Records a delivery try: its outcome, or (status pending) the error it will be retried after. */
export async function recordDeliveryTry(db: Kysely<Schema>, id: number, status: OutboxStatus, error: string | null, now: Date): Promise<void> {
  await db
    .updateTable('outbox')
    .set((eb) => ({ status, last_error: error, attempts: eb('attempts', '+', 1), finished_at: status === 'pending' ? null : now.toISOString() }))
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .execute();
}

/** Deletes outbox rows that were settled before `before`; pending ones stay. */
export async function pruneSettledOutbox(db: Kysely<Schema>, before: Date): Promise<number> {
  const result = await db.deleteFrom('outbox').where('status', '<>', 'pending').where('finished_at', '<', before.toISOString()).executeTakeFirst();
  return Number(result.numDeletedRows);
}
