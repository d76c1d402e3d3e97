// WeChat cloud's QR images (wxacode.getUnlimited), cloud storage (as a file store, and the mini-program's own
// uploads) and subscribe messages (subscribeMessage.send). Kept thin: the only code tests cannot run for real,
// because it needs WeChat's servers.
import { createHash } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { z } from 'zod';
import { SUBSCRIBE_TEMPLATES, type SubscribeTemplate } from '../../contracts/inbox';
import { isFileKey, mimeOfKey } from '../files/file-keys';
import type { ClientUploads, FileStore, QrImages } from '../runtime/deps';
import type { Logger } from '../runtime/logger';
import type { SendOutcome, SubscribeMessages } from '../runtime/subscribe-messages';
import { SCAN_PAGE } from '../scan/scan-page';

export interface WxSubscribeSend {
  touser: string;
  templateId: string;
  page: string;
  data: Record<string, { value: string }>;
  miniprogramState: 'developer' | 'trial' | 'formal';
  lang: 'zh_CN';
}

export interface WxCloud {
  openapi: {
    wxacode: {
      getUnlimited(o: {
        scene: string;
        page: string;
        checkPath: boolean;
        envVersion: string;
        width: number;
      }): Promise<{ buffer: Uint8Array }>;
    };
    /** Resolves { errCode: 0 } when sent; rejects with an error carrying errCode / errMsg when not. */
    subscribeMessage: { send(o: WxSubscribeSend): Promise<{ errCode?: number; errMsg?: string }> };
  };
  uploadFile(o: { cloudPath: string; fileContent: Uint8Array }): Promise<{ fileID: string }>;
  downloadFile(o: { fileID: string }): Promise<{ fileContent: Uint8Array }>;
  deleteFile(o: { fileList: string[] }): Promise<{ fileList: { fileID: string; status: number; errMsg?: string }[] }>;
  /** A private file's https link, valid for maxAge seconds (a storage call, not an open API: no permission needed). */
  getTempFileURL(o: {
    fileList: { fileID: string; maxAge: number }[];
  }): Promise<{ fileList: { fileID: string; tempFileURL: string; status: number; errMsg?: string }[] }>;
}

export function wxQrImages(cloud: WxCloud, envVersion: string): QrImages {
  return {
    async draw(scene, _url, page = SCAN_PAGE) {
      const { buffer } = await cloud.openapi.wxacode.getUnlimited({
        scene,
        page,
        checkPath: false,
        envVersion,
        width: 430,
      });
      return buffer;
    },
  };
}

const isCloudFileId = (ref: string) => /^cloud:\/\/[^/]+\/.+/.test(ref);

/**
 * WeChat cloud storage as the file store of a deployment that has no host of its own. A key is the file's cloud
 * path; its file id is `<WX_FILE_ID_PREFIX>/<key>` (`cloud://<env>.<bucket>`, as in any file id of the console),
 * which the mini-program plays and shows directly. Cloud storage cannot list files, nor tell facts without a
 * download, so the host (which lists and streams) uses disk or S3; a deployment with both uses S3 for both.
 */
export function wxFileStore(cloud: WxCloud, fileIdPrefix: string | undefined): FileStore {
  const fileId = (key: string) => {
    if (!isFileKey(key)) throw new Error(`not a file key: ${JSON.stringify(key)}`);
    if (!fileIdPrefix)
      throw new Error(
        'WX_FILE_ID_PREFIX is not set: WeChat cloud storage files cannot be named (set it to cloud://<env>.<bucket>)',
      );
    return `${fileIdPrefix.replace(/\/+$/, '')}/${key}`;
  };
  const download = async (key: string): Promise<Uint8Array | null> => {
    try {
      return (await cloud.downloadFile({ fileID: fileId(key) })).fileContent;
    } catch {
      return null;
    }
  };
  const store: FileStore = {
    kind: 'wechat',
    async put(key, bytes) {
      if (!isFileKey(key)) throw new Error(`not a file key: ${JSON.stringify(key)}`);
      await cloud.uploadFile({ cloudPath: key, fileContent: bytes });
    },
    async move(key, localFile, mime) {
      await store.put(key, await readFile(localFile), mime);
      await rm(localFile, { force: true });
    },
    async stat(key) {
      const bytes = await download(key);
      if (!bytes) return null;
      return {
        bytes: bytes.length,
        etag: `"${createHash('sha1').update(bytes).digest('hex')}"`,
        modified: new Date(0),
        mime: mimeOfKey(key),
      };
    },
    async read(key, range) {
      const bytes = await download(key);
      if (!bytes) return null;
      return Readable.from([Buffer.from(range ? bytes.subarray(range.start, range.end + 1) : bytes)]);
    },
    async delete(key) {
      await cloud.deleteFile({ fileList: [fileId(key)] });
    },
    async list() {
      throw new Error('WeChat cloud storage cannot list files');
    },
    url: fileId,
    // The file stays private (exports are never public-read: a public file's link would not expire); the link is
    // answered only to whoever asked, and ends after `seconds`.
    async temporaryLink(key, seconds) {
      const { fileList } = await cloud.getTempFileURL({ fileList: [{ fileID: fileId(key), maxAge: seconds }] });
      const [file] = fileList;
      if (!file || file.status !== 0 || !file.tempFileURL)
        throw new Error(`getTempFileURL refused ${key}: ${file?.status ?? 'no answer'} ${file?.errMsg ?? ''}`.trim());
      return file.tempFileURL;
    },
  };
  return store;
}

/** What the mini-program uploaded with wx.cloud.uploadFile: fetched once by the action that keeps it. */
export function wxClientUploads(cloud: WxCloud): ClientUploads {
  return {
    owns: isCloudFileId,
    async fetch(ref) {
      if (!isCloudFileId(ref)) return null;
      try {
        return (await cloud.downloadFile({ fileID: ref })).fileContent;
      } catch {
        return null;
      }
    },
    async discard(ref) {
      if (isCloudFileId(ref)) await cloud.deleteFile({ fileList: [ref] });
    },
  };
}

/**
 * One template as configured per deployment: its WeChat id, and which of the template's keys each of our field
 * names fills, e.g. { "id": "x7Yd…", "fields": { "title": "thing1", "time": "time2" } }.
 */
export interface TemplateConfig {
  id: string;
  fields: Record<string, string>;
}

const templatesSchema = z.record(
  z.enum(SUBSCRIBE_TEMPLATES),
  z.object({
    id: z.string().min(1),
    fields: z.record(z.string().regex(/^[a-z_]+[0-9]+$/, 'a WeChat template key such as thing1')),
  }),
);

/**
 * SUBSCRIBE_TEMPLATES, a JSON object of TemplateConfig by our template name. A mistake there is logged and no
 * template is used (messages are then marked skipped), rather than stopping the whole function.
 */
export function readTemplateConfig(
  json: string | undefined,
  log: Logger,
): Partial<Record<SubscribeTemplate, TemplateConfig>> {
  if (!json) return {};
  try {
    const parsed = templatesSchema.safeParse(JSON.parse(json));
    if (parsed.success) return parsed.data;
    log.error('SUBSCRIBE_TEMPLATES is not valid: no subscribe messages will be sent', {
      issue: parsed.error.issues[0]?.message,
      path: parsed.error.issues[0]?.path.join('.'),
    });
  } catch {
    log.error('SUBSCRIBE_TEMPLATES is not JSON: no subscribe messages will be sent');
  }
  return {};
}

/** Value limits of WeChat's template key types (thing ≤ 20 characters …); longer values are refused with 47003. */
const VALUE_LIMITS: Record<string, number> = {
  thing: 20,
  name: 10,
  phrase: 5,
  character_string: 32,
  number: 32,
  letter: 32,
  symbol: 5,
  car_number: 8,
  phone_number: 17,
};

/** Our named fields as the template's keys, shortened to what WeChat accepts; a string when a field is missing. */
export function templateData(
  config: TemplateConfig,
  data: Record<string, string>,
): Record<string, { value: string }> | string {
  const out: Record<string, { value: string }> = {};
  for (const [ours, key] of Object.entries(config.fields)) {
    const value = data[ours];
    if (typeof value !== 'string' || value === '') return `field "${ours}" (${key}) has no value`;
    const limit = VALUE_LIMITS[key.replace(/[0-9]+$/, '')];
    const chars = Array.from(value);
    out[key] = {
      value: limit !== undefined && chars.length > limit ? `${chars.slice(0, limit - 1).join('')}…` : value,
    };
  }
  return out;
}

/** WeChat errors that trying again will not mend; any other error is retried. */
const REFUSED = new Set([43101]); // the person refused, or has no consent left
const REJECTED = new Set([40003, 40037, 41028, 41029, 41030, 47003]); // bad openid, template id, form id, page, data

export function wxSubscribeMessages(
  cloud: WxCloud,
  templates: Partial<Record<SubscribeTemplate, TemplateConfig>>,
  envVersion: string,
): SubscribeMessages {
  const miniprogramState = envVersion === 'develop' ? 'developer' : envVersion === 'trial' ? 'trial' : 'formal';
  return {
    templateIds: () => Object.fromEntries(Object.entries(templates).map(([name, t]) => [name, t.id])),
    async send({ openid, template, data, page }): Promise<SendOutcome> {
      const config = templates[template];
      if (!config) return { kind: 'skipped', reason: `no WeChat template is configured for ${template}` };
      const values = templateData(config, data);
      if (typeof values === 'string') return { kind: 'rejected', reason: values };
      let errCode: number | undefined;
      let errMsg: string | undefined;
      try {
        ({ errCode, errMsg } = await cloud.openapi.subscribeMessage.send({
          touser: openid,
          templateId: config.id,
          page,
          data: values,
          miniprogramState,
          lang: 'zh_CN',
        }));
      } catch (err) {
        ({ errCode, errMsg } = err as { errCode?: number; errMsg?: string });
        if (typeof errCode !== 'number') throw err;
      }
      if (errCode === undefined || errCode === 0) return { kind: 'sent' };
      const reason = `WeChat ${errCode}: ${errMsg ?? ''}`.trim();
      if (REFUSED.has(errCode)) return { kind: 'refused', reason };
      if (REJECTED.has(errCode)) return { kind: 'rejected', reason };
      throw new Error(reason);
    },
  };
}
