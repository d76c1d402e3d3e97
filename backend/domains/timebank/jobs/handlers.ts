// The time bank's time-driven work, each run idempotent: visits not confirmed within 72 hours expire (their hours are
// never credited) and requests whose time passed unserved expire; the nightly ledger check, kept for admins; members
// with no activity for a year are flagged dormant (their hours stay).
import { z } from 'zod';
import { defineJob, type JobHandler } from '../../../jobs/define-job';
import { runLedgerCheck } from '../queries/figures';

const HOUR_MS = 3600_000;
const DAY_MS = 24 * HOUR_MS;
/** A matched request nobody scanned in for is closed a day after its window. */
const NO_SHOW_GRACE_MS = DAY_MS;

export const expireVisits = defineJob({
  kind: 'timebank.expire-visits',
  title: '时间银行：超过72小时没有确认的服务不再计时',
  payload: z.object({}).strict(),
  every: 15 * 60_000,
  async run(_payload, { deps, transaction }) {
    const now = deps.now();
    const at = now.toISOString();
    await transaction(async (trx, audit) => {
      const visits = await trx
        .updateTable('tb_visits')
        .set({ status: 'expired', updated_at: at })
        .where('status', '=', 'awaiting_confirmation')
        .where('confirm_by', '<', at)
        .returning(['id', 'request_id'])
        .execute();
      if (visits.length > 0)
        await trx
          .updateTable('help_requests')
          .set({ status: 'expired', closed_at: at, close_reason: '超过72小时没有确认', updated_at: at })
          .where(
            'id',
            'in',
            visits.map((v) => v.request_id),
          )
          .execute();
      const requests = await trx
        .updateTable('help_requests')
        .set({ status: 'expired', closed_at: at, close_reason: '时间已过，没有人来帮', updated_at: at })
        .where((eb) =>
          eb.or([
            eb.and([eb('status', 'in', ['open', 'awaiting_approval']), eb('ends_at', '<', at)]),
            eb.and([
              eb('status', '=', 'matched'),
              eb('ends_at', '<', new Date(now.getTime() - NO_SHOW_GRACE_MS).toISOString()),
            ]),
          ]),
        )
        .returning('id')
        .execute();
      await audit({
        entity: 'tb_expiry',
        entityId: null,
        after: { visits: visits.map((v) => v.id), requests: requests.map((r) => r.id) },
      });
    });
  },
});

export const nightlyLedgerCheck = defineJob({
  kind: 'timebank.ledger-check',
  title: '时间银行：每晚核对账目',
  payload: z.object({}).strict(),
  every: DAY_MS,
  timeoutMs: 120_000,
  async run(_payload, { deps, transaction }) {
    const at = deps.now().toISOString();
    await transaction(async (trx, audit) => {
      const r = await runLedgerCheck(trx, at);
      await audit({ entity: 'tb_ledger_check', entityId: null, after: r });
    });
  },
});

export const flagDormant = defineJob({
  kind: 'timebank.flag-dormant',
  title: '时间银行：一年没有活动的成员标为休眠（时间保留）',
  payload: z.object({}).strict(),
  every: DAY_MS,
  async run(_payload, { deps, transaction }) {
    const now = deps.now();
    const yearAgo = new Date(now.getTime() - 365 * DAY_MS).toISOString();
    await transaction(async (trx, audit) => {
      const quiet = await trx
        .selectFrom('tb_balances')
        .select('account_id')
        .where('account_kind', '=', 'timebank')
        .where('last_activity_at', '<', yearAgo)
        .where((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom('tb_dormant')
                .select('person_id')
                .whereRef('tb_dormant.person_id', '=', 'tb_balances.account_id'),
            ),
          ),
        )
        .execute();
      // Someone active since (a request or an offer) is not dormant: those show in their own rows.
      const active = new Set(
        (
          await trx
            .selectFrom('help_requests')
            .select('person_id')
            .where('created_at', '>=', yearAgo)
            .where('person_id', 'in', quiet.length > 0 ? quiet.map((q) => q.account_id) : [0])
            .execute()
        ).map((r) => r.person_id),
      );
      const flagged = quiet.map((q) => q.account_id).filter((id) => !active.has(id));
      for (let i = 0; i < flagged.length; i += 500)
        await trx
          .insertInto('tb_dormant')
          .values(flagged.slice(i, i + 500).map((person_id) => ({ person_id, flagged_at: now.toISOString() })))
          .execute();
      await audit({ entity: 'tb_dormant', entityId: null, after: { flagged: flagged.length } });
    });
  },
});

export const TIMEBANK_JOBS: readonly JobHandler[] = [expireVisits, nightlyLedgerCheck, flagDormant];
