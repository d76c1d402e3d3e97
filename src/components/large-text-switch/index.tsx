// The text size switch (大字): 标准, 大字 or 特大 as three big choices, the chosen one ticked in words and filled,
// applied to every page at once and remembered on this device. One tap, no slider to drag.
import { View } from '@tarojs/components';
import { a11y } from '../../lib/a11y';
import { TEXT_SIZES, useDisplayStore, type TextSize } from '../../lib/display-store';
import './index.scss';

export const TEXT_SIZE_NAMES: Record<TextSize, string> = { normal: '标准', large: '大字', xlarge: '特大' };

interface LargeTextSwitchProps {
  /** Called after the switch, e.g. to save the choice to the person's account as well. */
  onChanged?: (size: TextSize) => void;
  /** Base of the element ids (a page may show the switch in two places). */
  id?: string;
  /** The question above the choices; false where a heading nearby already asks it. */
  title?: string | false;
  hint?: string;
}

export function LargeTextSwitch({ onChanged, id = 'text-size', title = '字的大小', hint }: LargeTextSwitchProps) {
  const textSize = useDisplayStore((s) => s.textSize);
  const setTextSize = useDisplayStore((s) => s.setTextSize);
  const titleId = `${id}-title`;

  const choose = (size: TextSize) => {
    setTextSize(size);
    onChanged?.(size);
  };

  return (
    <View className='large-text-switch'>
      {title ? (
        <View className='large-text-switch__title' id={titleId}>
          {title}
        </View>
      ) : null}
      {hint ? <View className='large-text-switch__hint'>{hint}</View> : null}
      <View
        className='large-text-switch__choices'
        {...a11y(title ? { role: 'radiogroup', labelledBy: titleId } : { role: 'radiogroup', label: '字的大小' })}
      >
        {TEXT_SIZES.map((size) => {
          const on = size === textSize;
          return (
            <View
              key={size}
              className={on ? 'large-text-switch__choice large-text-switch__choice--on' : 'large-text-switch__choice'}
              onClick={() => choose(size)}
              {...a11y({ role: 'radio', checked: on })}
            >
              {on ? '✓ ' : ''}
              {TEXT_SIZE_NAMES[size]}
            </View>
          );
        })}
      </View>
    </View>
  );
}
