// Every scene type and the domain that answers for it. Adding a scannable thing: its type and letter in
// contracts/qrcode.ts and rules/scenes.ts, its answer in the ResolvedScene union, and one resolver here.
import { audiobookScenes } from '../domains/audiobooks/scenes/resolve';
import { accountScenes } from '../domains/account/scenes/resolve';
import { eventScenes } from '../domains/events/scenes/resolve';
import type { SceneResolvers } from './scene-resolvers';
import { volunteerScenes } from '../domains/volunteer/scenes/resolve';

export const sceneResolvers: SceneResolvers = { ...audiobookScenes, ...eventScenes, ...volunteerScenes, ...accountScenes };
