// 登记来访, and a dispute made a case in one step.
import { PageFrame } from '../../../components/page-frame';
import { SessionGate } from '../../../entities/session/components/session-gate';
import { VisitView } from '../../../features/casework/components/visit-form';

export default function CaseworkVisitPage() {
  return (
    <PageFrame title='登记来访'>
      <SessionGate reason='登记来访要先登录。'>{() => <VisitView />}</SessionGate>
    </PageFrame>
  );
}
