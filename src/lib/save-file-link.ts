// H5: saves a personal file link (an export: contracts/files.ts) as a download. The link alone grants nothing, so
// it is fetched with the session token and handed to the browser as a file under its name. The mini-program takes
// save-file-link.weapp.ts (wx.downloadFile + wx.openDocument).
import type { FileLink } from '../../contracts/files';
import { ApiError } from './api-error';
import { readToken } from './session-storage';

export async function saveFileLink(link: Pick<FileLink, 'path' | 'url' | 'name' | 'withSession'>): Promise<void> {
  // A cloud storage link is the grant itself: no token goes to another origin.
  const token = link.withSession ? readToken() : null;
  const res = await fetch(link.path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!res.ok) throw new ApiError('NETWORK', '文件没有下载下来，请再点一次。');
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = link.name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked later, not at once: some browsers start reading the blob only after the click has returned.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
