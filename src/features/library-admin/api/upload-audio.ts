// H5 host only: sends one audio file to POST /upload/audio with progress (src/lib/upload-file.ts).
import { uploadFile } from '../../../lib/upload-file';

export interface UploadedAudio {
  fileRef: string;
  bytes: number;
  mime: string;
  duration: number;
}

export const UPLOAD_URL = '/upload/audio';

function isUploaded(value: unknown): value is UploadedAudio {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.fileRef === 'string' &&
    typeof v.duration === 'number' &&
    typeof v.bytes === 'number' &&
    typeof v.mime === 'string'
  );
}

/** `onProgress` gets 0…1 as bytes leave the phone. */
export function uploadAudio(file: File, onProgress: (fraction: number) => void): Promise<UploadedAudio> {
  return uploadFile(UPLOAD_URL, file, onProgress, isUploaded);
}
