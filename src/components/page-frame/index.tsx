// The frame of every screen: 大字 scaling, the page title as a real heading, and the main landmark on H5.
import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import { a11y } from '../../lib/a11y';
import { LARGE_TEXT_CLASS, useDisplayStore } from '../../lib/display-store';
import './index.scss';

interface PageFrameProps {
  title: string;
  children: ReactNode;
  /** Anything that floats over the page (toast): kept inside the frame so it scales with 大字 mode. */
  overlay?: ReactNode;
}

export function PageFrame({ title, children, overlay }: PageFrameProps) {
  const largeText = useDisplayStore((s) => s.largeText);
  return (
    <View className={largeText ? `page-frame ${LARGE_TEXT_CLASS}` : 'page-frame'}>
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
