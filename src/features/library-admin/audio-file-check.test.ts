import { MAX_AUDIO_BYTES } from '../../../contracts/audio-upload';
import { audioCloudPath, AUDIO_FILE_RULE, checkAudioFile, formatBytes } from './audio-file-check';

describe('checkAudioFile', () => {
  it('accepts MP3, AAC and M4A by name and type', () => {
    expect(checkAudioFile({ name: '第一章.mp3', size: 200_000, type: 'audio/mpeg' })).toEqual({ ok: true });
    expect(checkAudioFile({ name: 'a.M4A', size: 1, type: 'audio/x-m4a' })).toEqual({ ok: true });
    expect(checkAudioFile({ name: 'a.aac', size: 1, type: '' })).toEqual({ ok: true });
  });

  it('refuses another type with a full sentence naming the file', () => {
    const verdict = checkAudioFile({ name: '照片.png', size: 1000, type: 'image/png' });
    expect(verdict).toEqual({
      ok: false,
      message: '“照片.png”不是 MP3、AAC 或 M4A 格式的音频文件，不能上传。请换一个音频文件。',
    });
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

  it('judges a WeChat chat file, which has no type, by its name and size', () => {
    expect(checkAudioFile({ name: '第二章 入党.MP3', size: 3_000_000, type: '' })).toEqual({ ok: true });
    expect(checkAudioFile({ name: '讲话.m4a', size: MAX_AUDIO_BYTES, type: '' })).toEqual({ ok: true });
    expect(checkAudioFile({ name: '讲话.wav', size: 1000, type: '' })).toEqual({
      ok: false,
      message: '“讲话.wav”不是 MP3、AAC 或 M4A 格式的音频文件，不能上传。请换一个音频文件。',
    });
    expect(checkAudioFile({ name: '名册.xlsx', size: 1000, type: '' }).ok).toBe(false);
    expect(checkAudioFile({ name: 'mp3', size: 1000, type: '' }).ok).toBe(false);
    expect(checkAudioFile({ name: '空.mp3', size: 0, type: '' })).toEqual({
      ok: false,
      message: '“空.mp3”是空文件，里面没有声音。请换一个音频文件。',
    });
    expect(checkAudioFile({ name: '大.mp3', size: MAX_AUDIO_BYTES + 1, type: '' }).ok).toBe(false);
  });

  it('says the rule with the limit the host applies', () => {
    expect(MAX_AUDIO_BYTES).toBe(100 * 1024 * 1024);
    expect(AUDIO_FILE_RULE).toBe('只能上传 MP3、AAC 或 M4A 格式，不超过 100 MB。');
  });
});

describe('audioCloudPath', () => {
  const at = new Date('2026-12-06T08:00:00Z');

  it('is a neutral path keeping only the kind of the name', () => {
    expect(audioCloudPath('第一章.mp3', at, 0.5)).toMatch(/^audio-uploads\/[0-9a-z]+-[0-9a-z]{8}\.mp3$/);
    expect(audioCloudPath('a.M4A', at, 0.5)).toMatch(/\.m4a$/);
    expect(audioCloudPath('a.aac', at, 0)).toMatch(/-00000000\.aac$/);
    expect(audioCloudPath('a.mp3', at, 0.25)).not.toBe(audioCloudPath('a.mp3', at, 0.75));
    expect(audioCloudPath('a.mp3', at, 0.999999999)).toMatch(/-[0-9a-z]{8}\.mp3$/);
  });

  it('never carries a hostile name into cloud storage', () => {
    for (const name of [
      '../../etc/passwd.mp3',
      '/abs/路径 有空格.mp3',
      'a//b\\c.mp3',
      '%2e%2e%2f.mp3',
      'x.mp3?y=1',
      '<script>.aac',
      'cloud://other-env/x.mp3',
    ]) {
      const path = audioCloudPath(name, at, 0.5);
      expect(path).toMatch(/^audio-uploads\/[0-9a-z]+-[0-9a-z]{8}\.(mp3|m4a|aac)$/);
      // Also a file id the server's contract takes once the storage prefix is put before it.
      expect(`cloud://env-1.bucket/${path}`).toMatch(/^cloud:\/\/[\w-]+(\.[\w-]+)*(\/[\w-][\w.-]*)+$/);
    }
    expect(audioCloudPath('x.mp3?y=1', at, 0.5)).toMatch(/\.mp3$/);
  });
});
