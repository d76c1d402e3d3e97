// Delivers one outbox row as a WeChat subscribe message, through deps.subscribeMessages (WeChat cloud sends,
// the host skips). Idempotent: a row no longer pending is left alone. A failure that may pass (network, WeChat
// busy) leaves the row pending and the job is retried with backoff; the change that caused the message stays.
// A crash between WeChat's "sent" and our record of it can send a message twice: delivery is at least once.
import { z } from 'zod';
import { SUBSCRIBE_TEMPLATES, type SubscribeTemplate } from '../../contracts/inbox';
import {
  consentsLeft,
  DELIVER_SUBSCRIBE_MESSAGE,
  findWechatOpenid,
  loadOutboxRow,
  recordDeliveryTry,
  useConsent,
} from '../data/messages';
import { defineJob, PermanentJobError } from './define-job';

const isTemplate = (name: string): name is SubscribeTemplate =>
  (SUBSCRIBE_TEMPLATES as readonly string[]).includes(name);

export const deliverSubscribeMessage = defineJob({
  kind: DELIVER_SUBSCRIBE_MESSAGE,
  title: '发送微信订阅消息',
  payload: z.object({ outboxId: z.number().int().positive() }),
  timeoutMs: 15_000,
  async run({ outboxId }, { deps, attempt, maxAttempts }) {
    const db = deps.database.db;
    const row = await loadOutboxRow(db, outboxId);
    if (!row || row.status !== 'pending') return;
    const settle = (status: 'skipped' | 'no_consent' | 'failed', reason: string) =>
      recordDeliveryTry(db, row.id, status, reason, deps.now());

    if (!isTemplate(row.template)) {
      await settle('failed', `unknown template ${row.template}`);
      throw new PermanentJobError(`outbox ${row.id}: unknown template ${row.template}`);
    }
    const openid = await findWechatOpenid(db, row.person_id);
    if (!openid) return settle('skipped', 'the person does not sign in with WeChat');
    if ((await consentsLeft(db, row.person_id, row.template)) <= 0)
      return settle('no_consent', 'no consent left for this template');

    let outcome;
    try {
      outcome = await deps.subscribeMessages.send({
        openid,
        template: row.template,
        data: JSON.parse(row.data_json) as Record<string, string>,
        page: row.page,
      });
    } catch (err) {
      // Stays pending to be retried, unless this was the last try (the job is then parked for an admin to see).
      await recordDeliveryTry(
        db,
        row.id,
        attempt >= maxAttempts ? 'failed' : 'pending',
        err instanceof Error ? err.message : String(err),
        deps.now(),
      );
      throw err;
    }

    const now = deps.now();
    switch (outcome.kind) {
      case 'sent':
        await db.transaction().execute(async (trx) => {
          await recordDeliveryTry(trx, row.id, 'sent', null, now);
          await useConsent(trx, row.person_id, row.template, 'one', now);
        });
        return;
      case 'refused':
        // WeChat knows better than our count: the person has no consent left for this template.
        await db.transaction().execute(async (trx) => {
          await recordDeliveryTry(trx, row.id, 'refused', outcome.reason, now);
          await useConsent(trx, row.person_id, row.template, 'all', now);
        });
        return;
      case 'skipped':
        return settle('skipped', outcome.reason);
      case 'rejected':
        // WeChat refused the message itself (a field too long, a bad page, a wrong template id): ours to fix.
        await settle('failed', outcome.reason);
        throw new PermanentJobError(`outbox ${row.id}: ${outcome.reason}`);
    }
  },
});
