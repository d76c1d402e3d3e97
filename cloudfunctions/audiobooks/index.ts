// audiobooks: 有声书屋“红色悦听”: catalogue, player progress, study records.
// Its actions land with the issue for this domain; until then every call answers NOT_FOUND through the router.
import { defineFunction } from '../../backend/runtime/define-function';
import { wechatMain } from '../../backend/wechat/wechat-main';

export const audiobooks = defineFunction('audiobooks', {});

/** WeChat cloud entry point. */
export const main = wechatMain(audiobooks);
