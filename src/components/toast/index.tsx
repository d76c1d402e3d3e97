// A calm confirmation in a full sentence. It stays long enough to read (≥ 3 s, longer for long text)
// and can be closed by hand; it never covers the page's buttons.
import { useEffect } from 'react';
import { View } from '@tarojs/components';
import { a11y } from '../../lib/a11y';
import './index.scss';

export const MIN_TOAST_MS = 4000;

/** Roughly a slow reader's pace: 4 s plus a quarter second per character. */
export function toastDuration(message: string): number {
  return Math.max(MIN_TOAST_MS, 4000 + message.length * 250);
}

interface ToastProps {
  message: string | null;
  onClose: () => void;
}

export function Toast({ message, onClose }: ToastProps) {
  useEffect(() => {
    if (!message) return undefined;
    const timer = setTimeout(onClose, toastDuration(message));
    return () => clearTimeout(timer);
  }, [message, onClose]);

  return (
    <View className='toast-region' {...a11y({ role: 'status', live: 'polite' })}>
      {message ? (
        <View className='toast'>
          <View className='toast__message'>{message}</View>
          <View className='toast__close' onClick={onClose} {...a11y({ role: 'button' })}>
            知道了
          </View>
        </View>
      ) : null}
    </View>
  );
}
