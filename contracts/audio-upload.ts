// What audio a chapter may be made from, shared by the host's upload route, the cloud function and both front ends'
// pickers. No zod here: the front end imports these values directly.

/** The formats the player takes (WeChat's background audio and the browsers both play them). */
export const AUDIO_EXTENSIONS = ['mp3', 'm4a', 'aac'] as const;
export type AudioExtension = (typeof AUDIO_EXTENSIONS)[number];

/** The host's upload refuses more (apps/host/upload-route.ts); a cloud function holds the whole file in memory. */
export const MAX_AUDIO_BYTES = 100 * 1024 * 1024;
