// The scene of a 志愿服务证明's mini-program code: the certificate's number and its signature, which together open
// the public verify page. WeChat's scene holds 32 characters and "ZY20261203-7KQ2MX" with a 16-character signature
// is 34, so the fixed "ZY" and "-" are left out: "202612037KQ2MX.<signature>" (31). Made by the volunteer function,
// read by the verify page; no zod, so the front end imports it as a value.

export interface CertificateRef {
  number: string;
  sig: string;
}

const NUMBER = /^ZY(\d{8})-([0-9A-Z]{6})$/;
const SCENE = /^(\d{8})([0-9A-Z]{6})\.([A-Za-z0-9_-]{16})$/;

/** The scene for a certificate; throws for a number or signature that would not fit, which is a bug of ours. */
export function certificateScene({ number, sig }: CertificateRef): string {
  const parts = NUMBER.exec(number);
  if (!parts || !/^[A-Za-z0-9_-]{16}$/.test(sig)) throw new Error(`no certificate scene for ${JSON.stringify(number)}`);
  return `${parts[1]}${parts[2]}.${sig}`;
}

/** The certificate a scene names, or null when it is not one (a typed-over or cut-off code). */
export function readCertificateScene(scene: string): CertificateRef | null {
  const parts = SCENE.exec(scene);
  return parts ? { number: `ZY${parts[1]}-${parts[2]}`, sig: parts[3] } : null;
}
