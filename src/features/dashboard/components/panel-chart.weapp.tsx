// Mini-program: the same SVG as an image (WeChat's <image> draws an svg data URL), hidden from the screen reader.
import { Image } from '@tarojs/components';
import type { PanelRow } from '../../../../contracts/dashboard';
import { CHART_HEIGHT, CHART_WIDTH, chartSvg } from '../chart-svg';

export function PanelChart({ rows }: { rows: readonly PanelRow[] }) {
  const svg = chartSvg(rows);
  if (!svg) return null;
  return (
    <Image
      className='panel-chart'
      style={{ width: `${CHART_WIDTH}px`, height: `${CHART_HEIGHT}px` }}
      src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
    />
  );
}
