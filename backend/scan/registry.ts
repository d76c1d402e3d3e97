// Every scene type and the domain that answers for it, from each domain's manifest (backend/domains/index.ts).
// Adding a scannable thing: its type and letter in contracts/qrcode.ts and rules/scenes.ts, its answer in the
// ResolvedScene union, and its resolver in its domain's scenes/resolve.ts, named by the manifest's `scenes`.
import { DOMAINS, type Domain, type UnionToIntersection } from '../domains/index';
import type { SceneResolvers } from './scene-resolvers';

/** A scene type no domain answers for does not compile. */
export const sceneResolvers: SceneResolvers = Object.assign(
  {},
  ...DOMAINS.map((d) => ('scenes' in d ? d.scenes : {})),
) as UnionToIntersection<Extract<Domain, { scenes: unknown }>['scenes']>;
