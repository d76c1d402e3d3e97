// 待接收的转接: members other branches send to the caller's branch.
import { PageFrame } from '../../../components/page-frame';
import { SessionGate } from '../../../entities/session/components/session-gate';
import { TransfersView } from '../../../features/org/components/transfers-view';

export default function TransfersPage() {
  return (
    <PageFrame title='待接收的转接'>
      <SessionGate
        reason='接收转入的党员要先登录。'
        only={{ scope: 'manageBranch', title: '这里只给支部书记和管理员用', message: '转入的党员由支部书记接收。' }}
      >
        {() => <TransfersView />}
      </SessionGate>
    </PageFrame>
  );
}
