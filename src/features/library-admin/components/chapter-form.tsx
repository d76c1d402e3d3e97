// H5 only: add one chapter — title, transcript, an audio file checked in the browser, upload with progress,
// then audiobooks.addChapter with the returned fileRef. Every failure is said in the server's own sentence.
import { useState } from 'react';
import { View } from '@tarojs/components';
import type { Chapter } from '../../../../contracts/audiobooks';
import { BigButton } from '../../../components/big-button';
import { ErrorNote } from '../../../components/error-note';
import { TextField } from '../../../components/text-field';
import { messageOf } from '../../../lib/api-error';
import { addChapter } from '../api/add-chapter';
import { uploadAudio } from '../api/upload-audio';
import { AudioFilePicker } from './audio-file-picker';
import { UploadProgress } from './upload-progress';

export interface ChapterFormProps {
  bookId: number;
  nextSeq: number;
  onAdded: (chapter: Chapter) => void;
}

export function ChapterForm({ bookId, nextSeq, onAdded }: ChapterFormProps) {
  const [title, setTitle] = useState('');
  const [transcript, setTranscript] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const busy = progress !== null;

  const submit = async () => {
    if (title.trim() === '') return setProblem('请先填写章节名，例如“第一章 初心”。');
    if (!file) return setProblem('请先选择这一章的音频文件。');
    setProblem(null);
    setProgress(0);
    try {
      const uploaded = await uploadAudio(file, setProgress);
      const text = transcript.trim();
      const { chapter } = await addChapter({ bookId, title: title.trim(), fileRef: uploaded.fileRef, ...(text ? { transcript: text } : {}) });
      setTitle('');
      setTranscript('');
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
      <TextField id='chapter-title' label={`第 ${nextSeq} 章的章节名`} placeholder='这一章的名字' value={title} maxLength={60} onChange={setTitle} />
      <TextField id='chapter-transcript' label='文字稿（可以不填）' placeholder='这一章念的文字，听不清时可以看' value={transcript} maxLength={20000} onChange={setTranscript} multiline />
      <AudioFilePicker
        file={file}
        disabled={busy}
        onPicked={(picked, why) => {
          setFile(picked);
          setProblem(why);
        }}
      />
      {progress !== null ? <UploadProgress fraction={progress} /> : null}
      {problem ? (
        <ErrorNote>{problem}</ErrorNote>
      ) : null}
      <BigButton variant='primary' onClick={() => void submit()} busy={busy} busyLabel='正在上传…'>
        上传并添加这一章
      </BigButton>
    </View>
  );
}
