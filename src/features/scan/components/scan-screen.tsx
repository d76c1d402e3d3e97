// The scan page's body: while the code is looked up it says so; a code that cannot be used, or a line that failed,
// is said in a sentence (the latter with 再试一次); a code whose part of the app is not open yet says so and offers
// what works; anything else opens with its own feature's screen (see scene-openers.ts).
import { View } from '@tarojs/components';
import { BigButton } from '../../../components/big-button';
import { RemoteView } from '../../../entities/remote/remote-view';
import { openTab, TAB_ROUTES } from '../../../lib/routes';
import { openScene, type SceneOpeners } from '../scene-openers';
import { isUnusableCode, problemTitle } from '../scene-words';
import type { ScannedScene } from '../use-scanned-scene';
import { NotYetOpen } from './not-yet-open';
import { ScanProblem } from './scan-problem';
import './scan.scss';

interface ScanScreenProps {
  scan: Pick<ScannedScene, 'scene' | 'remote'>;
  openers: SceneOpeners;
}

export function ScanScreen({ scan: { scene, remote }, openers }: ScanScreenProps) {
  const { state } = remote;
  if (!scene) return <ScanProblem title={problemTitle(null)} message='这个二维码里没有内容。请换一个二维码再扫。' />;
  if (state.status === 'error' && isUnusableCode(state.code))
    return <ScanProblem title={problemTitle(state.code)} message={state.message} />;
  return (
    <View className='scan-screen'>
      <RemoteView remote={remote} loading='正在打开这个二维码，请稍等。' failed='这个二维码没有打开'>
        {(resolved) => (resolved.available ? openScene(resolved, scene, openers) : <NotYetOpen resolved={resolved} />)}
      </RemoteView>
      {/* The line failed: besides 再试一次, a way out (a code opened from a link has no page to go back to). */}
      {state.status === 'error' ? <BigButton onClick={() => openTab(TAB_ROUTES.home)}>回到首页</BigButton> : null}
    </View>
  );
}
