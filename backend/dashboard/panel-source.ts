// What a domain hands the 驾驶舱 for one panel (issue 22). A domain lists its sources in its manifest's `panels`
// (backend/domains/domain.ts); the dashboard asks every source for the viewer's unit and words the answer. A source
// only counts: the summary sentence, the 红黄绿 status and the hiding of small counts are the dashboard's.
import type { Kysely } from 'kysely';
import type { PanelKey, PanelUnit } from '../../contracts/panel-keys';
import type { Schema } from '../data/schema';

/** The unit a panel is computed for, with its whole subtree (filter with `inSubtrees(column, [scope.path])`). */
export interface PanelScope {
  unitId: number;
  /** The unit's materialised path, e.g. "/1/4/9/". */
  path: string;
}

/** One row of a panel's chart and table, oldest or largest first, as the panel sees fit. */
export interface PanelPoint {
  label: string;
  value: number | null;
  /** How many people the row is drawn from; the dashboard hides the row (少于5人) under 5. */
  people: number;
  /** The row's own unit when not the panel's (a completion rate per book under a head-count). */
  unit?: PanelUnit;
}

export interface PanelFigure {
  /** The headline number in the source's unit (percent as 0–100, ratio as e.g. 1.23); null when nothing to count. */
  value: number | null;
  /** How many distinct people the headline is drawn from; under 5 the dashboard shows 少于5人, never the number. */
  people: number;
  /** The same figure one period (month) earlier, for "比上月多 8%"; absent when the panel has no period. */
  previous?: number | null;
  /** The chart's rows (e.g. the last 12 months, or one per book). */
  series?: PanelPoint[];
  /** Further head-counts said after the summary ("还需要打电话的 12 人"), each hidden under 5 like the headline. */
  also?: { label: string; people: number }[];
}

export interface PanelSource {
  key: PanelKey;
  unit: PanelUnit;
  /** Cheap enough to count on every request (a plain count): shown live rather than from the nightly rollup. */
  live?: boolean;
  /** Counts for `scope` as of `asOf` (the rollup's instant); reads only, never writes. */
  compute(db: Kysely<Schema>, scope: PanelScope, asOf: Date): Promise<PanelFigure>;
  /**
   * The same figures as `compute`, for many units at once (the nightly rollup): the whole tree counted in a few
   * queries and shared out by path (by-subtree.ts), where that provably gives each unit what `compute` gives it —
   * test/integration/dashboard-batch.test.ts holds the two together. Without it the rollup calls `compute` per unit.
   */
  computeAll?(db: Kysely<Schema>, units: readonly PanelScope[], asOf: Date): Promise<Map<number, PanelFigure>>;
}
