// 志愿服务证明: choose a period and issue, or (with its number) the A4 sheet to print: name and volunteer number,
// hours and what was served where, the issuing organisation with its person in charge and contact, the number, the
// check code, the date, and the QR code of the public verify page (entities/certificate: every kind's).
import { IssueCertificateForm } from '../../../entities/certificate/issue-certificate';
import { CertificateScreen } from '../../../entities/certificate/certificate-sheet';
import { useRemote } from '../../../entities/remote/use-remote';
import { RemoteView } from '../../../entities/remote/remote-view';
import { getCertificate } from '../api/get-certificate';
import { issueCertificate } from '../api/issue-certificate';
import { certificateLines } from '../certificate-lines';
import { openVolunteerPage } from '../routes';

export function IssueCertificate() {
  return (
    <IssueCertificateForm
      note='证明按服务记录开具，写明服务时长和服务内容，带一个二维码，别人扫码就能核验真假。'
      issue={issueCertificate}
      then={(cert) => openVolunteerPage('certificate', { no: cert.number })}
    />
  );
}

export function CertificateSheetView({ number }: { number: string }) {
  const remote = useRemote(() => getCertificate(number), [number]);
  return (
    <RemoteView remote={remote} loading='正在读取证明，请稍等。' failed='没能读取证明'>
      {(cert) => <CertificateScreen cert={cert} lines={certificateLines(cert)} printWhere='志愿 → 开具志愿服务证明' />}
    </RemoteView>
  );
}
