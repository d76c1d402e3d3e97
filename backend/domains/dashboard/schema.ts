// The 驾驶舱's own tables: the nightly rollup of every panel for every unit, and the bureau's 红黄绿 thresholds.
// DASHBOARD_TABLES lists them for clearAll.
export interface DashboardRollupsTable {
  org_unit_id: number;
  /** A PanelKey. */
  key: string;
  /** The source's PanelFigure as counted (before the small-count rule: that is applied when shown). */
  figure_json: string;
  /** The instant it was counted for. */
  as_of: string;
}

export interface DashboardThresholdsTable {
  /** A PanelKey; a panel without a row uses the default (rules/panel-view.ts), or has no status. */
  key: string;
  red: number;
  green: number;
  updated_by: number;
  updated_at: string;
}

export interface DashboardTables {
  dashboard_rollups: DashboardRollupsTable;
  dashboard_thresholds: DashboardThresholdsTable;
}

export const DASHBOARD_TABLES = ['dashboard_rollups', 'dashboard_thresholds'] as const;

declare module '../../data/schema' {
  interface Schema extends DashboardTables {}
}
