// H5: the chart as inline SVG, hidden from screen readers (the table beside it says the same in words).
import { View } from '@tarojs/components';
import type { PanelRow } from '../../../../contracts/dashboard';
import { chartSvg } from '../chart-svg';

export function PanelChart({ rows }: { rows: readonly PanelRow[] }) {
  const svg = chartSvg(rows);
  if (!svg) return null;
  return <View className='panel-chart' aria-hidden='true' dangerouslySetInnerHTML={{ __html: svg }} />;
}
