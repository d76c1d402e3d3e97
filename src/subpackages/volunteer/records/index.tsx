// 我的服务记录: the volunteer's own records with their status, and 申请更正.
import { PageFrame } from '../../../components/page-frame';
import { SessionGate } from '../../../entities/session/components/session-gate';
import { RecordsView } from '../../../features/volunteer/components/records-view';

export default function RecordsPage() {
  return (
    <PageFrame title='我的服务记录'>
      <SessionGate reason='服务记录是您自己的，登录以后才能看。'>{() => <RecordsView />}</SessionGate>
    </PageFrame>
  );
}
