// QR codes of service posts, for whoever manages the post (its named managers, an admin above it):
// - 'post': the plain `p.` code for the post's poster; it opens the post's page and grants nothing.
// - 'checkin': the printed signed `k.` code of a geo post. Its expiry is fixed from the post's creation (ten years),
//   so the same code comes back every time and a reprint matches the one on the wall. It is unforgeable (an HMAC
//   over post id and expiry with the server's key) but not secret: what stops a check-in from the sofa is the
//   geofence, the shift window and one open record per person (docs/SERVICE-HOURS.md). A rotating post has no
//   printed check-in code: its manager's phone shows one (volunteer.rotatingCode).
import type { QrCode } from '../../../../contracts/qrcode';
import { findPost } from '../queries/volunteer';
import { managesPost } from '../access';
import { PRINTED_SCENE_YEARS } from '../../../visits/codes';
import { plainScene, signedScene } from '../../../rules/scenes';
import { fail } from '../../../runtime/app-error';
import type { ContextFor } from '../../../runtime/define-function';
import { storeScanCode } from '../../../scan/qr-image';
import type { Role } from '../../../../contracts/roles';
import type { CodeMaker } from '../../../scan/code-maker';

type Ctx = ContextFor<{ roles: readonly Role[] }>;

export async function postQr(type: 'post' | 'checkin', postId: number, ctx: Ctx): Promise<QrCode> {
  const { deps } = ctx;
  const post = await findPost(deps.database.db, postId);
  if (!post) throw fail.notFound('没有找到这个驿站。');
  if (!(await managesPost(deps.database.db, ctx.caller, post)))
    throw fail.forbidden('您不是这个驿站的负责人，不能打印它的二维码。');
  let scene: string;
  let expiresAt: string | undefined;
  if (type === 'post') {
    scene = plainScene('post', post.id);
  } else {
    if (post.check_in_mode !== 'geo')
      throw fail.conflict(`${post.name}用负责人手机上的动态码打卡，没有可以张贴的打卡码。`);
    const expiry = new Date(post.created_at);
    expiry.setUTCFullYear(expiry.getUTCFullYear() + PRINTED_SCENE_YEARS);
    scene = signedScene('checkin', post.id, expiry, deps.sceneKey);
    expiresAt = expiry.toISOString();
  }
  const { url, image } = await storeScanCode(scene, deps);
  return ctx.transaction(async (_trx, audit) => {
    await audit({ entity: 'vol_post', entityId: post.id, after: { qrPrinted: type } });
    return { type, id: post.id, scene, url, image: deps.files.url(image), ...(expiresAt ? { expiresAt } : {}) };
  });
}

/** qrcode.create's way in (backend/scan/code-maker.ts). */
export const makeCode: CodeMaker = ({ type, id }, ctx) => postQr(type as 'post' | 'checkin', id, ctx);
