// The landing page of every book and chapter QR code (H5: /s?scene=…; WeChat: this page with ?scene=…).
import { PageFrame } from '../../components/page-frame';
import { ScanLanding } from '../../features/audiobooks/components/scan/scan-landing';
import { useScanTarget } from '../../features/audiobooks/scan/use-scan-target';
import { openTab, TAB_ROUTES } from '../../lib/routes';

export default function ScanPage() {
  const { target, retry } = useScanTarget();
  return (
    <PageFrame title='扫码听书'>
      <ScanLanding target={target} onRetry={retry} onHome={() => openTab(TAB_ROUTES.home)} />
    </PageFrame>
  );
}
