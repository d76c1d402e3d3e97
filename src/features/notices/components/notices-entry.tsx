// The 支部通知 row on 首页 and 我的: the unread count in words ("3 条未读"); a tap opens the list. Signed out, there is
// nobody's count: the row says what signing in brings.
import { ListRow } from '../../../components/list-row';
import { useSession } from '../../../entities/session/use-session';
import { NOTICE_ROUTES, openNoticePage } from '../routes';
import { useNoticeUnread } from '../use-notice-unread';
import { UnreadBadge } from './unread-badge';

export function NoticesEntry() {
  const { signedIn } = useSession();
  const unread = useNoticeUnread(signedIn);
  return (
    <ListRow
      title='支部通知'
      description={signedIn ? '支部和上级发的通知都在这里。' : '登录后可以看到本支部的通知。'}
      status={signedIn ? <UnreadBadge unread={unread} /> : undefined}
      onClick={() => openNoticePage(NOTICE_ROUTES.list)}
    />
  );
}
