// Every scene type and the domain that answers for it. Adding a scannable thing: its type and letter in
// contracts/qrcode.ts and rules/scenes.ts, its answer in the ResolvedScene union, and one resolver here.
import { audiobookScenes } from './audiobooks';
import { accountScenes } from './account';
import { eventScenes } from './events';
import type { SceneResolvers } from './scene-resolvers';
import { volunteerScenes } from './volunteer';

export const sceneResolvers: SceneResolvers = { ...audiobookScenes, ...eventScenes, ...volunteerScenes, ...accountScenes };
