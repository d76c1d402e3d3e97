// The 扫一扫 page's body for this platform; each platform's code is only in its own bundle.
import './scanner.scss';

const Body =
  process.env.TARO_ENV === 'h5'
    ? (require('./h5-scanner') as typeof import('./h5-scanner')).H5Scanner
    : (require('./weapp-scanner') as typeof import('./weapp-scanner')).WeappScanner;

export function ScannerView() {
  return <Body />;
}
