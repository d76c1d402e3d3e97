// What each domain shows for its scannable things. The scan feature reads and resolves the code and says what cannot
// be opened yet; a scene that can be opened goes to its own feature's screen, which the page hands in here (a
// feature never imports another). When a domain's scene becomes `available: true`, this type asks for its opener.
import type { ReactNode } from 'react';
import type { ResolvedScene } from '../../../contracts/qrcode';

export type OpenableScene = Extract<ResolvedScene, { available: true }>;
export type UnopenableScene = Extract<ResolvedScene, { available: false }>;

/** One screen per openable type; `scene` is the code as scanned, for the action that consumes a signed one. */
export type SceneOpeners = {
  [T in OpenableScene['type']]: (resolved: Extract<OpenableScene, { type: T }>, scene: string) => ReactNode;
};

export function openScene(resolved: OpenableScene, scene: string, openers: SceneOpeners): ReactNode {
  // Sound: `openers` holds, for each type, a function taking exactly that type's variant.
  const open = openers[resolved.type] as (resolved: OpenableScene, scene: string) => ReactNode;
  return open(resolved, scene);
}
