// The signed scene of an invitation and the address its QR encodes: 加入支部 (the scan page) with the scene, so a
// member who scans it with WeChat lands on the page ready to redeem. Derived from the invitation's id and expiry,
// so it is never stored and a resend can rebuild it.
import { signedScene } from '../../../rules/scenes';
import type { Deps } from '../../../runtime/deps';
import { scanUrl } from '../../../scan/qr-image';

export function inviteScene(invitationId: number, expiresAt: string, deps: Deps): { scene: string; url: string } {
  const scene = signedScene('invitation', invitationId, new Date(expiresAt), deps.sceneKey);
  return { scene, url: scanUrl(scene, deps) };
}
