// The frame of every screen: the text size (标准, 大字, 特大), a way back on every page that is not a tab (decided
// from the page stack, so pages need not say), the page title as a real heading, and the main landmark on H5.
import { useState, type ReactNode } from 'react';
import { View } from '@tarojs/components';
import { a11y } from '../../lib/a11y';
import { textSizeClasses, useDisplayStore } from '../../lib/display-store';
import { currentWayBack } from '../../lib/way-back';
import { PlayingBar } from '../playing-bar';
import { TopBar } from './top-bar';
import './index.scss';

interface PageFrameProps {
  title: string;
  children: ReactNode;
  /** Anything that floats over the page (toast): kept inside the frame so it scales with the text size. */
  overlay?: ReactNode;
}

export function PageFrame({ title, children, overlay }: PageFrameProps) {
  const textSize = useDisplayStore((s) => s.textSize);
  // A page keeps its place in the stack while it lives, so the way back is read once, as it is first drawn.
  const [way] = useState(currentWayBack);
  return (
    <View className={['page-frame', ...textSizeClasses(textSize)].join(' ')}>
      <TopBar way={way} title={title} />
      <View className='page-frame__main' {...a11y({ role: 'main' })}>
        <View className='page-frame__title' {...a11y({ role: 'heading', level: 1 })}>
          {title}
        </View>
        <View className='page-frame__body'>{children}</View>
        {overlay}
      </View>
      {/* While a book is heard: "正在播放 · 暂停" at the foot of every page (src/components/playing-bar). */}
      <PlayingBar />
    </View>
  );
}
