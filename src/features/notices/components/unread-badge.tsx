// The unread count in words on a high-contrast label; zero is said quietly; not found out is said, never guessed.
import { View } from '@tarojs/components';
import { unreadWords } from '../notice-words';
import type { NoticeUnread } from '../use-notice-unread';
import './notices.scss';

export function UnreadBadge({ unread }: { unread: NoticeUnread }) {
  if (unread === 'unknown') return null;
  if (unread === 'failed') return <View className='notices-badge notices-badge--quiet'>暂时没查到</View>;
  return (
    <View className={unread > 0 ? 'notices-badge' : 'notices-badge notices-badge--quiet'}>{unreadWords(unread)}</View>
  );
}
