// The code of a book or a chapter, for those who print posters (each new code spends WeChat's wxacode quota): a
// plain scene, made once (WeChat limits how fast codes can be made), stored in qr_codes, reused, and audited.
import { plainScene } from '../../../rules/scenes';
import { fail } from '../../../runtime/app-error';
import type { CodeMaker } from '../../../scan/code-maker';
import { storeScanCode } from '../../../scan/qr-image';
import { requirePosterPrinter } from '../access';
import { findListenTarget } from './resolve';

export const makeCode: CodeMaker = async ({ type: asked, id }, ctx) => {
  const type = asked as 'book' | 'chapter';
  requirePosterPrinter(ctx.caller);
  const { deps } = ctx;
  const db = deps.database.db;
  const target = await findListenTarget(db, type, id);
  if (!target) throw fail.notFound('没有找到要生成二维码的内容。');
  const scene = plainScene(type, id);
  const stored = await db
    .selectFrom('qr_codes')
    .select(['scene', 'url', 'image'])
    .where('scene', '=', scene)
    .executeTakeFirst();
  if (stored) return { type, id, scene, url: stored.url, image: deps.files.url(stored.image) };

  const { url, image } = await storeScanCode(scene, deps);
  return ctx.transaction(async (trx, audit) => {
    // Two people asking at once both made the same image; the first row stays.
    await trx
      .insertInto('qr_codes')
      .values({ scene, type, target_id: id, url, image, created_at: deps.now().toISOString() })
      .onConflict((oc) => oc.column('scene').doNothing())
      .execute();
    await audit({ entity: 'qr_code', entityId: scene, after: { type, id } });
    return { type, id, scene, url, image: deps.files.url(image) };
  });
};
