// One tappable line in a list: what it is, an optional one-line explanation, and a status in words on the right.
import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import { a11y } from '../../lib/a11y';
import './index.scss';

interface ListRowProps {
  title: string;
  description?: string;
  /** Status words shown on the right, e.g. "3 条未读". Never only a dot or a colour. */
  status?: ReactNode;
  onClick?: () => void;
  /** "link" for rows that open another screen, "button" for rows that do something here. */
  kind?: 'link' | 'button';
}

export function ListRow({ title, description, status, onClick, kind = 'link' }: ListRowProps) {
  const tappable = onClick !== undefined;
  return (
    <View
      className={tappable ? 'list-row list-row--tappable' : 'list-row'}
      onClick={onClick}
      {...(tappable ? a11y({ role: kind }) : {})}
    >
      <View className='list-row__text'>
        <View className='list-row__title'>{title}</View>
        {description ? <View className='list-row__description'>{description}</View> : null}
      </View>
      {status ? <View className='list-row__status'>{status}</View> : null}
      {tappable && kind === 'link' ? (
        <View className='list-row__chevron' {...a11y({ hidden: true })}>
          ›
        </View>
      ) : null}
    </View>
  );
}
