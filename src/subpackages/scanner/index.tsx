// 扫一扫: scan a book's QR code (camera, or a photo of it) and open it.
import { PageFrame } from '../../components/page-frame';
import { ScannerView } from '../../features/scanner/components/scanner-view';

export default function ScannerPage() {
  return (
    <PageFrame title='扫一扫'>
      <ScannerView />
    </PageFrame>
  );
}
