// The time bank's scannable thing: an elder's printed card (sealed `t.<card>.<signature>`). `resolve` names the
// card only (never the elder or the address): the helper's timebank.checkIn/checkOut use it. A card reported lost
// answers QR_INVALID with a sentence, here and at the scans. And a 服务时间证明's printed code (sealed `h.`): its
// signature is already checked, so the scan page is given the number and the verify page's signature.
import type { CertificateScene } from '../../../../contracts/qrcode';
import type { PersonalCardScene } from '../../../../contracts/timebank';
import { certificateSceneAnswer } from '../../../certificates/scene-answer';
import { AppError } from '../../../runtime/app-error';
import type { SceneResolvers } from '../../../scan/scene-resolvers';

export const LOST_CARD = '这张服务卡已经挂失，不能再用了。请老人或家人出示新的服务卡。';

export const timebankScenes: Pick<SceneResolvers, 'personalCard' | 'timebankCertificate'> = {
  async personalCard({ id }, deps): Promise<PersonalCardScene> {
    const card = await deps.database.db
      .selectFrom('tb_cards')
      .select(['id', 'lost_at'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!card) throw new AppError('QR_INVALID', '这张服务卡无法识别，请老人或家人重新打印一张。');
    if (card.lost_at) throw new AppError('QR_INVALID', LOST_CARD);
    return {
      type: 'personalCard',
      available: true,
      id,
      consumedBy: 'timebank.checkIn',
      message: '这是老人的时间银行服务卡。来帮助老人的志愿者，到达和离开时各扫一次。',
    };
  },
  async timebankCertificate({ id }, deps): Promise<CertificateScene<'timebankCertificate'>> {
    const cert = await deps.database.db
      .selectFrom('tb_certificates')
      .select(['id', 'number'])
      .where('id', '=', id)
      .executeTakeFirst();
    return certificateSceneAnswer('timebankCertificate', cert, deps);
  },
};
