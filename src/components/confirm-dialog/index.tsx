// Asks "are you sure?" — only after the person pressed something that needs it (e.g. 退出登录). Never on its own.
import { View } from '@tarojs/components';
import { a11y } from '../../lib/a11y';
import { BigButton } from '../big-button';
import './index.scss';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  message: string;
  confirmLabel: string;
  cancelLabel?: string;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDialog({
  open,
  title,
  message,
  confirmLabel,
  cancelLabel = '不用了，返回',
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  if (!open) return null;
  return (
    <View className='confirm-dialog'>
      <View className='confirm-dialog__backdrop' />
      <View
        className='confirm-dialog__panel'
        {...a11y({
          role: 'dialog',
          modal: true,
          labelledBy: 'confirm-dialog-title',
          describedBy: 'confirm-dialog-message',
        })}
      >
        <View id='confirm-dialog-title' className='confirm-dialog__title' {...a11y({ role: 'heading', level: 2 })}>
          {title}
        </View>
        <View id='confirm-dialog-message' className='confirm-dialog__message'>
          {message}
        </View>
        <View className='confirm-dialog__actions'>
          <BigButton variant='primary' onClick={onConfirm}>
            {confirmLabel}
          </BigButton>
          <BigButton variant='secondary' onClick={onCancel}>
            {cancelLabel}
          </BigButton>
        </View>
      </View>
    </View>
  );
}
