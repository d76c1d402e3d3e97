// What every action may use from the outside world, created once per host process or cloud instance.
// The few things that differ between our host and WeChat cloud (QR images, audio files) are interfaces here.
import type { Database } from '../data/database';
import type { Logger } from './logger';
import type { RateLimits } from './rate-limits';
import type { SessionTokens } from './session-tokens';
import type { SubscribeMessages } from './subscribe-messages';

export interface RuntimeConfig {
  /** Demo mode: fixed demo logins (devLogin) are allowed. Never on in a real deployment. */
  demoMode: boolean;
  /** Where phones reach the H5 app, e.g. http://192.168.1.20:10086 — what QR codes encode. */
  publicUrl: string;
}

/** Makes and stores a QR image once; answers with where it can be fetched. */
export interface QrImages {
  make(scene: string, url: string): Promise<string>;
}

export interface AudioFacts {
  bytes: number;
  mime: string;
  duration: number;
}

/** Audio files as stored by the runtime (the host's media folder, or WeChat cloud storage). */
export interface AudioStore {
  /** Facts about a stored upload, or null when there is no such file or it is not playable audio. */
  probe(fileRef: string): Promise<AudioFacts | null>;
  /** What a client fetches to play a stored file. */
  publicUrl(audioPath: string): string;
}

export interface Deps {
  database: Database;
  tokens: SessionTokens;
  /** Key that signs QR scenes which grant something (check-in, attendance, invitations). */
  sceneKey: string;
  config: RuntimeConfig;
  qrImages: QrImages;
  audio: AudioStore;
  /** WeChat subscribe messages: sent in WeChat cloud, skipped in the host. */
  subscribeMessages: SubscribeMessages;
  /** Per-caller call limits of this process (rate-limits.ts). */
  limits: RateLimits;
  log: Logger;
  now: () => Date;
}
