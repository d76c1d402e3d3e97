// The volunteer domain's scannable things: a service post's printed code (plain, long-lived, grants nothing: it
// opens the post's page) and the check-in code (signed; printed at a geo post, rotating on the manager's phone at a
// rotating post), which `resolve` only reads: volunteer.checkIn consumes it with readGrantingScene. And a
// 志愿服务证明's printed code (sealed `z.`): its signature is already checked, so the scan page is given the number
// and the verify page's signature and shows that page's verdict (volunteer.verifyCertificate).
import type { CertificateScene, CheckInScene, PostScene } from '../../../../contracts/qrcode';
import { certificateSceneAnswer } from '../../../certificates/scene-answer';
import { AppError } from '../../../runtime/app-error';
import type { SceneResolvers } from '../../../scan/scene-resolvers';

export const volunteerScenes: Pick<SceneResolvers, 'post' | 'checkin' | 'certificate'> = {
  async post({ id }, deps): Promise<PostScene> {
    const post = await deps.database.db
      .selectFrom('vol_posts')
      .select(['id', 'name', 'address'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!post) throw new AppError('NOT_FOUND', '这个驿站已经撤销了，二维码不能再用。');
    return { type: 'post', available: true, id: post.id, name: post.name, address: post.address };
  },
  async checkin({ id, expiresAt }): Promise<CheckInScene> {
    return {
      type: 'checkin',
      available: true,
      id,
      expiresAt: expiresAt.toISOString(),
      consumedBy: 'volunteer.checkIn',
      message: '这是志愿服务打卡的二维码。请按下面的大按钮签到或签退。',
    };
  },
  async certificate({ id }, deps): Promise<CertificateScene> {
    const cert = await deps.database.db
      .selectFrom('vol_certificates')
      .select(['id', 'number'])
      .where('id', '=', id)
      .executeTakeFirst();
    return certificateSceneAnswer('certificate', cert, deps);
  },
};
