// H5: the back camera as a video stream, and a refusal turned into what to tell the person.

export type CameraProblem = 'refused' | 'missing' | 'unsupported';

export const CAMERA_MESSAGES: Record<CameraProblem, string> = {
  refused: '没有打开相机。您可以改为拍照上传二维码。',
  missing: '这台设备上没有找到能用的相机。您可以改为拍照上传二维码。',
  unsupported: '这个浏览器不能直接用相机扫码。您可以改为拍照上传二维码。',
};

export function cameraProblemOf(error: unknown): CameraProblem {
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'NotReadableError') return 'missing';
  if (name === 'TypeError') return 'unsupported';
  return 'refused';
}

export async function openBackCamera(): Promise<MediaStream> {
  if (typeof navigator === 'undefined' || !navigator.mediaDevices?.getUserMedia)
    throw Object.assign(new Error('no camera API'), { name: 'TypeError' });
  return navigator.mediaDevices.getUserMedia({ video: { facingMode: { ideal: 'environment' } }, audio: false });
}

export function stopCamera(stream: MediaStream | null): void {
  stream?.getTracks().forEach((t) => t.stop());
}
