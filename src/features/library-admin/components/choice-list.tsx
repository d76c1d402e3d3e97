// Pick one of a few things with big rows (no tiny radio dots): the chosen row is filled and says "已选" in words.
import { View } from '@tarojs/components';
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

/** H5: a radio is not in a11y()'s tappable list, so mark it for Tab, the Enter/Space handler and the size checks here. */
const RADIO_EXTRAS = process.env.TARO_ENV === 'h5' ? { tabIndex: 0, 'data-tappable': 'true' } : {};

export function ChoiceList({ label, choices, selectedId, onSelect }: ChoiceListProps) {
  return (
    <View className='choice-list' {...a11y({ role: 'radiogroup', label })}>
      {choices.map((c) => {
        const selected = c.id === selectedId;
        return (
          <View
            key={c.id}
            className={selected ? 'choice-list__item choice-list__item--on' : 'choice-list__item'}
            onClick={() => onSelect(c.id)}
            {...a11y({ role: 'radio', checked: selected })}
            {...RADIO_EXTRAS}
          >
            <View className='choice-list__text'>
              <View className='choice-list__label'>{c.label}</View>
              {c.description ? <View className='choice-list__description'>{c.description}</View> : null}
            </View>
            <View className='choice-list__state'>{selected ? '✓ 已选' : '选这个'}</View>
          </View>
        );
      })}
    </View>
  );
}
