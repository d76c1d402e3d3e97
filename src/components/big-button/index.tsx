// A large, plainly labelled button. Use one `primary` per screen; everything else is `secondary`.
import type { ReactNode } from 'react';
import { Button, View } from '@tarojs/components';
import { a11y } from '../../lib/a11y';
import './index.scss';

interface BigButtonProps {
  children: string;
  onClick: () => void;
  variant?: 'primary' | 'secondary';
  disabled?: boolean;
  /** While true the button says `busyLabel` and ignores taps, so a shaky double tap cannot send twice. */
  busy?: boolean;
  busyLabel?: string;
  /** A small picture shown beside (never instead of) the words. */
  icon?: ReactNode;
}

export function BigButton({
  children,
  onClick,
  variant = 'secondary',
  disabled = false,
  busy = false,
  busyLabel = '请稍等…',
  icon,
}: BigButtonProps) {
  const inactive = disabled || busy;
  const handleClick = () => {
    if (!inactive) onClick();
  };
  const className = ['big-button', `big-button--${variant}`, inactive ? 'big-button--inactive' : '']
    .filter(Boolean)
    .join(' ');
  return (
    // Taro H5 writes disabled="false" as an attribute, which its own CSS treats as disabled: omit it instead.
    <Button
      className={className}
      disabled={inactive ? true : undefined}
      onClick={handleClick}
      {...a11y({ role: 'button', disabled: inactive })}
    >
      <View className='big-button__content'>
        {icon ? (
          <View className='big-button__icon' {...a11y({ hidden: true })}>
            {icon}
          </View>
        ) : null}
        <View className='big-button__label'>{busy ? busyLabel : children}</View>
      </View>
    </Button>
  );
}
