// WeChat cloud's QR images (wxacode.getUnlimited, stored in cloud storage), audio files (cloud storage) and
// subscribe messages (subscribeMessage.send). Kept thin: the only code tests cannot run for real, because it needs
// WeChat's servers.
import { z } from 'zod';
import { SUBSCRIBE_TEMPLATES, type SubscribeTemplate } from '../../contracts/inbox';
import { probeAudioBuffer } from '../media/audio-probe';
import type { AudioStore, QrImages } from '../runtime/deps';
import type { Logger } from '../runtime/logger';
import type { SendOutcome, SubscribeMessages } from '../runtime/subscribe-messages';

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
    wxacode: { getUnlimited(o: { scene: string; page: string; checkPath: boolean; envVersion: string; width: number }): Promise<{ buffer: Uint8Array }> };
    /** Resolves { errCode: 0 } when sent; rejects with an error carrying errCode / errMsg when not. */
    subscribeMessage: { send(o: WxSubscribeSend): Promise<{ errCode?: number; errMsg?: string }> };
  };
  uploadFile(o: { cloudPath: string; fileContent: Uint8Array }): Promise<{ fileID: string }>;
  downloadFile(o: { fileID: string }): Promise<{ fileContent: Uint8Array }>;
}

/** The mini-program page every QR code opens; it reads `scene` from its launch options. */
export const SCAN_PAGE = 'subpackages/scan/index';

export function wxQrImages(cloud: WxCloud, envVersion: string): QrImages {
  return {
    async make(scene) {
      const { buffer } = await cloud.openapi.wxacode.getUnlimited({ scene, page: SCAN_PAGE, checkPath: false, envVersion, width: 430 });
      const { fileID } = await cloud.uploadFile({ cloudPath: `qr/${scene.replace(/[^A-Za-z0-9._-]/g, '_')}.png`, fileContent: buffer });
      return fileID;
    },
  };
}

export function wxAudioStore(cloud: WxCloud): AudioStore {
  return {
    async probe(fileRef) {
      if (!fileRef.startsWith('cloud://')) return null;
      const { fileContent } = await cloud.downloadFile({ fileID: fileRef });
      return probeAudioBuffer(fileContent);
    },
    publicUrl: (audioPath) => audioPath,
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
  z.object({ id: z.string().min(1), fields: z.record(z.string().regex(/^[a-z_]+[0-9]+$/, 'a WeChat template key such as thing1')) }),
);

/**
 * SUBSCRIBE_TEMPLATES, a JSON object of TemplateConfig by our template name. A mistake there is logged and no
 * template is used (messages are then marked skipped), rather than stopping the whole function.
 */
export function readTemplateConfig(json: string | undefined, log: Logger): Partial<Record<SubscribeTemplate, TemplateConfig>> {
  if (!json) return {};
  try {
    const parsed = templatesSchema.safeParse(JSON.parse(json));
    if (parsed.success) return parsed.data;
    log.error('SUBSCRIBE_TEMPLATES is not valid: no subscribe messages will be sent', { issue: parsed.error.issues[0]?.message, path: parsed.error.issues[0]?.path.join('.') });
  } catch {
    log.error('SUBSCRIBE_TEMPLATES is not JSON: no subscribe messages will be sent');
  }
  return {};
}

/** Value limits of WeChat's template key types (thing ≤ 20 characters …); longer values are refused with 47003. */
const VALUE_LIMITS: Record<string, number> = { thing: 20, name: 10, phrase: 5, character_string: 32, number: 32, letter: 32, symbol: 5, car_number: 8, phone_number: 17 };

/** Our named fields as the template's keys, shortened to what WeChat accepts; a string when a field is missing. */
export function templateData(config: TemplateConfig, data: Record<string, string>): Record<string, { value: string }> | string {
  const out: Record<string, { value: string }> = {};
  for (const [ours, key] of Object.entries(config.fields)) {
    const value = data[ours];
    if (typeof value !== 'string' || value === '') return `field "${ours}" (${key}) has no value`;
    const limit = VALUE_LIMITS[key.replace(/[0-9]+$/, '')];
    const chars = Array.from(value);
    out[key] = { value: limit !== undefined && chars.length > limit ? `${chars.slice(0, limit - 1).join('')}…` : value };
  }
  return out;
}

/** WeChat errors that trying again will not mend; any other error is retried. */
const REFUSED = new Set([43101]); // the person refused, or has no consent left
const REJECTED = new Set([40003, 40037, 41028, 41029, 41030, 47003]); // bad openid, template id, form id, page, data

export function wxSubscribeMessages(cloud: WxCloud, templates: Partial<Record<SubscribeTemplate, TemplateConfig>>, envVersion: string): SubscribeMessages {
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
        ({ errCode, errMsg } = await cloud.openapi.subscribeMessage.send({ touser: openid, templateId: config.id, page, data: values, miniprogramState, lang: 'zh_CN' }));
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
