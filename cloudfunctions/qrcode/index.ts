// qrcode: QR codes for scannable things, and resolving a scanned scene to the page it opens.
import { defineFunction } from '../../backend/runtime/define-function';
import { wechatMain } from '../../backend/wechat/wechat-main';
import { create } from './create';
import { resolve } from './resolve';

export const qrcode = defineFunction('qrcode', { create, resolve });

/** WeChat cloud entry point. */
export const main = wechatMain(qrcode);
