// A scanned scene → what it is, by its type, through the resolver its domain registered (backend/scan). Unknown,
// altered, foreign or stale scenes get a plain sentence, never a stack. Signed scenes are checked, not consumed.
import { resolveQrInput, type QrcodeApi } from '../../../contracts/qrcode';
import { sceneResolvers } from '../registry';
import { resolveScene } from '../scene-resolvers';
import { action } from '../../runtime/define-function';

export const resolve = action(
  {
    access: 'public',
    input: resolveQrInput,
  },
  async function resolve({ scene }, { deps }): Promise<QrcodeApi['resolve']['output']> {
    return resolveScene(scene, sceneResolvers, deps);
  },
);
