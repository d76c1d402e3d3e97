// 扫一扫: scan one of our QR codes (camera, or a photo of it) and open it; `for` says where it was opened from.
import { useRouter } from '@tarojs/taro';
import { PageFrame } from '../../components/page-frame';
import { ScannerView } from '../../features/scanner/components/scanner-view';
import { scanPurposeOf } from '../../features/scanner/routes';

export default function ScannerPage() {
  const purpose = scanPurposeOf(useRouter().params.for);
  return (
    <PageFrame title='扫一扫'>
      <ScannerView purpose={purpose} />
    </PageFrame>
  );
}
