// A panel's chart as SVG text, drawn by ECharts' server-side renderer: the same picture on H5 (put inline) and in the
// mini-program (an image), with no canvas and no DOM. Only the parts used are imported, to keep the subpackage small.
// Hidden rows (少于5人) are drawn as gaps, never as numbers; the table beside the chart says 少于5人 in words.
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { PanelRow } from '../../../contracts/dashboard';

echarts.use([BarChart, LineChart, GridComponent, SVGRenderer]);

export const CHART_WIDTH = 340;
export const CHART_HEIGHT = 220;

/** Months read as a line; anything else (books, teams, notices) as bars. */
const isMonthly = (rows: readonly PanelRow[]) => rows.every((r) => /月$/.test(r.label));

export function chartSvg(rows: readonly PanelRow[]): string | null {
  if (rows.length === 0 || rows.every((r) => r.value === null)) return null;
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: CHART_WIDTH, height: CHART_HEIGHT });
  try {
    const line = isMonthly(rows);
    chart.setOption({
      animation: false,
      textStyle: { fontSize: 14 },
      grid: { left: 12, right: 12, top: 16, bottom: 12 },
      // No axis words: at 13 px they are below the app's smallest type, and at 18–30 px they do not fit a phone's
      // chart. The chart shows the shape; the table beside it gives every label and number in body type.
      xAxis: { type: 'category', data: rows.map((r) => r.label), axisLabel: { show: false } },
      yAxis: { type: 'value', axisLabel: { show: false } },
      series: [
        {
          type: line ? 'line' : 'bar',
          data: rows.map((r) => r.value),
          itemStyle: { color: '#b3261e' },
          lineStyle: { width: 3 },
          symbolSize: 8,
          connectNulls: false,
        },
      ],
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
