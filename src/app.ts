// App entry: global styles, WeChat cloud set-up, and the display preference applied before the first page draws.
import { type PropsWithChildren } from 'react';
import Taro, { useLaunch } from '@tarojs/taro';
import { prepareAudioSession } from './lib/audio-session';
import { useDisplayStore } from './lib/display-store';
import './app.scss';

if (process.env.TARO_ENV === 'h5') {
  // Required inside this branch, not imported, so that only the H5 build loads them.
  /* eslint-disable @typescript-eslint/no-require-imports */
  // Before the router reads the history: a page opened from a QR code or a link gets 首页 beneath it.
  (require('./lib/entry-history') as typeof import('./lib/entry-history')).keepHomeBelowDirectEntry();
  require('./styles/h5-tab-bar.scss');
  (require('./lib/h5-shell') as typeof import('./lib/h5-shell')).enhanceH5Shell();
  /* eslint-enable @typescript-eslint/no-require-imports */
}

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    if (process.env.TARO_ENV === 'weapp') {
      // Functions run in the environment named by TARO_APP_CLOUD_ENV (.env.production, docs/WECHAT-DEPLOY.md), else in
      // the account's default one; identity is the caller's OPENID.
      const env = process.env.TARO_APP_CLOUD_ENV;
      Taro.cloud.init(env ? { env, traceUser: true } : { traceUser: true });
    }
    // Book audio and 朗读 must sound on an iPhone with its mute switch on (audio-session.weapp.ts).
    prepareAudioSession();
    useDisplayStore.getState().applyToDocument();
  });
  return children;
}

export default App;
