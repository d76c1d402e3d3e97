// 我的人才档案: her profile and her consent (from 我的, or the renewal message).
import { PageFrame } from '../../../components/page-frame';
import { SessionGate } from '../../../entities/session/components/session-gate';
import { ProfileView } from '../../../features/talent/components/profile-view';

export default function TalentProfilePage() {
  return (
    <PageFrame title='我的人才档案'>
      <SessionGate reason='人才档案是您自己的，登录以后才能看和填写。'>{() => <ProfileView />}</SessionGate>
    </PageFrame>
  );
}
