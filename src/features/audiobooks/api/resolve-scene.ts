// qrcode.resolve: a scanned scene → the book (and chapter) it opens.
import type { QrcodeApi } from '../../../../contracts/qrcode';
import { callApi } from '../../../lib/api-client';

export function resolveScene(scene: string): Promise<QrcodeApi['resolve']['output']> {
  return callApi('qrcode', 'resolve', { scene });
}
