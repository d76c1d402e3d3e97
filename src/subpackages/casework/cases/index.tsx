// 矛盾纠纷: the open cases of the caller's studios with the 20/30-day flags; 登记来访 for the staff on duty.
import { PageFrame } from '../../../components/page-frame';
import { SessionGate } from '../../../entities/session/components/session-gate';
import { CasesView } from '../../../features/casework/components/cases-view';

export default function CaseworkCasesPage() {
  return (
    <PageFrame title='民情工作室'>
      <SessionGate reason='民情工作室的记录要先登录才能看。'>{() => <CasesView />}</SessionGate>
    </PageFrame>
  );
}
