// 时间银行管理: the secretary's queue, the coverage figure with its trend, the pool, and (admin) the ledger check.
import { PageFrame } from '../../../components/page-frame';
import { SessionGate } from '../../../entities/session/components/session-gate';
import { BranchView } from '../../../features/timebank/components/branch-view';

export default function TimebankBranchPage() {
  return (
    <PageFrame title='时间银行管理'>
      <SessionGate
        reason='时间银行管理是给支部书记用的，请先登录。'
        only={{
          scope: 'manageBranch',
          title: '这里是给支部书记用的',
          message: '要请人帮忙或确认服务，请回到“我的时间银行”。有问题可以问您的支部书记。',
        }}
      >
        {(user) => <BranchView user={user} />}
      </SessionGate>
    </PageFrame>
  );
}
