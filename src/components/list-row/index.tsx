// One tappable line in a list: what it is, an optional one-line explanation, and a status in words on the right.
// Also one choice of a few (kind "radio"): the chosen row is filled with a thicker edge — its status says so in words.
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
  /** "link" for rows that open another screen, "button" for rows that do something here, "radio" for one choice of a few. */
  kind?: 'link' | 'button' | 'radio';
  /** kind "radio" only: whether this row is the chosen one. */
  checked?: boolean;
}

export function ListRow({ title, description, status, onClick, kind = 'link', checked = false }: ListRowProps) {
  const tappable = onClick !== undefined;
  const choice = kind === 'radio';
  const className = [
    'list-row',
    tappable && 'list-row--tappable',
    choice && 'list-row--choice',
    choice && checked && 'list-row--checked',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <View
      className={className}
      onClick={onClick}
      {...(tappable ? a11y({ role: kind, ...(choice ? { checked } : {}) }) : {})}
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
