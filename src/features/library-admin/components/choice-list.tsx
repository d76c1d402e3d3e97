// Pick one of a few things with big rows (no tiny radio dots): the chosen row is filled and says "已选" in words.
import { View } from '@tarojs/components';
import { ListRow } from '../../../components/list-row';
import { a11y } from '../../../lib/a11y';
import './choice-list.scss';

export interface Choice {
  id: number;
  label: string;
  description?: string;
}

interface ChoiceListProps {
  label: string;
  choices: Choice[];
  selectedId: number | null;
  onSelect: (id: number) => void;
}

export function ChoiceList({ label, choices, selectedId, onSelect }: ChoiceListProps) {
  return (
    <View className='choice-list' {...a11y({ role: 'radiogroup', label })}>
      {choices.map((c) => {
        const selected = c.id === selectedId;
        return (
          <ListRow
            key={c.id}
            kind='radio'
            checked={selected}
            title={c.label}
            description={c.description}
            status={selected ? '✓ 已选' : '选这个'}
            onClick={() => onSelect(c.id)}
          />
        );
      })}
    </View>
  );
}
