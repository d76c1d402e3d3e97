// 我能帮忙: the helper's screen; 扫老人的卡 opens the scanner (its own feature, handed in here).
import { PageFrame } from '../../../components/page-frame';
import { SessionGate } from '../../../entities/session/components/session-gate';
import { startScan } from '../../../features/scanner/start-scan';
import { HelpView } from '../../../features/timebank/components/help-view';

export default function TimebankHelpPage() {
  return (
    <PageFrame title='我能帮忙'>
      <SessionGate reason='帮忙的时间记在您的名下，登录以后才能接请求。'>
        {(user) => <HelpView user={user} onScan={() => startScan('timebank')} />}
      </SessionGate>
    </PageFrame>
  );
}
