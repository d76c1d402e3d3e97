// H5 host only: sends one roster file to POST /upload/roster with progress, and reads the envelope back.
// XMLHttpRequest rather than fetch, because fetch cannot report upload progress.
import { ApiError, BAD_REPLY_MESSAGE, NETWORK_MESSAGE } from '../../../lib/api-error';
import { readToken } from '../../../lib/session-storage';

export interface UploadedRoster {
  fileRef: string;
  bytes: number;
  kind: 'xlsx' | 'csv';
}

function readReply(xhr: XMLHttpRequest): UploadedRoster {
  let body: unknown;
  try {
    body = JSON.parse(xhr.responseText);
  } catch {
    throw new ApiError(xhr.status >= 500 ? 'NETWORK' : 'INTERNAL', xhr.status >= 500 ? NETWORK_MESSAGE : BAD_REPLY_MESSAGE);
  }
  const reply = body as { ok?: unknown; data?: { fileRef?: unknown }; error?: { code?: unknown; message?: unknown } };
  if (reply.ok === true && typeof reply.data?.fileRef === 'string') return reply.data as UploadedRoster;
  if (reply.ok === false && typeof reply.error?.code === 'string' && typeof reply.error.message === 'string') {
    throw new ApiError(reply.error.code as ApiError['code'], reply.error.message);
  }
  throw new ApiError('INTERNAL', BAD_REPLY_MESSAGE);
}

/** `onProgress` gets 0…1 as bytes leave the computer. */
export function uploadRoster(file: File, onProgress: (fraction: number) => void): Promise<UploadedRoster> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/upload/roster');
    const token = readToken();
    if (token) xhr.setRequestHeader('authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      try {
        resolve(readReply(xhr));
      } catch (error) {
        reject(error);
      }
    };
    xhr.onerror = () => reject(new ApiError('NETWORK', NETWORK_MESSAGE));
    xhr.onabort = () => reject(new ApiError('NETWORK', NETWORK_MESSAGE));
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

/** Fetches a personal file link with the session (the link alone grants nothing) and saves it under its name. */
export async function saveFileLink(link: { path: string; name: string }): Promise<void> {
  const token = readToken();
  const res = await fetch(link.path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!res.ok) throw new ApiError('NETWORK', '文件没有下载下来，请再点一次。');
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = link.name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
