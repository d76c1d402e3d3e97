// QR codes of the events domain, made by the event's organiser: the event's printed code (plain, kept and reused)
// and the attendance code shown at the door (signed, good until the event ends; events.attend refuses it more than
// an hour before the start).
import type { QrCode } from '../../../../contracts/qrcode';
import { SCOPES } from '../../../../contracts/roles';
import { findEvent } from '../queries/events';
import { canActOn } from '../../../rules/org-scope';
import { plainScene, signedScene } from '../../../rules/scenes';
import { storeScanCode } from '../../../scan/qr-image';
import { AppError, fail } from '../../../runtime/app-error';
import type { PersonCaller } from '../../../runtime/caller';
import type { Deps } from '../../../runtime/deps';
import type { Transact } from '../../../runtime/unit-of-work';
import type { CodeMaker } from '../../../scan/code-maker';

export async function eventQr(
  type: 'event' | 'attendance',
  eventId: number,
  caller: PersonCaller,
  deps: Deps,
  transaction: Transact,
): Promise<QrCode> {
  const event = await findEvent(deps.database.db, eventId);
  if (!event) throw fail.notFound('没有找到这个活动，不能生成二维码。');
  if (!canActOn(caller.grants, SCOPES.manageBranch, event.audience_path))
    throw fail.forbidden('只有组织这个活动的支部书记或管理员才能生成它的二维码。');
  if (event.cancelled_at) throw new AppError('EVENT_CANCELLED', '这个活动已经取消了，不用再生成二维码。');
  const now = deps.now();
  if (type === 'attendance' && Date.parse(event.end_at) <= now.getTime())
    throw new AppError('QR_EXPIRED', '这个活动已经结束了，不能再生成签到二维码。');
  const expiresAt = new Date(event.end_at);
  const scene =
    type === 'event' ? plainScene('event', event.id) : signedScene('attendance', event.id, expiresAt, deps.sceneKey);
  const { url, image } = await storeScanCode(scene, deps);
  const qr: QrCode = {
    type,
    id: event.id,
    scene,
    url,
    image: deps.files.url(image),
    ...(type === 'attendance' ? { expiresAt: expiresAt.toISOString() } : {}),
  };
  // Each code made is audited (who showed an attendance code, when).
  return transaction(async (_trx, audit) => {
    await audit({ entity: 'qr_code', entityId: scene, after: { type, id: event.id } });
    return qr;
  });
}

/** qrcode.create's way in (backend/scan/code-maker.ts). */
export const makeCode: CodeMaker = ({ type, id }, ctx) =>
  eventQr(type as 'event' | 'attendance', id, ctx.caller, ctx.deps, ctx.transaction);
