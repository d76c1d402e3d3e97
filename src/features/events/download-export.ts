// Saves an export (a personal link that needs the same sign-in) as a file on the H5 host: fetched with the session
// token, then handed to the browser as a download. The mini-program cannot export (the server says so in a sentence).
import { readToken } from '../../lib/session-storage';

export async function downloadExport(link: { url: string; name: string }): Promise<void> {
  const token = readToken();
  const res = await fetch(link.url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!res.ok) throw new Error('下载没有成功，请再试一次。');
  const blob = await res.blob();
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = link.name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
