// The nightly rollup, at 02:00 China time: every panel of every open unit counted and kept, so the 驾驶舱 answers from one read however big
// the subtree. It runs in slices of about a second, units in path order, each unit in its own short transaction: a
// slice that runs out of time queues the rest as a job due at once, behind whatever else is due, so notices still go
// out and a WeChat timer invocation stays within its limit while a whole city is counted. Derived data, replaced
// whole each run: no audit row per unit (the counts are not anybody's change), and a repeated slice just counts again.
// A source with a batch (`computeAll`) counts the whole tree once, before a slice's units, instead of a subtree per
// unit (units × panels queries took a full-size city about ten times the 60 s it may take); the rest use `compute`.
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { PanelKey } from '../../../../contracts/panel-keys';
import { nextChinaTime } from '../../../common/china-time';
import type { PanelFigure, PanelScope } from '../../../dashboard/panel-source';
import type { Schema } from '../../../data/schema';
import { scheduleJob } from '../../../data/jobs';
import { breathe } from '../../../dashboard/breathe';
import { panelSources } from '../../../dashboard/registry';
import { defineJob, type JobContext, type JobHandler } from '../../../jobs/define-job';
import { replaceRollups } from '../queries/rollups';

export const ROLLUP_JOB = 'dashboard.rollup';
export const ROLLUP_REST_JOB = 'dashboard.rollup-rest';
/** How long one slice counts before it hands the rest on (a unit already started is finished). */
export const ROLLUP_SLICE_MS = 1_000;
/** China time of the night's count: nobody is reading then, and the figures say "数据截至" that morning. */
export const ROLLUP_AT = '02:00';
/** One unit of the whole city is the longest step; a WeChat timer plans for 60 s. */
const SLICE_TIMEOUT_MS = 60_000;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The batches (`computeAll`) of one night, kept while its slices run in this process; a fresh process counts again. */
let batchOfTheNight: { asOf: string; figures: Map<PanelKey, Map<number, PanelFigure>> } | null = null;

/**
 * Every source with a batch counts all of `units` at once: the whole tree in a few queries, instead of a subtree's
 * queries per unit. Reused by the night's later slices in this process (the same instant, the same units or fewer).
 */
async function batchFigures(
  db: Kysely<Schema>,
  units: readonly PanelScope[],
  asOf: Date,
  spent: Record<string, number>,
): Promise<Map<PanelKey, Map<number, PanelFigure>>> {
  const night = asOf.toISOString();
  const kept = batchOfTheNight?.asOf === night ? batchOfTheNight.figures : null;
  const figures = new Map<PanelKey, Map<number, PanelFigure>>();
  for (const source of panelSources()) {
    if (!source.computeAll) continue;
    const known = kept?.get(source.key);
    if (known && units.every((u) => known.has(u.unitId))) {
      figures.set(source.key, known);
      continue;
    }
    const from = performance.now();
    figures.set(source.key, await source.computeAll(db, units, asOf));
    spent[source.key] = (spent[source.key] ?? 0) + performance.now() - from;
    await breathe();
  }
  batchOfTheNight = { asOf: night, figures };
  return figures;
}

/** Counts the open units after `after` (by path) until the slice's time is up, then queues the rest. */
async function rollSlice({ deps, log }: JobContext, asOf: Date, after: string | null): Promise<void> {
  const db = deps.database.db;
  let query = db.selectFrom('org_units').select(['id', 'path']).where('closed_at', 'is', null);
  if (after !== null) query = query.where('path', '>', after);
  const units = await query.orderBy('path').execute();
  // Milliseconds each panel took in this slice, logged with it: where a night's count spends its time.
  const spent: Record<string, number> = {};
  const took = () => Object.fromEntries(Object.entries(spent).map(([key, ms]) => [key, Math.round(ms)]));
  const batchStarted = performance.now();
  const batched = await batchFigures(
    db,
    units.map((u) => ({ unitId: u.id, path: u.path })),
    asOf,
    spent,
  );
  const batchMs = Math.round(performance.now() - batchStarted);
  // The slice's second is for the per-unit work: the batches are counted once however many units follow.
  const started = performance.now();
  let counted = 0;
  for (const unit of units) {
    if (counted > 0 && performance.now() - started > ROLLUP_SLICE_MS) {
      const rest = { after: units[counted - 1].path, asOf: asOf.toISOString() };
      await scheduleJob(
        db,
        {
          kind: ROLLUP_REST_JOB,
          payload: rest,
          dedupeKey: `${ROLLUP_REST_JOB}:${rest.asOf}:${rest.after}`,
          runAt: deps.now(),
        },
        deps.now(),
      );
      log.info('dashboard rollup slice', {
        units: counted,
        left: units.length - counted,
        batchMs,
        ms: Math.round(performance.now() - started),
        sources: took(),
      });
      return;
    }
    const rows: { key: string; figure_json: string }[] = [];
    for (const source of panelSources()) {
      const from = performance.now();
      const figure =
        batched.get(source.key)?.get(unit.id) ?? (await source.compute(db, { unitId: unit.id, path: unit.path }, asOf));
      rows.push({ key: source.key, figure_json: JSON.stringify(figure) });
      spent[source.key] = (spent[source.key] ?? 0) + performance.now() - from;
      if (!batched.has(source.key)) await nextTurn();
    }
    await db.transaction().execute((trx) => replaceRollups(trx, unit.id, rows, asOf.toISOString()));
    counted += 1;
    // SQLite answers synchronously: without a turn of the event loop between units, a slice would hold it a second.
    await nextTurn();
  }
  batchOfTheNight = null;
  log.info('dashboard rollup done', {
    units: counted,
    panels: panelSources().length,
    batchMs,
    ms: Math.round(performance.now() - started),
    sources: took(),
  });
}

export const rollup = defineJob({
  kind: ROLLUP_JOB,
  title: '计算驾驶舱的数字',
  payload: z.object({}).strict(),
  // Not at a host's start: a fresh host shows live counts (figures.ts) until its first night.
  nextAt: (now) => nextChinaTime(now, ROLLUP_AT),
  timeoutMs: SLICE_TIMEOUT_MS,
  run: (_payload, ctx) => rollSlice(ctx, ctx.deps.now(), null),
});

/** The rest of a night's rollup: the same count, from the unit after `after`, as of the same moment. */
export const rollupRest = defineJob({
  kind: ROLLUP_REST_JOB,
  title: '继续计算驾驶舱的数字',
  payload: z.object({ after: z.string().min(1).max(2000), asOf: z.string().datetime() }).strict(),
  timeoutMs: SLICE_TIMEOUT_MS,
  run: ({ after, asOf }, ctx) => rollSlice(ctx, new Date(asOf), after),
});

export const DASHBOARD_JOBS: readonly JobHandler[] = [rollup, rollupRest];
