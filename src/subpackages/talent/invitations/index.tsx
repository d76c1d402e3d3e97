// 人才库邀请: what units ask of her, answered with a whole sentence (from 我的, or the invitation message).
import { PageFrame } from '../../../components/page-frame';
import { SessionGate } from '../../../entities/session/components/session-gate';
import { InvitationsView } from '../../../features/talent/components/invitations-view';

export default function TalentInvitationsPage() {
  return (
    <PageFrame title='人才库邀请'>
      <SessionGate reason='邀请是发给您本人的，登录以后才能看和答复。'>{() => <InvitationsView />}</SessionGate>
    </PageFrame>
  );
}
