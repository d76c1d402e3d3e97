// The scan dispatch: a scene's type → the one resolver its domain registered. A resolver says what the scene is
// and what the scan page needs for it; it never consumes a signed scene (the action the scene grants does) and
// never tells an anonymous scanner more than the scene itself carries.
import type { ResolvedScene, ResolvedSceneOf, SceneType } from '../../contracts/qrcode';
import type { SceneFacts } from '../rules/scenes';
import type { Deps } from '../runtime/deps';
import { readSceneOrRefuse } from './read-scene';

/** One domain's answer for one scene type. The signature and expiry are already checked when it runs. */
export type SceneResolver<T extends SceneType> = (facts: SceneFacts<T>, deps: Deps) => Promise<ResolvedSceneOf<T>>;

/** Exactly one resolver per scene type: a type without one (or with two) does not compile. */
export type SceneResolvers = { [T in SceneType]: SceneResolver<T> };

export async function resolveScene(scene: string, resolvers: SceneResolvers, deps: Deps): Promise<ResolvedScene> {
  const facts = readSceneOrRefuse(scene, deps);
  // The mapped type pairs each type with its resolver; TypeScript cannot follow that pairing through a union.
  const resolver = resolvers[facts.type] as SceneResolver<SceneType>;
  return resolver(facts, deps);
}
