// A small set of choices, one chosen (语速, 定时停止): big buttons in a grid, the chosen one filled and ticked —
// never colour alone — and announced as a radio group to screen readers.
import { View } from '@tarojs/components';
import './choice-group.scss';

interface Choice<T> {
  value: T;
  label: string;
}

interface ChoiceGroupProps<T> {
  id: string;
  label: string;
  choices: Choice<T>[];
  selected: T | null;
  onSelect: (value: T) => void;
}

/** H5-only ARIA (weapp templates have no slot for it); data-tappable lets our size checks and keyboard find it. */
function radio(checked: boolean): object {
  if (process.env.TARO_ENV !== 'h5') return {};
  return { role: 'radio', 'aria-checked': String(checked), tabIndex: 0, 'data-tappable': 'true' };
}

function group(labelledBy: string): object {
  return process.env.TARO_ENV === 'h5' ? { role: 'radiogroup', 'aria-labelledby': labelledBy } : {};
}

export function ChoiceGroup<T extends string | number>({ id, label, choices, selected, onSelect }: ChoiceGroupProps<T>) {
  return (
    <View className='choice-group'>
      <View className='choice-group__label' id={`${id}-label`}>
        {label}
      </View>
      <View className='choice-group__grid' {...group(`${id}-label`)}>
        {choices.map((choice) => {
          const on = choice.value === selected;
          return (
            <View key={String(choice.value)} className={on ? 'choice-group__item choice-group__item--on' : 'choice-group__item'} onClick={() => onSelect(choice.value)} {...radio(on)}>
              {on ? '✓ ' : ''}
              {choice.label}
            </View>
          );
        })}
      </View>
    </View>
  );
}
