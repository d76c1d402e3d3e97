// An admin adds a chapter from uploaded audio. A host upload (POST /upload/audio) is in the file store already,
// with what was read from it; a mini-program upload (a cloud:// file id) is fetched once, read, and kept in the
// file store under a key of its own, so every runtime can play it.
import { addChapterInput, type AudiobooksApi } from '../../../../contracts/audiobooks';
import { SCOPES } from '../../../../contracts/roles';
import { toChapter } from '../queries/audiobooks';
import { findFile, recordFile } from '../../../data/files';
import { keepClientUpload, letClientUploadGo } from '../../../files/client-upload';
import { MAX_AUDIO_BYTES } from '../../../../contracts/audio-upload';
import { probeAudioBuffer, sniffAudioType } from '../../../media/audio-probe';
import { fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import type { AudioFacts, Deps } from '../../../runtime/deps';

const NO_AUDIO = '没有找到上传的音频，或者它不是能播放的 MP3、AAC、M4A 文件。请重新上传。';
const TOO_LARGE = `这个音频文件超过了 ${MAX_AUDIO_BYTES / (1024 * 1024)} MB，请换一个小一些的文件再上传。`;

/** A mini-program upload put into the file store: its new key and what was read from it. */
interface Adopted extends AudioFacts {
  key: string;
  from: string;
}

/** Null when there is no playable audio to keep (missing, or not audio); more than a host upload may be is refused. */
async function adoptClientUpload(deps: Deps, ref: string): Promise<Adopted | null> {
  const kept = await keepClientUpload(deps, ref, MAX_AUDIO_BYTES, async (bytes) => {
    const type = sniffAudioType(bytes.subarray(0, 16));
    const facts = type ? await probeAudioBuffer(bytes) : null;
    return type && facts ? { ext: type, ...facts } : null;
  });
  if (kept === 'too-large') throw fail.validation(TOO_LARGE);
  if (typeof kept === 'string') return null;
  const { bytes, mime, duration } = kept.kind;
  return { key: kept.key, from: ref, bytes, mime, duration };
}

export const addChapter = action(
  {
    access: { roles: SCOPES.manageLibrary },
    input: addChapterInput,
  },
  async function addChapter(input, ctx): Promise<AudiobooksApi['addChapter']['output']> {
    const { deps, caller } = ctx;
    const db = deps.database.db;
    const book = await db.selectFrom('books').select('id').where('id', '=', input.bookId).executeTakeFirst();
    if (!book) throw fail.notFound('没有找到这本书。');
    const upload = await findFile(db, input.fileRef, 'upload');
    const adopted =
      !upload && deps.clientUploads?.owns(input.fileRef) ? await adoptClientUpload(deps, input.fileRef) : null;
    const audio = upload
      ? { key: upload.key, bytes: upload.bytes, mime: upload.mime, duration: upload.duration ?? 0 }
      : adopted;
    if (!audio || !(audio.duration > 0)) throw fail.validation(NO_AUDIO);
    const result = await ctx.transaction(async (trx, audit) => {
      const at = deps.now().toISOString();
      if (adopted) {
        await recordFile(trx, {
          key: adopted.key,
          purpose: 'upload',
          owner_id: caller.person.id,
          name: '',
          mime: adopted.mime,
          bytes: adopted.bytes,
          duration: adopted.duration,
          created_at: at,
        });
      }
      const last = await trx
        .selectFrom('chapters')
        .select((eb) => eb.fn.max('seq').as('seq'))
        .where('book_id', '=', input.bookId)
        .executeTakeFirst();
      const row = await trx
        .insertInto('chapters')
        .values({
          book_id: input.bookId,
          seq: Number(last?.seq ?? 0) + 1,
          title: input.title,
          duration: audio.duration,
          audio_path: audio.key,
          audio_bytes: audio.bytes,
          audio_mime: audio.mime,
          transcript: input.transcript ?? '',
          created_at: at,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await audit({
        entity: 'chapter',
        entityId: row.id,
        after: { bookId: row.book_id, seq: row.seq, duration: row.duration, audio: row.audio_path },
      });
      return { chapter: toChapter(row, deps.files.url) };
    });
    // The copy is kept; the mini-program's own upload is not needed any more (a failure leaves only a stray file).
    if (adopted) await letClientUploadGo(deps, adopted.from, ctx.log);
    return result;
  },
);
