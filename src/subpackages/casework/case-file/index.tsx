// The A4 卷宗 of one case (?id=), to print for the 司法所.
import { useRouter } from '@tarojs/taro';
import { PageFrame } from '../../../components/page-frame';
import { StateView } from '../../../components/state-view';
import { SessionGate } from '../../../entities/session/components/session-gate';
import { CaseFileView } from '../../../features/casework/components/case-file-view';
import { idParam } from '../../../lib/routes';

export default function CaseworkCaseFilePage() {
  const id = idParam(useRouter().params.id);
  return (
    <PageFrame title='打印卷宗'>
      <SessionGate reason='打印卷宗要先登录。'>
        {() =>
          id === undefined ? (
            <StateView kind='error' message='没有找到这件纠纷。请从民情工作室的列表里打开。' />
          ) : (
            <CaseFileView caseId={id} />
          )
        }
      </SessionGate>
    </PageFrame>
  );
}
