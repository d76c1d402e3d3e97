// What a certificate's printed code resolves to, for every kind. Apart from issuing (certificates.ts): the scan
// dispatch puts every domain's resolver in every function's bundle, and this must not bring the code drawing with
// it (scripts/openapi-permissions.mjs grants wxacode.getUnlimited to a bundle whose modules name the drawing
// capability of deps, so this file must not even name it).
import type { CertificateScene } from '../../contracts/qrcode';
import { certificateSignature } from '../rules/certificates';
import { AppError } from '../runtime/app-error';
import type { Deps } from '../runtime/deps';

/**
 * What a certificate's printed code (its sealed scene, whose signature the scan dispatch already checked) resolves
 * to: the number and the verify page's signature, so the scan page shows that page's verdict. `cert` is the row the
 * scene's id names in the kind's table, or undefined when it names none.
 */
export function certificateSceneAnswer<T extends 'certificate' | 'timebankCertificate'>(
  type: T,
  cert: { id: number; number: string } | undefined,
  deps: Pick<Deps, 'sceneKey'>,
): CertificateScene<T> {
  if (!cert) throw new AppError('NOT_FOUND', '没有查到这份证明，它可能是伪造的。');
  return {
    type,
    available: true,
    id: cert.id,
    number: cert.number,
    sig: certificateSignature(cert.number, deps.sceneKey),
  };
}
