// 确认服务 (?visit=): the one question and the one big button, 对，确认.
import { useRouter } from '@tarojs/taro';
import { PageFrame } from '../../../components/page-frame';
import { SessionGate } from '../../../entities/session/components/session-gate';
import { ConfirmScreen } from '../../../features/timebank/components/confirm-screen';
import { idParam } from '../../../lib/routes';

export default function TimebankConfirmPage() {
  const visitId = idParam(useRouter().params.visit);
  return (
    <PageFrame title='确认服务'>
      <SessionGate reason='确认服务要先登录，这样才知道是您本人或您的家人在确认。'>
        {() => <ConfirmScreen visitId={visitId} />}
      </SessionGate>
    </PageFrame>
  );
}
