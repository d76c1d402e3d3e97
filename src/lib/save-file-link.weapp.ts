// The mini-program's way to save a personal file link (an export): WeChat downloads it (wx.downloadFile, with the
// session for a host's link; a cloud storage link is the grant itself and gets no token) and opens it
// (wx.openDocument, with its menu, from which the person forwards it or opens it in another app). The H5 build takes save-file-link.ts, a browser download.
import Taro from '@tarojs/taro';
import type { FileLink } from '../../contracts/files';
import { ApiError } from './api-error';
import {
  downloadAddressOf,
  downloadFailureSentence,
  NO_DOWNLOAD_ADDRESS,
  OPEN_DOCUMENT_FAILED,
} from './file-link-words';
import { readToken } from './session-storage';

export async function saveFileLink(link: Pick<FileLink, 'path' | 'url' | 'name' | 'withSession'>): Promise<void> {
  const address = downloadAddressOf(link);
  if (!address) throw new ApiError('LINK_INVALID', NO_DOWNLOAD_ADDRESS);
  const token = link.withSession ? readToken() : null;
  let res: Taro.downloadFile.FileSuccessCallbackResult;
  try {
    res = await Taro.downloadFile({ url: address, header: token ? { authorization: `Bearer ${token}` } : {} });
  } catch {
    throw new ApiError('NETWORK', downloadFailureSentence(0));
  }
  if (res.statusCode !== 200) throw new ApiError('LINK_INVALID', downloadFailureSentence(res.statusCode));
  try {
    await Taro.openDocument({ filePath: res.tempFilePath, fileType: 'xlsx', showMenu: true });
  } catch {
    throw new ApiError('INTERNAL', OPEN_DOCUMENT_FAILED);
  }
}
