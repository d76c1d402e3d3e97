// 党员档案: one person's record (one's own from 我的, or a member's from the roster).
import { useRouter } from '@tarojs/taro';
import { PageFrame } from '../../../components/page-frame';
import { SessionGate } from '../../../entities/session/components/session-gate';
import { holdsScope } from '../../../entities/session/scopes';
import { PersonDetailView } from '../../../features/org/components/person-detail';
import { idParam } from '../../../lib/routes';

export default function PersonPage() {
  const { params } = useRouter();
  const id = idParam(params.id);
  return (
    <PageFrame title='党员档案'>
      <SessionGate reason='登录后才能看档案。'>
        {(user) => (
          <PersonDetailView personId={id ?? user.id} viewerId={user.id} admin={holdsScope(user, 'manageOrg')} />
        )}
      </SessionGate>
    </PageFrame>
  );
}
