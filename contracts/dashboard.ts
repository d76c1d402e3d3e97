// 驾驶舱 (issue 22): the figures of a unit's subtree for the city, district and street admins, drawn from every
// domain's panels (contracts/panel-keys.ts). No figure drawn from fewer than 5 people is ever sent, and no panel names
// a person.
import { z } from 'zod';
import type { FileLink } from './files';
import { id, none } from './fields';
import type { OrgLevel } from './roles';
import type { PanelKey, PanelUnit } from './panel-keys';

/** Without a unit: the viewer's own top unit. */
export const dashboardPanelsInput = z.object({ orgUnitId: id('单位编号').optional() }).strict();
export const dashboardExportInput = dashboardPanelsInput;
export const dashboardThresholdsInput = none;

const limit = z
  .number({ required_error: '请填写数字。', invalid_type_error: '请填写数字。' })
  .finite('请填写数字。')
  .min(0, '数字不能小于0。')
  .max(100_000, '数字太大了。');

export const setThresholdInput = z
  .object({
    key: z.string({ invalid_type_error: '请选择一个图表。', required_error: '请选择一个图表。' }).max(40),
    red: limit,
    green: limit,
  })
  .strict();

export type PanelStatus = 'green' | 'amber' | 'red';

/** One row of a panel's chart and table; `value` is null and `hidden` set when drawn from fewer than 5 people. */
export interface PanelRow {
  label: string;
  value: number | null;
  /** The value as read aloud and printed: "1,234 小时", "82%", or 少于5人. */
  words: string;
  hidden?: true;
}

export interface PanelView {
  key: PanelKey;
  /** The panel's name: "志愿服务时长". */
  title: string;
  unit: PanelUnit;
  value: number | null;
  /** The headline in words: "12,340 小时", "82%", 少于5人. */
  words: string;
  /** The one sentence in large type: "本月志愿服务 12,340 小时，比上月多 8%"; "少于5人" when hidden. */
  summary: string;
  status: PanelStatus | null;
  /** The status in words, never colour alone: "绿色：达到目标". */
  statusWords: string | null;
  hidden?: true;
  asOf: string;
  /** "数据截至 2026年12月6日 星期日 上午2点" */
  asOfWords: string;
  /** What the chart's rows are: "最近6个月", "各本书读完的比例". */
  rowsTitle: string;
  rows: PanelRow[];
}

/** A child unit to drill into, with its headline figures (hidden under 5 people like any other). */
export interface DashboardChild {
  id: number;
  name: string;
  level: OrgLevel;
  figures: { key: PanelKey; title: string; value: number | null; words: string; hidden?: true }[];
}

export interface DashboardPanels {
  asOf: string;
  asOfWords: string;
  unit: { id: number; name: string; level: OrgLevel };
  /** The units from the viewer's own top unit down to this one's parent, to step back up. */
  trail: { id: number; name: string }[];
  panels: PanelView[];
  children: DashboardChild[];
}

export interface PanelThreshold {
  key: PanelKey;
  title: string;
  /** Red below this (above it when lower is better). */
  red: number;
  /** Green from this on (at or below it when lower is better). */
  green: number;
  lowerIsBetter: boolean;
  /** "低于 1 为红色，1.2 及以上为绿色" */
  words: string;
}

export interface DashboardApi {
  panels: { input: z.input<typeof dashboardPanelsInput>; output: DashboardPanels };
  export: { input: z.input<typeof dashboardExportInput>; output: FileLink };
  thresholds: { input: z.input<typeof dashboardThresholdsInput>; output: { thresholds: PanelThreshold[] } };
  setThreshold: { input: z.input<typeof setThresholdInput>; output: { threshold: PanelThreshold } };
}
