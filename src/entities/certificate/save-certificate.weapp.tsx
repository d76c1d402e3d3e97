// 保存图片 in the mini-program: not offered. Saving to the photo album needs the album permission declared and asked
// for; until that is done properly, 发给家人 sends the certificate's check link and the web version saves a picture.
import type { CertificateSheetFacts } from '../../../contracts/certificates';
import type { CertificateLines } from './certificate-lines';

export function SaveCertificate(_props: { cert: CertificateSheetFacts; lines: CertificateLines }) {
  return null;
}
