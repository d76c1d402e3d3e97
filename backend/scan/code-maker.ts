// What qrcode.create hands a domain's code maker (<d>/scenes/make-code.ts, named by its manifest's `makesCodes`):
// the caller's context; each maker draws through the one way to make a code, storeScanCode (./qr-image.ts).
import type { QrCode, QrType } from '../../contracts/qrcode';
import { SCOPES, type Role } from '../../contracts/roles';
import type { ContextFor } from '../runtime/define-function';

export const INVITERS = SCOPES.manageBranch;
/** Who may ask for a code at all; each maker then checks the thing itself. */
export const QR_MAKERS: readonly Role[] = [...new Set<Role>([...SCOPES.printPosters, ...INVITERS, 'post_manager'])];

export type QrContext = ContextFor<{ roles: typeof QR_MAKERS }>;

/**
 * Makes the code for one thing of the domain. `audited` is false only when a resend asks for an invitation's code
 * again (its first answer was audited; the code itself is never stored).
 */
export type CodeMaker = (
  request: { type: QrType; id: number },
  ctx: QrContext,
  options: { audited: boolean },
) => Promise<QrCode>;
