// Fallback for platforms without their own file: there is no audio there, and it says so instead of failing silently.
import type { AudioEngine } from './audio-engine';

export function audioEngine(): AudioEngine {
  throw new Error(`No audio engine for platform ${String(process.env.TARO_ENV)}.`);
}
