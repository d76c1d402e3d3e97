// POST /upload/agreement (host only): a 民情 studio's staff upload a signed mediation agreement as a photo (JPEG,
// PNG) or a PDF, ≤ 10 MB, field `file`. Judged from the first bytes, never the name; received like every upload
// (registerUpload); kept under `uploads/<uuid>.<ext>` with a `files` row naming its uploader, and answered with that
// key, the fileRef for casework.attachAgreement — which checks the uploader is on duty at the case's studio and
// moves it into the private store. Anyone signed in may upload here; an upload never attached is swept after a day.
import type { FastifyInstance } from 'fastify';
import { stat } from 'node:fs/promises';
import { MAX_AGREEMENT_BYTES } from '../../contracts/casework';
import { recordFile } from '../../backend/data/files';
import { DOCUMENT_HEAD_BYTES, documentKind, type DocumentKind } from '../../backend/files/document-kind';
import type { Deps } from '../../backend/runtime/deps';
import { DEFAULT_UPLOAD_OPTIONS, type UploadOptions } from './upload-route';
import { registerUpload } from './upload-scope';

export interface AgreementUploadReply {
  fileRef: string;
  bytes: number;
  mime: string;
}

const SAY = {
  signIn: '请先登录，再上传调解协议。',
  forbidden: '您不能上传调解协议。',
  tooLarge: '协议文件太大了，不能超过 10 MB。请拍得小一些，或分成几页上传。',
  notForm: '请用表单上传协议的照片或文件。',
  noFile: '没有收到协议的照片或文件，请重新选择后上传。',
  oneFileOnly: '请一次只上传一个文件。',
  notAccepted: '协议只能是照片（JPG、PNG）或 PDF 文件。请重新拍照或选择文件。',
  incomplete: '文件没有传完整，可能是网络断了。请重新上传。',
  stalled: '上传等了很久没有收到新的内容，已经停止。请检查网络后重新上传。',
} as const;

const MIME: Record<DocumentKind['ext'], DocumentKind['mime']> = {
  jpg: 'image/jpeg',
  png: 'image/png',
  pdf: 'application/pdf',
};

export async function registerAgreementUploadRoute(
  app: FastifyInstance,
  deps: Deps,
  mediaDir: string,
  options: Pick<UploadOptions, 'idleTimeoutMs'> = DEFAULT_UPLOAD_OPTIONS,
): Promise<void> {
  await registerUpload(app, deps, {
    path: '/upload/agreement',
    roles: 'signed-in',
    maxFileBytes: MAX_AGREEMENT_BYTES,
    kinds: {
      headBytes: DOCUMENT_HEAD_BYTES,
      judge: (head) => documentKind(head)?.ext ?? null,
      refusedAs: 'UNSUPPORTED_MEDIA_TYPE',
    },
    say: SAY,
    // A few pages of a few agreements in a sitting; more is a script.
    rateLimit: { max: 30, timeWindowMs: 10 * 60_000 },
    idleTimeoutMs: options.idleTimeoutMs,
    mediaDir,
    async keep({ temp, fileRef, type }, ownerId, reply) {
      const { size } = await stat(temp);
      await deps.files.move(fileRef, temp, MIME[type]);
      await recordFile(deps.database.db, {
        key: fileRef,
        purpose: 'upload',
        owner_id: ownerId,
        name: '',
        mime: MIME[type],
        bytes: size,
        duration: null,
        created_at: deps.now().toISOString(),
      });
      const data: AgreementUploadReply = { fileRef, bytes: size, mime: MIME[type] };
      return reply.send({ ok: true, data });
    },
  });
}
