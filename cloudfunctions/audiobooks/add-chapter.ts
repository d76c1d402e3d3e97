// An admin adds a chapter from an uploaded audio file; its length is read from the file itself.
import { addChapterInput, type AudiobooksApi } from '../../contracts/audiobooks';
import { SCOPES } from '../../contracts/roles';
import { toChapter } from '../../backend/data/audiobooks';
import { fail } from '../../backend/runtime/app-error';
import { action } from '../../backend/runtime/define-function';

export const addChapter = action({
  access: { roles: SCOPES.manageLibrary },
  input: addChapterInput,
  async run(input, ctx): Promise<AudiobooksApi['addChapter']['output']> {
    const { deps } = ctx;
    const db = deps.database.db;
    const book = await db.selectFrom('books').select('id').where('id', '=', input.bookId).executeTakeFirst();
    if (!book) throw fail.notFound('没有找到这本书。');
    const facts = await deps.audio.probe(input.fileRef);
    if (!facts) throw fail.validation('没有找到上传的音频，或者它不是能播放的 MP3、AAC、M4A 文件。请重新上传。');
    return ctx.transaction(async (trx, audit) => {
      const last = await trx.selectFrom('chapters').select((eb) => eb.fn.max('seq').as('seq')).where('book_id', '=', input.bookId).executeTakeFirst();
      const row = await trx
        .insertInto('chapters')
        .values({
          book_id: input.bookId,
          seq: Number(last?.seq ?? 0) + 1,
          title: input.title,
          duration: facts.duration,
          audio_path: input.fileRef,
          audio_bytes: facts.bytes,
          audio_mime: facts.mime,
          transcript: input.transcript ?? '',
          created_at: deps.now().toISOString(),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await audit({ entity: 'chapter', entityId: row.id, after: { bookId: row.book_id, seq: row.seq, duration: row.duration } });
      return { chapter: toChapter(row, deps.audio.publicUrl) };
    });
  },
});
