// qrcode.resolve: a scanned scene → what it is (a tagged union by `type`), checked but never used up.
import type { QrcodeApi } from '../../../../contracts/qrcode';
import { callApi } from '../../../lib/api-client';

export function resolveScene(scene: string): Promise<QrcodeApi['resolve']['output']> {
  return callApi('qrcode', 'resolve', { scene });
}
