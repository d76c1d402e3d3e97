// One dispute case (?id=): its parties in full, steps, 回访 and 结案.
import { useRouter } from '@tarojs/taro';
import { PageFrame } from '../../../components/page-frame';
import { StateView } from '../../../components/state-view';
import { SessionGate } from '../../../entities/session/components/session-gate';
import { CaseView } from '../../../features/casework/components/case-view';
import { idParam } from '../../../lib/routes';

export default function CaseworkCasePage() {
  const id = idParam(useRouter().params.id);
  return (
    <PageFrame title='矛盾纠纷'>
      <SessionGate reason='看纠纷的记录要先登录。'>
        {() =>
          id === undefined ? (
            <StateView kind='error' message='没有找到这件纠纷。请从民情工作室的列表里打开。' />
          ) : (
            <CaseView caseId={id} />
          )
        }
      </SessionGate>
    </PageFrame>
  );
}
