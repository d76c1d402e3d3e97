// H5 only: add one chapter — title, transcript, an audio file checked in the browser, upload with progress,
// then audiobooks.addChapter with the returned fileRef. Every failure is said in the server's own sentence.
// The mini-program's adder (chapter-adder.tsx) shares the draft and the add (use-chapter-add.ts) and the fields.
import { useState } from 'react';
import { View } from '@tarojs/components';
import { BigButton } from '../../../components/big-button';
import { Said } from '../../../entities/remote/said-line';
import { uploadAudio } from '../api/upload-audio';
import type { ChapterAdderProps } from '../chapter-draft';
import { useChapterAdd } from '../use-chapter-add';
import { AudioFilePicker } from './audio-file-picker';
import { ChapterFields } from './chapter-fields';
import { UploadProgress } from './upload-progress';

export function ChapterForm({ bookId, nextSeq, onAdded }: ChapterAdderProps) {
  const { draft, setDraft, ready, add, busy, said, say } = useChapterAdd({ bookId, onAdded });
  const [file, setFile] = useState<File | null>(null);
  // How far the upload is: shown while the add is busy (the bar, then "正在读取音频的长度").
  const [progress, setProgress] = useState(0);

  const submit = () => {
    if (!ready(file !== null) || !file) return;
    setProgress(0);
    void add(async () => (await uploadAudio(file, setProgress)).fileRef, { then: () => setFile(null) });
  };

  return (
    <View className='chapter-form'>
      <ChapterFields nextSeq={nextSeq} draft={draft} onChange={setDraft} />
      <AudioFilePicker
        file={file}
        disabled={busy}
        onPicked={(picked, why) => {
          setFile(picked);
          say(why ? { ok: false, text: why } : null);
        }}
      />
      {busy ? <UploadProgress fraction={progress} /> : null}
      <Said said={said} failedNote />
      <BigButton variant='primary' onClick={submit} busy={busy} busyLabel='正在上传…'>
        上传并添加这一章
      </BigButton>
    </View>
  );
}
