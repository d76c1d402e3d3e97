// 添加一章 in the mini-program, where a chapter's audio usually arrives as a file in a WeChat chat: pick it from the
// chat (wx.chooseMessageFile), put it in cloud storage (wx.cloud.uploadFile) under a path of our own, and hand its
// cloud:// id to audiobooks.addChapter, which reads the length from the bytes and keeps its own copy. The H5 build
// takes chapter-adder.h5.tsx, the upload form; both share the fields and sentences (chapter-fields, chapter-draft).
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { BigButton } from '../../../components/big-button';
import { Said } from '../../../entities/remote/said-line';
import {
  audioCloudPath,
  AUDIO_FILE_RULE,
  AUDIO_PICKER_EXTENSIONS,
  checkAudioFile,
  formatBytes,
} from '../audio-file-check';
import type { ChapterAdderProps } from '../chapter-draft';
import { useChapterAdd } from '../use-chapter-add';
import { ChapterFields } from './chapter-fields';

interface Chosen {
  name: string;
  size: number;
  /** The chat file's temporary path on the phone. */
  path: string;
  /** Its cloud:// id once uploaded: pressing again after a refused add does not upload it twice. */
  fileID?: string;
}

export const UPLOAD_FAILED = '音频没有传上去，可能是网络不好。请再按一次“上传并添加这一章”。';

export function ChapterAdder({ bookId, nextSeq, onAdded }: ChapterAdderProps) {
  const { draft, setDraft, ready, add, busy, said, say } = useChapterAdd({ bookId, onAdded });
  const [file, setFile] = useState<Chosen | null>(null);
  // Which half of a busy add is running: the upload (long for a big file) or the add that reads the length.
  const [stage, setStage] = useState<'uploading' | 'adding'>('uploading');

  // Straight from the tap: WeChat opens the chat picker only then.
  const choose = async () => {
    let picked: Taro.chooseMessageFile.ChooseFile | undefined;
    try {
      picked = (await Taro.chooseMessageFile({ count: 1, type: 'file', extension: AUDIO_PICKER_EXTENSIONS }))
        .tempFiles[0];
    } catch {
      return; // closed without choosing: nothing to say
    }
    if (!picked) return;
    // Chat files carry no MIME type: the name and size decide here, the bytes on the server.
    const verdict = checkAudioFile({ name: picked.name, size: picked.size, type: '' });
    say(verdict.ok ? null : { ok: false, text: verdict.message });
    setFile(verdict.ok ? { name: picked.name, size: picked.size, path: picked.path } : null);
  };

  /** The chat file's cloud:// id: uploaded once, so pressing again after a refused add does not upload it twice. */
  const upload = async (chosen: Chosen): Promise<string> => {
    if (chosen.fileID) return chosen.fileID;
    const { fileID } = await Taro.cloud.uploadFile({
      cloudPath: audioCloudPath(chosen.name, new Date(), Math.random()),
      filePath: chosen.path,
    });
    setFile({ ...chosen, fileID });
    return fileID;
  };

  const submit = () => {
    if (!ready(file !== null) || !file) return;
    setStage(file.fileID ? 'adding' : 'uploading');
    void add(
      async () => {
        const fileID = await upload(file);
        setStage('adding');
        return fileID;
      },
      // An upload's failure is WeChat's, not the server's: it gets our sentence.
      { unexplained: UPLOAD_FAILED, then: () => setFile(null) },
    );
  };

  return (
    <View className='chapter-form'>
      <ChapterFields nextSeq={nextSeq} draft={draft} onChange={setDraft} />
      <View className='audio-file-picker'>
        <View className='audio-file-picker__chosen'>
          {file
            ? `已选好：${file.name}（${formatBytes(file.size)}）`
            : `别人用微信发给您的音频，可以直接从聊天里选出来。${AUDIO_FILE_RULE}`}
        </View>
        <BigButton onClick={() => void choose()} disabled={busy}>
          {file ? '换一个音频文件' : '从微信聊天里选音频'}
        </BigButton>
      </View>
      {busy && stage === 'uploading' ? (
        <View className='upload-progress__words' aria-live='polite'>
          正在上传音频，请不要离开这一页。大的文件要等一两分钟。
        </View>
      ) : null}
      {busy && stage === 'adding' ? (
        <View className='upload-progress__words' aria-live='polite'>
          已上传完，正在读取音频的长度…
        </View>
      ) : null}
      <Said said={said} failedNote />
      <BigButton
        variant='primary'
        onClick={submit}
        busy={busy}
        busyLabel={stage === 'adding' ? '正在添加…' : '正在上传…'}
      >
        上传并添加这一章
      </BigButton>
    </View>
  );
}
