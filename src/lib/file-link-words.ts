// What the mini-program does with a personal file link (an export, contracts/files.ts) and what it says when that
// fails. Pure, so the weapp's download (save-file-link.weapp.ts) stays a few WeChat calls.
import type { FileLink } from '../../contracts/files';

/** wx.downloadFile takes only a full https address (on the 合法域名 list): the host's public address, else nothing. */
export function downloadAddressOf(link: Pick<FileLink, 'url'>): string | null {
  try {
    const u = new URL(link.url);
    return u.protocol === 'https:' && u.hostname !== '' ? link.url : null;
  } catch {
    return null;
  }
}

export const NO_DOWNLOAD_ADDRESS =
  '这个文件在小程序里打不开，因为服务器没有设置网址。请在电脑上打开网页版，登录后再导出。';

/** The host's GET /files/… answers (apps/host/file-link-route.ts), said for the person holding the phone. */
export function downloadFailureSentence(status: number): string {
  if (status === 401 || status === 403) return '这个文件只能在网页版里下载。请在电脑上打开网页版，登录后再导出。';
  if (status === 410) return '下载的时间已经过了。请再按一次导出。';
  if (status === 404 || status === 400) return '没有找到这个文件。请再按一次导出。';
  return '文件没有下载下来，请再按一次导出。';
}

export const OPEN_DOCUMENT_FAILED = '文件已经下载，但手机打不开表格。请在电脑上打开网页版导出。';
