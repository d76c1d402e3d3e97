// The frame of every screen: the text size (标准, 大字, 特大), the page title as a real heading, and the main landmark
// on H5.
import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import { a11y } from '../../lib/a11y';
import { textSizeClasses, useDisplayStore } from '../../lib/display-store';
import './index.scss';

interface PageFrameProps {
  title: string;
  children: ReactNode;
  /** Anything that floats over the page (toast): kept inside the frame so it scales with the text size. */
  overlay?: ReactNode;
}

export function PageFrame({ title, children, overlay }: PageFrameProps) {
  const textSize = useDisplayStore((s) => s.textSize);
  return (
    <View className={['page-frame', ...textSizeClasses(textSize)].join(' ')}>
      <View className='page-frame__main' {...a11y({ role: 'main' })}>
        <View className='page-frame__title' {...a11y({ role: 'heading', level: 1 })}>
          {title}
        </View>
        <View className='page-frame__body'>{children}</View>
        {overlay}
      </View>
    </View>
  );
}
