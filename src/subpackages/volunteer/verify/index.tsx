// 核验志愿服务证明: the public page a certificate's QR code opens; no sign-in needed.
import { useRouter } from '@tarojs/taro';
import { readCertificateScene, type CertificateRef } from '../../../../contracts/certificate-scene';
import { PageFrame } from '../../../components/page-frame';
import { StateView } from '../../../components/state-view';
import { VerifyView } from '../../../features/volunteer/components/verify-view';
import { leavePage, TAB_ROUTES } from '../../../lib/routes';

/** The certificate to check: `no` and `sig` from the H5 link, or the scene of the mini-program code WeChat opened. */
function certificateOf(params: Partial<Record<string, string>>): CertificateRef | null {
  if (params.no && params.sig) return { number: decodeURIComponent(params.no), sig: decodeURIComponent(params.sig) };
  return params.scene ? readCertificateScene(decodeURIComponent(params.scene)) : null;
}

export default function VerifyPage() {
  const certificate = certificateOf(useRouter().params);
  return (
    <PageFrame title='核验志愿服务证明'>
      {certificate ? (
        <VerifyView number={certificate.number} sig={certificate.sig} />
      ) : (
        <StateView
          kind='empty'
          title='没有要核验的证明'
          message='请用手机扫证明右下角的二维码，就会打开这一页并显示核验结果。'
          actionLabel='回到首页'
          onAction={() => leavePage(TAB_ROUTES.home)}
        />
      )}
    </PageFrame>
  );
}
