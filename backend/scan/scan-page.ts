// Where a QR code leads: the mini-program's scan page, and the H5 app's short path to the same page (Taro's
// customRoutes map /s to it). Shared by qrcode.create and the WeChat QR adapter, so neither imports the other.
import { PAGES, wechatPage } from '../../contracts/pages';

/** The mini-program page every QR code opens; it reads `scene` from its launch options. */
export const SCAN_PAGE = wechatPage(PAGES.scan.index);

/** The H5 scan page's short path. */
export const SCAN_PATH = '/s';
