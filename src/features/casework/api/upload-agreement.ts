// H5 host only: sends the agreement's photo or PDF to POST /upload/agreement with progress (src/lib/upload-file.ts).
import { uploadFile } from '../../../lib/upload-file';

export interface UploadedAgreement {
  fileRef: string;
  bytes: number;
  mime: string;
}

function isUploaded(value: unknown): value is UploadedAgreement {
  return typeof value === 'object' && value !== null && typeof (value as Record<string, unknown>).fileRef === 'string';
}

export function uploadAgreement(file: File, onProgress: (fraction: number) => void): Promise<UploadedAgreement> {
  return uploadFile('/upload/agreement', file, onProgress, isUploaded);
}
