// 我的时间银行: her hours, the visits waiting for her "对，确认", who is coming, 请人帮忙.
import { PageFrame } from '../../../components/page-frame';
import { SessionGate } from '../../../entities/session/components/session-gate';
import { TimebankHome } from '../../../features/timebank/components/timebank-home';

export default function TimebankMinePage() {
  return (
    <PageFrame title='我的时间银行'>
      <SessionGate reason='时间银行记的是您自己的时间，登录以后才能看。'>
        {(user) => <TimebankHome user={user} />}
      </SessionGate>
    </PageFrame>
  );
}
