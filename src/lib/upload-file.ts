// H5 host only: sends one file as multipart field `file` to an upload route with progress, and reads the envelope
// back. XMLHttpRequest rather than fetch, because fetch cannot report upload progress.
import { ApiError, BAD_REPLY_MESSAGE, NETWORK_MESSAGE } from './api-error';
import { readToken } from './session-storage';

function readReply<T>(xhr: XMLHttpRequest, isUploaded: (data: unknown) => data is T): T {
  let body: unknown;
  try {
    body = JSON.parse(xhr.responseText);
  } catch {
    throw new ApiError(
      xhr.status >= 500 ? 'NETWORK' : 'INTERNAL',
      xhr.status >= 500 ? NETWORK_MESSAGE : BAD_REPLY_MESSAGE,
    );
  }
  const reply = body as { ok?: unknown; data?: unknown; error?: { code?: unknown; message?: unknown } };
  if (reply.ok === true && isUploaded(reply.data)) return reply.data;
  if (reply.ok === false && typeof reply.error?.code === 'string' && typeof reply.error.message === 'string') {
    throw new ApiError(reply.error.code as ApiError['code'], reply.error.message);
  }
  throw new ApiError('INTERNAL', BAD_REPLY_MESSAGE);
}

/** `onProgress` gets 0…1 as bytes leave the phone; `isUploaded` checks the answer's data has the expected shape. */
export function uploadFile<T>(
  url: string,
  file: File,
  onProgress: (fraction: number) => void,
  isUploaded: (data: unknown) => data is T,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    const token = readToken();
    if (token) xhr.setRequestHeader('authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      try {
        resolve(readReply(xhr, isUploaded));
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
