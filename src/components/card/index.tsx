// A plain white block with an optional section heading; groups related lines on a screen.
import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import { a11y } from '../../lib/a11y';
import './index.scss';

interface CardProps {
  title?: string;
  children: ReactNode;
}

export function Card({ title, children }: CardProps) {
  return (
    <View className='card'>
      {title ? (
        <View className='card__title' {...a11y({ role: 'heading', level: 2 })}>
          {title}
        </View>
      ) : null}
      <View className='card__body'>{children}</View>
    </View>
  );
}
