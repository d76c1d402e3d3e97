// One panel: the sentence in large type, its 红黄绿 in words as well as colour, the chart and the same rows as a
// table (for screen readers and for those who would rather read numbers), and 数据截至.
import { Text, View } from '@tarojs/components';
import type { PanelView } from '../../../../contracts/dashboard';
import { a11y } from '../../../lib/a11y';
import { PanelChart } from './panel-chart';

export function PanelCard({ panel }: { panel: PanelView }) {
  return (
    <View className='panel-card' {...a11y({ role: 'region', label: panel.title })}>
      <View className='panel-card__title' {...a11y({ role: 'heading', level: 2 })}>
        {panel.title}
      </View>
      <View className='panel-card__summary'>{panel.summary}</View>
      {panel.statusWords ? (
        <View className={`panel-card__status panel-card__status--${panel.status}`}>
          <Text className='panel-card__dot' />
          {panel.statusWords}
        </View>
      ) : null}
      {panel.rows.length > 0 ? (
        <View className='panel-card__body'>
          <PanelChart rows={panel.rows} />
          <View className='panel-table' {...a11y({ role: 'table', label: `${panel.title}：${panel.rowsTitle}` })}>
            <View className='panel-table__caption'>{panel.rowsTitle}</View>
            {panel.rows.map((row) => (
              <View className='panel-table__row' key={row.label} {...a11y({ role: 'row' })}>
                <View className='panel-table__label' {...a11y({ role: 'rowheader' })}>
                  {row.label}
                </View>
                <View className='panel-table__value' {...a11y({ role: 'cell' })}>
                  {row.words}
                </View>
              </View>
            ))}
          </View>
        </View>
      ) : null}
      <View className='panel-card__as-of'>{panel.asOfWords}</View>
    </View>
  );
}
