// Pick one of a few things (语速, 定时停止, a book's collection …). No tiny radio dots: every choice is a big target
// (48 px, 60 px in 大字), the chosen one filled with a thick edge and ticked in words — never colour alone — and the
// whole is a radio group to screen readers.
// Two layouts: "rows", one full-width row per choice with a line of description and "✓ 已选" / "选这个" on the
// right; "grid", short choices two to a line (four side by side would be too narrow for 大字 on a small phone).
import { View } from '@tarojs/components';
import type { CSSProperties } from 'react';
import { a11y } from '../../lib/a11y';
import { ListRow } from '../list-row';
import './index.scss';

export interface Choice<T> {
  value: T;
  label: string;
  /** rows only: one line under the label, e.g. "12 本书". */
  description?: string;
}

interface ChoiceListProps<T extends string | number> {
  /** What is being chosen, e.g. "语速": a heading above the choices, and the group's name to screen readers. */
  label: string;
  /** False where a heading nearby already asks the question: the label is then only read out. */
  showLabel?: boolean;
  /** Names the heading, so the group can point at it (needed when the label is shown). */
  id?: string;
  choices: Choice<T>[];
  selected: T | null;
  onSelect: (value: T) => void;
  layout?: 'rows' | 'grid';
}

const longest = (choices: readonly Choice<string | number>[]) =>
  Math.max(0, ...choices.map((c) => [...c.label].length));

export function ChoiceList<T extends string | number>({
  label,
  showLabel = true,
  id,
  choices,
  selected,
  onSelect,
  layout = 'rows',
}: ChoiceListProps<T>) {
  const labelId = showLabel && id ? `${id}-label` : undefined;
  return (
    <View className={`choice-list choice-list--${layout}`}>
      {showLabel ? (
        <View className='choice-list__label' id={labelId}>
          {label}
        </View>
      ) : null}
      <View
        className='choice-list__choices'
        // The longest label and its "✓ " decide how narrow a column may be (index.scss).
        style={layout === 'grid' ? ({ '--choice-chars': String(longest(choices) + 1.5) } as CSSProperties) : undefined}
        {...a11y(labelId ? { role: 'radiogroup', labelledBy: labelId } : { role: 'radiogroup', label })}
      >
        {choices.map((choice) => {
          const on = choice.value === selected;
          return layout === 'rows' ? (
            <ListRow
              key={String(choice.value)}
              kind='radio'
              checked={on}
              title={choice.label}
              description={choice.description}
              status={on ? '✓ 已选' : '选这个'}
              onClick={() => onSelect(choice.value)}
            />
          ) : (
            <View
              key={String(choice.value)}
              className={on ? 'choice-list__cell choice-list__cell--on' : 'choice-list__cell'}
              onClick={() => onSelect(choice.value)}
              {...a11y({ role: 'radio', checked: on })}
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
