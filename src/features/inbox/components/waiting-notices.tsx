// The notices addressed to her that still wait for her, above her messages in 我的消息: each with 重要 / 未读 /
// 请按收到 in words and what a tap does. A tap opens the notice, where reading and 收到 are recorded.
import { View } from '@tarojs/components';
import type { InboxNotice } from '../../../../contracts/inbox';
import { ErrorNote } from '../../../components/error-note';
import { sinceWords } from '../../../entities/time/calendar';
import { a11y } from '../../../lib/a11y';
import { waitingNoticeAction, waitingNoticeLabels, waitingNoticesSentence } from '../message-words';

interface WaitingNoticesProps {
  notices: InboxNotice[];
  onOpen: (notice: InboxNotice) => void;
  problemFor: (notice: InboxNotice) => string | null;
}

export function WaitingNotices({ notices, onOpen, problemFor }: WaitingNoticesProps) {
  if (notices.length === 0) return null;
  const sentence = waitingNoticesSentence(notices);
  return (
    <View className='waiting-notices'>
      {sentence ? <View className='waiting-notices__sentence'>{sentence}</View> : null}
      <View className='message-list' {...a11y({ role: 'list' })}>
        {notices.map((n) => {
          const problem = problemFor(n);
          return (
            <View key={n.id} className='message-item' {...a11y({ role: 'listitem' })}>
              <View
                className={n.read ? 'waiting-notice' : 'waiting-notice waiting-notice--unread'}
                onClick={() => onOpen(n)}
                {...a11y({ role: 'link' })}
              >
                <View className='message__head'>
                  {waitingNoticeLabels(n).map((label) => (
                    <View key={label} className='waiting-notice__label'>
                      {label}
                    </View>
                  ))}
                  <View className='message__time'>{sinceWords(n.publishedAt)}</View>
                </View>
                {/* Plain text: React escapes it, so a title with <script> shows as those characters. */}
                <View className='message__text'>{`通知：${n.title}`}</View>
                <View className='message__action'>
                  {waitingNoticeAction(n)}
                  <View className='message__chevron' {...a11y({ hidden: true })}>
                    ›
                  </View>
                </View>
              </View>
              {problem ? <ErrorNote>{problem}</ErrorNote> : null}
            </View>
          );
        })}
      </View>
    </View>
  );
}
