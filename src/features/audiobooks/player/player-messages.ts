// The player's sentences: why the sound stopped or did not come, and what to do.
import type { AudioFailure } from '../audio/audio-engine';

export const BLOCKED_MESSAGE = '请点一下“播放”按钮，就能听到声音。';
export const SLOW_MESSAGE = '可能是网络不好。可以再等一等，或者点“重试”，重新加载这一章。';

/** Why, and what to do; `resumes`: the retry goes on from a place inside the chapter, and the sentence says so. */
export function failedMessage(failure: AudioFailure, resumes: boolean): string {
  const onFrom = resumes ? '，会从刚才的地方接着听' : '';
  switch (failure) {
    case 'offline':
      return `手机没有连上网络，所以声音放不出来。请打开无线网或手机流量，再点“重试”${onFrom}。`;
    case 'network':
      return `网络断了，声音没有加载完。等网络好一些，点“重试”${onFrom}。`;
    case 'file':
      return '这一章的声音文件打不开。可以点“重试”再试一次；还不行，请先听别的章节。';
    default:
      return `这一章的声音没有加载出来，可能是网络不好。请点“重试”再试一次${onFrom}。`;
  }
}
