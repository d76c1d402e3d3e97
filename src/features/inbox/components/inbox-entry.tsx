// The 我的消息 row placed on 首页 and 我的: the unread count in words ("3 条新消息"), and a tap opens 我的消息.
// Signed out, there is nobody's count to show, so the row is not drawn.
import { View } from '@tarojs/components';
import { ListRow } from '../../../components/list-row';
import { useSession } from '../../../entities/session/use-session';
import { newMessagesWords } from '../message-words';
import { openInbox } from '../routes';
import { useUnreadCount, type UnreadCount } from '../use-unread-count';
import './inbox.scss';

export function InboxEntry() {
  const { signedIn } = useSession();
  const unread = useUnreadCount(signedIn);
  if (!signedIn) return null;
  return (
    <ListRow
      title='我的消息'
      description='活动和通知的提醒。'
      status={<UnreadBadge unread={unread} />}
      onClick={openInbox}
    />
  );
}

function UnreadBadge({ unread }: { unread: UnreadCount }) {
  // Not known yet: say nothing rather than guess; not found out: say so instead of a number.
  if (unread === 'unknown') return null;
  if (unread === 'failed') return <View className='inbox-badge inbox-badge--quiet'>暂时没查到</View>;
  return (
    <View className={unread > 0 ? 'inbox-badge' : 'inbox-badge inbox-badge--quiet'}>{newMessagesWords(unread)}</View>
  );
}
