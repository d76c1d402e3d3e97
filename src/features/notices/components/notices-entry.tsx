// The 首页 row that opens the branch notices, with the unread count in words ("3 条未读"), or 即将开通 until they open.
import { ListRow } from '../../../components/list-row';
import { openPage, PAGE_ROUTES } from '../../../lib/routes';
import { useNoticesStore } from '../store';
import { UnreadBadge } from './unread-badge';

export function NoticesEntry({ signedIn }: { signedIn: boolean }) {
  const unreadCount = useNoticesStore((s) => s.unreadCount);
  return (
    <ListRow
      title='支部通知'
      description={signedIn ? '支部书记发的通知都在这里。' : '登录后可以看到本支部的通知。'}
      // No count known means the notices have not opened yet: say so before the tap. Logged out, a count would be
      // about nobody: show none.
      status={unreadCount === null ? '即将开通' : signedIn ? <UnreadBadge count={unreadCount} /> : undefined}
      onClick={() => openPage(PAGE_ROUTES.notices)}
    />
  );
}
