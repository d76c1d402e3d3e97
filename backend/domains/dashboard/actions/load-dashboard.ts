// One unit's 驾驶舱: its panels, the way back up inside the viewer's subtree, and each child unit with its headline
// figures to drill into. Shared by panels (on screen) and export (the same figures on paper).
import type { DashboardPanels } from '../../../../contracts/dashboard';
import type { PanelKey } from '../../../../contracts/panel-keys';
import type { Granted } from '../../../access/unit-scope';
import { pathIds } from '../../../common/org-paths';
import type { Database } from '../../../data/database';
import { reaches, requireDashboardUnit } from '../access';
import { asOfWords, figuresOf, thresholds, viewsOf } from '../figures';
import { shown } from '../rules/panel-view';

/** The figures each child unit shows on its drill-down row. */
const CHILD_KEYS: readonly PanelKey[] = ['members', 'activeVolunteers', 'volunteerHours', 'noticeReadRate'];

export async function loadDashboard(
  database: Database,
  caller: Granted,
  orgUnitId: number | undefined,
  now: Date,
): Promise<DashboardPanels> {
  const db = database.db;
  const unit = await requireDashboardUnit(db, caller, orgUnitId);
  const limits = await thresholds(db);
  const own = (await figuresOf(db, [unit], now)).get(unit.id) ?? [];
  const panels = viewsOf(own, limits);

  const above = pathIds(unit.path).slice(0, -1);
  const trailUnits =
    above.length === 0
      ? []
      : await db.selectFrom('org_units').select(['id', 'name', 'path']).where('id', 'in', above).execute();
  const trail = above
    .map((id) => trailUnits.find((u) => u.id === id))
    .filter((u): u is { id: number; name: string; path: string } => u !== undefined && reaches(caller, u.path))
    .map((u) => ({ id: u.id, name: u.name }));

  const childUnits = await db
    .selectFrom('org_units')
    .select(['id', 'name', 'level', 'path'])
    .where('parent_id', '=', unit.id)
    .where('closed_at', 'is', null)
    .orderBy('id')
    .execute();
  const childFigures = await figuresOf(db, childUnits, now, CHILD_KEYS);
  const children = childUnits.map((c) => ({
    id: c.id,
    name: c.name,
    level: c.level,
    figures: viewsOf(childFigures.get(c.id) ?? [], limits).map((v) => {
      const figure = (childFigures.get(c.id) ?? []).find((f) => f.source.key === v.key);
      return {
        key: v.key,
        title: v.title,
        ...shown(v.key, v.unit, figure?.figure.value ?? null, figure?.figure.people ?? 0),
      };
    }),
  }));

  const asOf = panels.reduce((oldest, p) => (p.asOf < oldest ? p.asOf : oldest), now.toISOString());
  return {
    asOf,
    asOfWords: asOfWords(asOf),
    unit: { id: unit.id, name: unit.name, level: unit.level },
    trail,
    panels,
    children,
  };
}
