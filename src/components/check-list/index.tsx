// Pick several of a few things (the services she can offer, the days she is free): ChoiceList's big cells, each a
// checkbox, ticked in words ("✓") as well as filled — never colour alone.
import { View } from '@tarojs/components';
import { a11y } from '../../lib/a11y';
import type { Choice } from '../choice-list';
import '../choice-list/index.scss';

interface CheckListProps<T extends string | number> {
  /** What is being chosen: a heading above the cells, and the group's name to screen readers. */
  label: string;
  id: string;
  choices: Choice<T>[];
  selected: readonly T[];
  onChange: (selected: T[]) => void;
}

export function CheckList<T extends string | number>({ label, id, choices, selected, onChange }: CheckListProps<T>) {
  const labelId = `${id}-label`;
  const toggle = (value: T) =>
    onChange(selected.includes(value) ? selected.filter((v) => v !== value) : [...selected, value]);
  return (
    <View className='choice-list choice-list--grid'>
      <View className='choice-list__label' id={labelId}>
        {label}
      </View>
      <View className='choice-list__choices' {...a11y({ role: 'group', labelledBy: labelId })}>
        {choices.map((choice) => {
          const on = selected.includes(choice.value);
          return (
            <View
              key={String(choice.value)}
              className={on ? 'choice-list__cell choice-list__cell--on' : 'choice-list__cell'}
              onClick={() => toggle(choice.value)}
              {...a11y({ role: 'checkbox', checked: on })}
            >
              {on ? '✓ ' : ''}
              {choice.label}
            </View>
          );
        })}
      </View>
    </View>
  );
}
