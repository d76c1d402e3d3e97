// The scan page's data: the scene from the page query, what the server says it is, and the title that follows.
import { useEffect } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import type { ResolvedScene } from '../../../contracts/qrcode';
import { useRemote, type RemoteData } from '../../entities/remote/use-remote';
import { resolveScene } from './api/resolve-scene';
import { sceneFromLinkParam } from './link-scene';
import { readSceneParam, scanTitle } from './scene-words';

/** The host's address when the build was told it (PUBLIC_URL, config/index.ts): printed links from elsewhere open nothing. */
const SCAN_LINK_ORIGIN = process.env.SCAN_LINK_ORIGIN || undefined;

export interface ScannedScene {
  /** The code as scanned ('' when the link carried none). */
  scene: string;
  remote: RemoteData<ResolvedScene>;
  title: string;
}

export function useScannedScene(): ScannedScene {
  const { params } = useRouter();
  // A mini-program code gives `scene`; a printed https code bound to the mini-program gives `q`, its whole URL.
  const scene = readSceneParam(params.scene) || sceneFromLinkParam(params.q, SCAN_LINK_ORIGIN);
  const remote = useRemote(scene ? () => resolveScene(scene) : null, [scene]);
  const title = scanTitle(remote.state);
  // The mini-program's own title bar (and the browser tab) say the same as the page heading.
  useEffect(() => {
    void Taro.setNavigationBarTitle({ title }).catch(() => undefined);
  }, [title]);
  return { scene, remote, title };
}
