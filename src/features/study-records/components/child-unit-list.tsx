// 下属单位: the shown unit's direct children as big rows: the name, and under it what it is and what a tap does ("看这个街道").
import { View } from '@tarojs/components';
import type { OrgUnit } from '../../../../contracts/account';
import { Card } from '../../../components/card';
import { ListRow } from '../../../components/list-row';
import { a11y } from '../../../lib/a11y';
import { monthLabel } from '../../../entities/time/calendar';
import { levelName } from '../../../entities/org/org-trail';

interface ChildUnitListProps {
  units: OrgUnit[];
  month: string;
  onOpen: (unit: OrgUnit) => void;
}

export function ChildUnitList({ units, month, onOpen }: ChildUnitListProps) {
  return (
    <Card title={`下属单位（${units.length} 个）`}>
      <View className='child-units__hint'>点一个单位，看它{monthLabel(month)}的学习情况。</View>
      <View className='child-units' {...a11y({ role: 'list' })}>
        {units.map((u) => (
          <View key={u.id} {...a11y({ role: 'listitem' })}>
            <ListRow title={u.name} description={`看这个${levelName(u.level)}`} onClick={() => onOpen(u)} />
          </View>
        ))}
      </View>
    </Card>
  );
}
