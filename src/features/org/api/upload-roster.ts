// H5 host only: sends one roster file to POST /upload/roster with progress (src/lib/upload-file.ts).
import { uploadFile } from '../../../lib/upload-file';

export interface UploadedRoster {
  fileRef: string;
  bytes: number;
  kind: 'xlsx' | 'csv';
}

function isUploaded(value: unknown): value is UploadedRoster {
  return typeof value === 'object' && value !== null && typeof (value as Record<string, unknown>).fileRef === 'string';
}

/** `onProgress` gets 0…1 as bytes leave the computer. */
export function uploadRoster(file: File, onProgress: (fraction: number) => void): Promise<UploadedRoster> {
  return uploadFile('/upload/roster', file, onProgress, isUploaded);
}
