// The scan page's data: the scene from the page query, what the server says it is, and the title that follows.
import { useEffect } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import type { ResolvedScene } from '../../../contracts/qrcode';
import { useRemote, type RemoteData } from '../../entities/remote/use-remote';
import { resolveScene } from './api/resolve-scene';
import { readSceneParam, scanTitle } from './scene-words';

export interface ScannedScene {
  /** The code as scanned ('' when the link carried none). */
  scene: string;
  remote: RemoteData<ResolvedScene>;
  title: string;
}

export function useScannedScene(): ScannedScene {
  const { params } = useRouter();
  const scene = readSceneParam(params.scene);
  const remote = useRemote(scene ? () => resolveScene(scene) : null, [scene]);
  const title = scanTitle(remote.state);
  // The mini-program's own title bar (and the browser tab) say the same as the page heading.
  useEffect(() => {
    void Taro.setNavigationBarTitle({ title }).catch(() => undefined);
  }, [title]);
  return { scene, remote, title };
}
