// 志愿服务证明: choose a period and issue; with ?no= the printable A4 sheet.
import { useRouter } from '@tarojs/taro';
import { PageFrame } from '../../../components/page-frame';
import { SessionGate } from '../../../entities/session/components/session-gate';
import { CertificateSheetView, IssueCertificate } from '../../../features/volunteer/components/certificate-view';

export default function CertificatePage() {
  const no = useRouter().params.no;
  const number = no ? decodeURIComponent(no) : null;
  return (
    <PageFrame title='志愿服务证明'>
      <SessionGate reason='证明按您本人的服务记录开具，登录以后才能开。'>
        {() => (number ? <CertificateSheetView number={number} /> : <IssueCertificate />)}
      </SessionGate>
    </PageFrame>
  );
}
