// The 大字 mode switch: one big row, its state said in words ("已打开"/"已关闭"), remembered on this device.
import { View } from '@tarojs/components';
import { a11y } from '../../lib/a11y';
import { useDisplayStore } from '../../lib/display-store';
import './index.scss';

interface LargeTextSwitchProps {
  /** Called after the local switch, e.g. to save the choice to the person's account as well. */
  onChanged?: (largeText: boolean) => void;
}

export function LargeTextSwitch({ onChanged }: LargeTextSwitchProps) {
  const largeText = useDisplayStore((s) => s.largeText);
  const setLargeText = useDisplayStore((s) => s.setLargeText);

  const toggle = () => {
    const next = !largeText;
    setLargeText(next);
    onChanged?.(next);
  };

  return (
    <View
      className={largeText ? 'large-text-switch large-text-switch--on' : 'large-text-switch'}
      onClick={toggle}
      {...a11y({ role: 'switch', checked: largeText, label: '大字模式' })}
    >
      <View className='large-text-switch__text'>
        <View className='large-text-switch__title'>大字模式</View>
        <View className='large-text-switch__hint'>打开后，所有页面的字和按钮都会变大。</View>
      </View>
      <View className='large-text-switch__state'>
        <View className='large-text-switch__track' {...a11y({ hidden: true })}>
          <View className='large-text-switch__thumb' />
        </View>
        <View className='large-text-switch__word'>{largeText ? '已打开' : '已关闭'}</View>
      </View>
    </View>
  );
}
