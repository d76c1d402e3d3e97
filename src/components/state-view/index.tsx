// Loading, empty and error states: say in full sentences what happened and what to do next.
import { View } from '@tarojs/components';
import { a11y } from '../../lib/a11y';
import { BigButton } from '../big-button';
import './index.scss';

type StateViewProps =
  | { kind: 'loading'; message?: string }
  | { kind: 'empty'; title: string; message: string; actionLabel?: string; onAction?: () => void }
  /** `onRetry` absent: trying again cannot help (a refusal), so no 再试一次 is offered; the message names the next step. */
  | { kind: 'error'; title?: string; message: string; onRetry?: () => void; retryLabel?: string };

export function StateView(props: StateViewProps) {
  if (props.kind === 'loading') {
    return (
      <View className='state-view state-view--loading' {...a11y({ role: 'status', live: 'polite' })}>
        <View className='state-view__message'>{props.message ?? '正在加载，请稍等。'}</View>
      </View>
    );
  }
  if (props.kind === 'empty') {
    return (
      <View className='state-view state-view--empty'>
        <View className='state-view__title'>{props.title}</View>
        <View className='state-view__message'>{props.message}</View>
        {props.actionLabel && props.onAction ? (
          <BigButton variant='secondary' onClick={props.onAction}>
            {props.actionLabel}
          </BigButton>
        ) : null}
      </View>
    );
  }
  return (
    <View className='state-view state-view--error' {...a11y({ role: 'alert' })}>
      <View className='state-view__title'>{props.title ?? '没有办成'}</View>
      <View className='state-view__message'>{props.message}</View>
      {props.onRetry ? (
        <BigButton variant='secondary' onClick={props.onRetry}>
          {props.retryLabel ?? '再试一次'}
        </BigButton>
      ) : null}
    </View>
  );
}
