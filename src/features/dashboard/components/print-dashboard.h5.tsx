// H5: the browser's own print dialog; dashboard.scss lays the cards out on A4 without the buttons.
import { BigButton } from '../../../components/big-button';

export function PrintDashboard() {
  return (
    <BigButton variant='secondary' onClick={() => window.print()}>
      打印（A4纸）
    </BigButton>
  );
}
