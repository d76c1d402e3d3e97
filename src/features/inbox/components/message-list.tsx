// A page of messages, newest first, and below the last page either 看更早的消息 or a sentence saying that was all.
import { View } from '@tarojs/components';
import type { InboxMessage } from '../../../../contracts/inbox';
import { BigButton } from '../../../components/big-button';
import { a11y } from '../../../lib/a11y';
import { MessageItem } from './message-item';

export interface MessageActions {
  isRead: (message: InboxMessage) => boolean;
  onOpen: (message: InboxMessage) => void;
  problemFor: (message: InboxMessage) => string | null;
}

export function MessageList({ messages, actions }: { messages: InboxMessage[]; actions: MessageActions }) {
  return (
    <View className='message-list' {...a11y({ role: 'list' })}>
      {messages.map((m) => (
        <MessageItem
          key={m.id}
          message={m}
          read={actions.isRead(m)}
          onOpen={actions.onOpen}
          problem={actions.problemFor(m)}
        />
      ))}
    </View>
  );
}

/** Below the last page shown: the way to older messages (a button, never endless scrolling), or the end. */
export function ListEnd({ next, onMore }: { next: number | null; onMore: (before: number) => void }) {
  if (next === null) return <View className='message-list__end'>以上就是您的全部消息。</View>;
  return <BigButton onClick={() => onMore(next)}>看更早的消息</BigButton>;
}
