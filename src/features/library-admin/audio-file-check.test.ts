import { checkAudioFile, formatBytes, MAX_AUDIO_BYTES } from './audio-file-check';

describe('checkAudioFile', () => {
  it('accepts MP3, AAC and M4A by name and type', () => {
    expect(checkAudioFile({ name: '第一章.mp3', size: 200_000, type: 'audio/mpeg' })).toEqual({ ok: true });
    expect(checkAudioFile({ name: 'a.M4A', size: 1, type: 'audio/x-m4a' })).toEqual({ ok: true });
    expect(checkAudioFile({ name: 'a.aac', size: 1, type: '' })).toEqual({ ok: true });
  });

  it('refuses another type with a full sentence naming the file', () => {
    const verdict = checkAudioFile({ name: '照片.png', size: 1000, type: 'image/png' });
    expect(verdict).toEqual({ ok: false, message: '“照片.png”不是 MP3、AAC 或 M4A 格式的音频文件，不能上传。请换一个音频文件。' });
    expect(checkAudioFile({ name: 'fake.mp3', size: 1000, type: 'image/png' }).ok).toBe(false);
    expect(checkAudioFile({ name: 'noext', size: 1000, type: 'audio/mpeg' }).ok).toBe(false);
  });

  it('refuses empty and too large files', () => {
    expect(checkAudioFile({ name: 'a.mp3', size: 0, type: 'audio/mpeg' }).ok).toBe(false);
    expect(checkAudioFile({ name: 'a.mp3', size: MAX_AUDIO_BYTES, type: 'audio/mpeg' }).ok).toBe(true);
    const big = checkAudioFile({ name: 'a.mp3', size: MAX_AUDIO_BYTES + 1, type: 'audio/mpeg' });
    expect(big).toEqual({ ok: false, message: '“a.mp3”有 100.0 MB，太大了。音频文件不能超过 100 MB。' });
  });

  it('formats sizes for people', () => {
    expect(formatBytes(300)).toBe('1 KB');
    expect(formatBytes(206_028)).toBe('201 KB');
    expect(formatBytes(5 * 1024 * 1024)).toBe('5.0 MB');
  });
});
