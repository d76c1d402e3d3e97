// The nightly rollup: every panel of every open unit counted and kept, so the 驾驶舱 answers from one read however big
// the subtree. One unit at a time, each in its own short transaction, yielding between units so the host keeps
// answering members while it runs. Derived data, replaced whole each run: no audit row per unit (the counts are not
// anybody's change), and a repeated run just counts again.
import { z } from 'zod';
import { panelSources } from '../../../dashboard/registry';
import { defineJob, type JobHandler } from '../../../jobs/define-job';
import { replaceRollups } from '../queries/rollups';

const DAY_MS = 24 * 3600_000;
export const ROLLUP_JOB = 'dashboard.rollup';

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export const rollup = defineJob({
  kind: ROLLUP_JOB,
  title: '计算驾驶舱的数字',
  payload: z.object({}).strict(),
  every: DAY_MS,
  timeoutMs: 10 * 60_000,
  async run(_payload, { deps, log }) {
    const db = deps.database.db;
    const asOf = deps.now();
    const started = Date.now();
    const units = await db
      .selectFrom('org_units')
      .select(['id', 'path'])
      .where('closed_at', 'is', null)
      .orderBy('path')
      .execute();
    for (const unit of units) {
      const rows: { key: string; figure_json: string }[] = [];
      for (const source of panelSources()) {
        const figure = await source.compute(db, { unitId: unit.id, path: unit.path }, asOf);
        rows.push({ key: source.key, figure_json: JSON.stringify(figure) });
        await nextTurn();
      }
      await db.transaction().execute((trx) => replaceRollups(trx, unit.id, rows, asOf.toISOString()));
    }
    log.info('dashboard rollup', { units: units.length, panels: panelSources().length, ms: Date.now() - started });
  },
});

export const DASHBOARD_JOBS: readonly JobHandler[] = [rollup];
