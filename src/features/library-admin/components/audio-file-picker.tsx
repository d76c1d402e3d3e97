// H5 only: a big "选择音频文件" button over a native file input; the file is checked here before any upload.
import { useRef, type ChangeEvent } from 'react';
import { View } from '@tarojs/components';
import { BigButton } from '../../../components/big-button';
import { AUDIO_ACCEPT, AUDIO_FILE_RULE, checkAudioFile, formatBytes } from '../audio-file-check';

interface AudioFilePickerProps {
  file: File | null;
  disabled: boolean;
  onPicked: (file: File | null, problem: string | null) => void;
}

export function AudioFilePicker({ file, disabled, onPicked }: AudioFilePickerProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0] ?? null;
    if (!chosen) return;
    const verdict = checkAudioFile(chosen);
    // Clear the input so choosing the same file again after fixing it still fires a change.
    event.target.value = '';
    onPicked(verdict.ok ? chosen : null, verdict.ok ? null : verdict.message);
  };
  return (
    <View className='audio-file-picker'>
      <input
        ref={inputRef}
        className='audio-file-picker__input'
        type='file'
        accept={AUDIO_ACCEPT}
        aria-label='音频文件'
        onChange={handleChange}
      />
      <View className='audio-file-picker__chosen'>
        {file ? `已选好：${file.name}（${formatBytes(file.size)}）` : `还没有选择音频文件。${AUDIO_FILE_RULE}`}
      </View>
      <BigButton onClick={() => inputRef.current?.click()} disabled={disabled}>
        {file ? '换一个音频文件' : '选择音频文件'}
      </BigButton>
    </View>
  );
}
