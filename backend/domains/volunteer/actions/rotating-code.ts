// 动态打卡码: what the manager's phone shows at a rotating post, refreshed every 30 s: a short-lived signed scene
// for volunteers to scan and the 6-digit TOTP for those who cannot. For the post's managers only; nothing stored.
import { rotatingCodeInput, type VolunteerApi } from '../../../../contracts/volunteer';
import { findPost } from '../queries/volunteer';
import { requireManagedPost } from '../access';
import { sceneExpiry, totpAt } from '../../../visits/codes';
import { signedScene } from '../../../rules/scenes';
import { scanUrl } from '../../../scan/qr-image';
import { fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import { MANAGER_ROLES } from './create-shift';

export const rotatingCode = action(
  {
    access: { roles: MANAGER_ROLES },
    input: rotatingCodeInput,
    // The screen asks every 30 s; a few extra for taps.
    limit: { points: 10, seconds: 60 },
    replay: 'handler',
  },
  async function rotatingCode({ postId }, ctx): Promise<VolunteerApi['rotatingCode']['output']> {
    const { deps, caller } = ctx;
    const post = await findPost(deps.database.db, postId);
    if (!post) throw fail.notFound('没有找到这个驿站。');
    await requireManagedPost(deps, caller, post, '显示它的打卡码');
    if (post.check_in_mode !== 'rotating')
      throw fail.conflict(`${post.name}用门口张贴的打卡二维码签到，不需要动态码。`);
    const now = deps.now();
    const expiresAt = sceneExpiry('rotating', now);
    const scene = signedScene('checkin', post.id, expiresAt, deps.sceneKey);
    return {
      scene,
      code: totpAt(post.totp_secret, now).code,
      url: scanUrl(scene, deps),
      expiresAt: expiresAt.toISOString(),
      postName: post.name,
    };
  },
);
