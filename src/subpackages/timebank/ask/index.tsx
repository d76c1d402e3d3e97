// 请人帮忙: for herself or an elder she acts for.
import { PageFrame } from '../../../components/page-frame';
import { SessionGate } from '../../../entities/session/components/session-gate';
import { AskHelp } from '../../../features/timebank/components/ask-form';

export default function TimebankAskPage() {
  return (
    <PageFrame title='请人帮忙'>
      <SessionGate reason='请人帮忙要先登录，好让来帮忙的人知道是谁请的。'>
        {(user) => <AskHelp user={user} />}
      </SessionGate>
    </PageFrame>
  );
}
