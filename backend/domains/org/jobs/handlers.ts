// The org domain's time-driven work; the registry (./registry.ts) runs every handler listed here.
// A transfer nobody accepted within TRANSFER_LIFETIME_DAYS is withdrawn, and whoever sent it is told, so a member is
// never left "on the way" between two branches.
import { none } from '../../../../contracts/fields';
import { notify } from '../../../data/messages';
import { transferExpiry } from '../rules/tree';
import { defineJob, type JobHandler } from '../../../jobs/define-job';

const DAY_MS = 24 * 60 * 60 * 1000;

export const expireTransfers = defineJob({
  kind: 'org.expire-transfers',
  title: '撤回长时间没有人接收的转接',
  payload: none,
  every: DAY_MS,
  async run(_payload, { deps, transaction, log }) {
    const now = deps.now();
    const stale = await deps.database.db
      .selectFrom('org_transfers as t')
      .innerJoin('people as p', 'p.id', 't.person_id')
      .innerJoin('org_units as u', 'u.id', 't.to_org_unit_id')
      .select(['t.id', 't.requested_by', 't.created_at', 'p.name', 'u.name as to_name'])
      .where('t.status', '=', 'pending')
      .execute();
    const due = stale.filter((t) => transferExpiry(new Date(t.created_at)).getTime() <= now.getTime());
    if (due.length === 0) return;
    await transaction(async (trx, audit) => {
      for (const t of due) {
        // Only a transfer still pending: one accepted meanwhile stays accepted (the job may run again after a crash).
        const flipped = await trx
          .updateTable('org_transfers')
          .set({ status: 'cancelled', decided_at: now.toISOString() })
          .where('id', '=', t.id)
          .where('status', '=', 'pending')
          .executeTakeFirst();
        if (Number(flipped.numUpdatedRows) !== 1) continue;
        await audit({
          entity: 'org_transfer',
          entityId: t.id,
          before: { status: 'pending' },
          after: { status: 'cancelled', reason: 'expired' },
        });
        await notify(
          trx,
          t.requested_by,
          {
            kind: 'transfer_withdrawn',
            text: `${t.name}同志转入${t.to_name}的转接一直没有人接收，已经撤回。`,
            link: null,
          },
          now,
        );
      }
    });
    log.info('stale transfers withdrawn', { count: due.length });
  },
});

export const ORG_JOBS: readonly JobHandler[] = [expireTransfers];
