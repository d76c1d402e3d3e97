// A scanned scene → what it opens. Unknown, altered or foreign scenes get a plain sentence, never a stack.
import { resolveQrInput, type QrcodeApi } from '../../contracts/qrcode';
import { findChapters, listBookSummaries, toChapter } from '../../backend/data/audiobooks';
import { readScene } from '../../backend/rules/scenes';
import { AppError, fail } from '../../backend/runtime/app-error';
import { action } from '../../backend/runtime/define-function';
import { findScanTarget } from './scan-targets';

const UNREADABLE = '这个二维码无法识别。它可能不是本小程序的二维码，或者已经损坏。';

export const resolve = action({
  access: 'public',
  input: resolveQrInput,
  async run({ scene }, { deps }): Promise<QrcodeApi['resolve']['output']> {
    const verdict = readScene(scene, deps.sceneKey, deps.now());
    if (!verdict.ok) {
      if (verdict.reason === 'expired') throw new AppError('QR_EXPIRED', '这个二维码已经过期了，请找工作人员要一个新的。');
      throw new AppError('QR_INVALID', UNREADABLE);
    }
    if (verdict.type !== 'book' && verdict.type !== 'chapter') throw new AppError('QR_INVALID', UNREADABLE);
    const db = deps.database.db;
    const target = await findScanTarget(db, verdict.type, verdict.id);
    const [book] = target ? await listBookSummaries(db, { bookIds: [target.bookId] }) : [];
    if (!target || !book) throw fail.notFound('这个二维码对应的书已经下架了。请回到首页看看别的书。');
    const chapters = await findChapters(db, book.id);
    return { ...target, book, chapters: chapters.map((c) => toChapter(c, deps.audio.publicUrl)) };
  },
});
