// WeChat cloud's QR images (wxacode.getUnlimited, stored in cloud storage) and audio files (cloud storage).
// Kept thin: the only code tests cannot run for real, because it needs WeChat's servers.
import { probeAudioBuffer } from '../media/audio-probe';
import type { AudioStore, QrImages } from '../runtime/deps';

export interface WxCloud {
  openapi: { wxacode: { getUnlimited(o: { scene: string; page: string; checkPath: boolean; envVersion: string; width: number }): Promise<{ buffer: Uint8Array }> } };
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
