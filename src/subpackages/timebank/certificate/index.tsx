// 服务时间证明: choose a period and issue; with ?no= the printable A4 sheet.
import { useRouter } from '@tarojs/taro';
import { PageFrame } from '../../../components/page-frame';
import { SessionGate } from '../../../entities/session/components/session-gate';
import { IssueTimeCertificate, TimeCertificateSheetView } from '../../../features/timebank/components/certificate-view';

export default function TimebankCertificatePage() {
  const no = useRouter().params.no;
  const number = no ? decodeURIComponent(no) : null;
  return (
    <PageFrame title='服务时间证明'>
      <SessionGate reason='证明按您本人在时间银行的服务时间开具，登录以后才能开。'>
        {() => (number ? <TimeCertificateSheetView number={number} /> : <IssueTimeCertificate />)}
      </SessionGate>
    </PageFrame>
  );
}
