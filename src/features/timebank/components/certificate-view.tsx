// 服务时间证明: choose a period and issue, or (with its number) the A4 sheet to print: her name, the visits and the
// hours she earned by helping (confirmed by the elders or their families), what she helped with, the issuer, the
// number and check code, and the QR code of the public verify page (entities/certificate: every kind's).
import { CertificateScreen } from '../../../entities/certificate/certificate-sheet';
import { IssueCertificateForm } from '../../../entities/certificate/issue-certificate';
import { RemoteView } from '../../../entities/remote/remote-view';
import { useRemote } from '../../../entities/remote/use-remote';
import { getCertificate } from '../api/get-certificate';
import { issueCertificate } from '../api/issue-certificate';
import { certificateLines } from '../certificate-lines';
import { openTimebankPage } from '../routes';

export function IssueTimeCertificate() {
  return (
    <IssueCertificateForm
      note='证明写明您帮助别的老人、经老人或家人确认的服务时间，不算别人送给您的时间。证明上有二维码，别人扫码就能核验真假。'
      issue={issueCertificate}
      then={(cert) => openTimebankPage('certificate', { no: cert.number })}
    />
  );
}

export function TimeCertificateSheetView({ number }: { number: string }) {
  const remote = useRemote(() => getCertificate(number), [number]);
  return (
    <RemoteView remote={remote} loading='正在读取证明，请稍等。' failed='没能读取证明'>
      {(cert) => (
        <CertificateScreen
          cert={cert}
          lines={certificateLines(cert)}
          printWhere='我的 → 我的时间银行 → 开具服务时间证明'
        />
      )}
    </RemoteView>
  );
}
