// One message: 未读 in words (not only a colour), the sentence, when it came, and what a tap does, said in words.
import { View } from '@tarojs/components';
import type { InboxMessage } from '../../../../contracts/inbox';
import { ErrorNote } from '../../../components/error-note';
import { sinceWords } from '../../../entities/time/calendar';
import { a11y } from '../../../lib/a11y';

interface MessageItemProps {
  message: InboxMessage;
  read: boolean;
  onOpen: (message: InboxMessage) => void;
  /** Why the page it links to did not open, when it did not. */
  problem: string | null;
}

export function MessageItem({ message, read, onOpen, problem }: MessageItemProps) {
  const { link } = message;
  // A message without a link has nothing to open: once read, there is nothing left to tap.
  const tappable = link !== null || !read;
  const className = ['message', read ? 'message--read' : 'message--unread', tappable && 'message--tappable']
    .filter(Boolean)
    .join(' ');
  return (
    <View className='message-item' {...a11y({ role: 'listitem' })}>
      <View
        className={className}
        onClick={tappable ? () => onOpen(message) : undefined}
        {...(tappable ? a11y({ role: link ? 'link' : 'button' }) : {})}
      >
        <View className='message__head'>
          {read ? null : <View className='message__unread'>未读</View>}
          <View className='message__time'>{sinceWords(message.createdAt)}</View>
        </View>
        <View className='message__text'>{message.text}</View>
        {tappable ? (
          <View className='message__action'>
            {link ? '点这里查看' : '点这里标为已读'}
            {link ? (
              <View className='message__chevron' {...a11y({ hidden: true })}>
                ›
              </View>
            ) : null}
          </View>
        ) : null}
      </View>
      {problem ? <ErrorNote>{problem}</ErrorNote> : null}
    </View>
  );
}
