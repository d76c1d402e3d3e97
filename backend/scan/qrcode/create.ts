// A QR code for something scannable, made by the domain that owns its type (its manifest's `makesCodes`, its
// scenes/make-code.ts). Only those who print posters, invite members or manage posts may ask (each new code spends
// WeChat's wxacode quota); each maker checks the thing itself, and each new code is audited.
// An invitation's code is a credential like the typed code: a resend answers it again from which invitation it was.
import type { QrType } from '../../../contracts/qrcode';
import { createQrInput, type QrCode } from '../../../contracts/qrcode';
import { DOMAINS } from '../../domains/index';
import { action } from '../../runtime/define-function';
import { QR_MAKERS, type CodeMaker } from '../code-maker';

/** What a resend may see again: a code as it was; of an invitation's, only which one it was. */
type Kept = QrCode | { type: 'invitation'; id: number };

/**
 * The maker of a QR type, from the domain whose manifest lists it. Found by the folder's convention rather than
 * imported by the manifest, so that only this function's bundle carries the makers (and their wxacode calls).
 */
function makerOf(type: QrType): CodeMaker {
  const domain = DOMAINS.find((d) => 'makesCodes' in d && (d.makesCodes as readonly QrType[]).includes(type));
  if (!domain) throw new Error(`no domain makes QR codes of type ${type}: list it in a manifest's makesCodes`);
  return (require(`../../domains/${domain.name}/scenes/make-code.ts`) as { makeCode: CodeMaker }).makeCode;
}

export const create = action(
  {
    access: { roles: QR_MAKERS },
    input: createQrInput,
    limit: { points: 30, seconds: 60 },
    replay: {
      keep: (qr: QrCode): Kept => (qr.type === 'invitation' ? { type: qr.type, id: qr.id } : qr),
      answer: async (kept, ctx) => {
        const k = kept as Kept;
        return 'scene' in k ? k : makerOf('invitation')(k, ctx, { audited: false });
      },
    },
  },
  async function create({ type, id }, ctx): Promise<QrCode> {
    return makerOf(type)({ type, id }, ctx, { audited: true });
  },
);
