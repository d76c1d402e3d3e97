// 核验证明: the public page every certificate's QR code opens (志愿服务证明 and 服务时间证明: the number says which),
// or where its number and check code are typed in; no sign-in needed.
import { useRouter } from '@tarojs/taro';
import {
  CERTIFICATE_KIND_FACTS,
  certificateKindOf,
  readCertificateScene,
  type CertificateRef,
} from '../../../../contracts/certificate-scene';
import { PageFrame } from '../../../components/page-frame';
import { VerifyByTyping } from '../../../entities/certificate/verify-by-typing';
import { VerifyView } from '../../../entities/certificate/verify-view';

/** The certificate to check: `no` and `sig` from the H5 link, or the scene of the mini-program code WeChat opened. */
function certificateOf(params: Partial<Record<string, string>>): CertificateRef | null {
  if (params.no && params.sig) return { number: decodeURIComponent(params.no), sig: decodeURIComponent(params.sig) };
  return params.scene ? readCertificateScene(decodeURIComponent(params.scene)) : null;
}

export default function VerifyPage() {
  const certificate = certificateOf(useRouter().params);
  const kind = certificate ? certificateKindOf(certificate.number) : null;
  return (
    <PageFrame title={kind ? `核验${CERTIFICATE_KIND_FACTS[kind].title}` : '核验证明'}>
      {certificate ? <VerifyView number={certificate.number} sig={certificate.sig} /> : <VerifyByTyping />}
    </PageFrame>
  );
}
