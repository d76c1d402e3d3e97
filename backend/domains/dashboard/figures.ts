// The figures of units as the viewer sees them: each panel from the nightly rollup (or counted now when the unit has
// no rollup yet, or the panel is cheap: `live`), worded by rules/panel-view.ts, small counts hidden there.
import type { Kysely } from 'kysely';
import type { PanelThreshold, PanelView } from '../../../contracts/dashboard';
import type { PanelKey } from '../../../contracts/panel-keys';
import { chinaDateTimeWords } from '../../common/china-time';
import type { PanelFigure, PanelSource } from '../../dashboard/panel-source';
import { panelSources } from '../../dashboard/registry';
import type { Schema } from '../../data/schema';
import { rollupsFor, thresholdRows } from './queries/rollups';
import { DEFAULT_THRESHOLDS, panelView, thresholdView, type Limits } from './rules/panel-view';

export interface Unit {
  id: number;
  path: string;
}

export const asOfWords = (asOf: string) => `数据截至 ${chinaDateTimeWords(asOf)}`;

export async function thresholds(db: Kysely<Schema>): Promise<Map<PanelKey, Limits>> {
  const limits = new Map<PanelKey, Limits>(Object.entries(DEFAULT_THRESHOLDS) as [PanelKey, Limits][]);
  for (const row of await thresholdRows(db)) limits.set(row.key as PanelKey, { red: row.red, green: row.green });
  return limits;
}

export function thresholdList(limits: Map<PanelKey, Limits>): PanelThreshold[] {
  return panelSources().flatMap((s) => {
    const l = limits.get(s.key);
    return l ? [thresholdView(s.key, s.unit, l)] : [];
  });
}

/** Every panel (or only `keys`) of each unit, as counted figures with the instant each is as of. */
export async function figuresOf(
  db: Kysely<Schema>,
  units: readonly Unit[],
  now: Date,
  keys?: readonly PanelKey[],
): Promise<Map<number, { source: PanelSource; figure: PanelFigure; asOf: string }[]>> {
  const sources = keys ? panelSources().filter((s) => keys.includes(s.key)) : panelSources();
  const stored = new Map<string, { figure_json: string; as_of: string }>();
  for (const r of await rollupsFor(
    db,
    units.map((u) => u.id),
  ))
    stored.set(`${r.org_unit_id}:${r.key}`, r);
  const out = new Map<number, { source: PanelSource; figure: PanelFigure; asOf: string }[]>();
  for (const unit of units) {
    const list = [];
    for (const source of sources) {
      const row = source.live ? undefined : stored.get(`${unit.id}:${source.key}`);
      if (row) list.push({ source, figure: JSON.parse(row.figure_json) as PanelFigure, asOf: row.as_of });
      else
        list.push({
          source,
          figure: await source.compute(db, { unitId: unit.id, path: unit.path }, now),
          asOf: now.toISOString(),
        });
    }
    out.set(unit.id, list);
  }
  return out;
}

export function viewsOf(
  figures: readonly { source: PanelSource; figure: PanelFigure; asOf: string }[],
  limits: Map<PanelKey, Limits>,
): PanelView[] {
  return figures.map(({ source, figure, asOf }) =>
    panelView(source.key, source.unit, figure, limits.get(source.key), asOf, asOfWords(asOf)),
  );
}
