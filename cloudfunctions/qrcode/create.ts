// A QR code for a book or chapter: made once (WeChat limits how fast codes can be made), stored, reused. Only
// those who print posters may ask (each new code spends WeChat's wxacode quota), and each new code is audited.
import { createQrInput, type QrcodeApi } from '../../contracts/qrcode';
import { plainScene } from '../../backend/rules/scenes';
import { fail } from '../../backend/runtime/app-error';
import { action } from '../../backend/runtime/define-function';
import { SCAN_PAGE } from '../../backend/wechat/wx-adapters';
import { findScanTarget } from './scan-targets';

/** The H5 scan page's short path (Taro customRoutes maps it to subpackages/scan/index). */
export const SCAN_PATH = '/s';

/** Who prints QR posters: admins for the library, secretaries for their branch's shelf. */
const POSTER_MAKERS = ['admin', 'secretary'] as const;

export const create = action({
  access: { roles: POSTER_MAKERS },
  input: createQrInput,
  limit: { points: 30, seconds: 60 },
  async run({ type, id }, ctx): Promise<QrcodeApi['create']['output']> {
    const { deps } = ctx;
    const db = deps.database.db;
    const target = await findScanTarget(db, type, id);
    if (!target) throw fail.notFound('没有找到要生成二维码的内容。');
    const scene = plainScene(type, id);
    const stored = await db.selectFrom('qr_codes').select(['scene', 'url', 'image']).where('scene', '=', scene).executeTakeFirst();
    if (stored) return stored;

    // In WeChat there is no public web address: the code opens the mini-program's scan page with the scene.
    const base = deps.config.publicUrl ? `${deps.config.publicUrl}${SCAN_PATH}` : SCAN_PAGE;
    const url = `${base}?scene=${encodeURIComponent(scene)}`;
    const image = await deps.qrImages.make(scene, url);
    return ctx.transaction(async (trx, audit) => {
      // Two people asking at once both made the same image; the first row stays.
      await trx
        .insertInto('qr_codes')
        .values({ scene, type, target_id: id, url, image, created_at: deps.now().toISOString() })
        .onConflict((oc) => oc.column('scene').doNothing())
        .execute();
      await audit({ entity: 'qr_code', entityId: scene, after: { type, id } });
      return { scene, url, image };
    });
  },
});
