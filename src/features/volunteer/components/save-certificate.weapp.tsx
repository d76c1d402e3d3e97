// 保存图片 in the mini-program: not offered. Saving to the photo album needs the album permission declared and asked
// for; until that is done properly, 发给家人 sends the certificate's check link and the web version saves a picture.
import type { CertificateView } from '../../../../contracts/volunteer';

export function SaveCertificate(_props: { cert: CertificateView }) {
  return null;
}
