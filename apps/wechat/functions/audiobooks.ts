// WeChat cloud entry point of the audiobooks function (bundled by scripts/build-cloud.mjs into dist/cloudfunctions/audiobooks/).
import { audiobooks } from '../../../backend/domains/audiobooks/function';
import { wechatMain } from '../wechat-main';

export const main = wechatMain(audiobooks);
