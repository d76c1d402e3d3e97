// H5 only: add one chapter — title, transcript, an audio file checked in the browser, upload with progress,
// then audiobooks.addChapter with the returned fileRef. Every failure is said in the server's own sentence.
// The mini-program's adder (chapter-adder.tsx) shares the fields and sentences (chapter-fields.tsx, chapter-draft.ts).
import { useState } from 'react';
import { View } from '@tarojs/components';
import { BigButton } from '../../../components/big-button';
import { ErrorNote } from '../../../components/error-note';
import { messageOf } from '../../../lib/api-error';
import { addChapter } from '../api/add-chapter';
import { uploadAudio } from '../api/upload-audio';
import { chapterDraftProblem, EMPTY_DRAFT, newChapter, type ChapterAdderProps } from '../chapter-draft';
import { AudioFilePicker } from './audio-file-picker';
import { ChapterFields } from './chapter-fields';
import { UploadProgress } from './upload-progress';

export function ChapterForm({ bookId, nextSeq, onAdded }: ChapterAdderProps) {
  const [draft, setDraft] = useState(EMPTY_DRAFT);
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const busy = progress !== null;

  const submit = async () => {
    const missing = chapterDraftProblem(draft, file !== null);
    if (missing || !file) return setProblem(missing);
    setProblem(null);
    setProgress(0);
    try {
      const uploaded = await uploadAudio(file, setProgress);
      const { chapter } = await addChapter(newChapter(bookId, draft, uploaded.fileRef));
      setDraft(EMPTY_DRAFT);
      setFile(null);
      onAdded(chapter);
    } catch (error) {
      setProblem(messageOf(error));
    } finally {
      setProgress(null);
    }
  };

  return (
    <View className='chapter-form'>
      <ChapterFields nextSeq={nextSeq} draft={draft} onChange={setDraft} />
      <AudioFilePicker
        file={file}
        disabled={busy}
        onPicked={(picked, why) => {
          setFile(picked);
          setProblem(why);
        }}
      />
      {progress !== null ? <UploadProgress fraction={progress} /> : null}
      {problem ? <ErrorNote>{problem}</ErrorNote> : null}
      <BigButton variant='primary' onClick={() => void submit()} busy={busy} busyLabel='正在上传…'>
        上传并添加这一章
      </BigButton>
    </View>
  );
}
