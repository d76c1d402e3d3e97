// The kinds of certificate (志愿服务证明, 服务时间证明), how each one's number begins, and the scene of a
// certificate's mini-program code: the number and its signature, which together open the one public verify page.
// WeChat's scene holds 32 characters and "ZY20261203-7KQ2MX" with a 16-character signature is 34, so the prefix and
// the "-" are left out and a kind other than the first is told by one letter: "202612037KQ2MX.<signature>" (31) for
// a volunteer certificate, "S202612037KQ2MX.<signature>" (32) for a time-bank one. Made by the issuing function,
// read by the verify page; no zod, so the front end imports it as values.

export const CERTIFICATE_KINDS = ['volunteer', 'timebank'] as const;
export type CertificateKind = (typeof CERTIFICATE_KINDS)[number];

export interface CertificateKindFacts {
  /** How the kind's numbers begin ("ZY20261203-7KQ2MX"). */
  prefix: string;
  /** The letter before the number in a mini-program code's scene ('' for the kind printed before there were two). */
  sceneLetter: string;
  /** The paper's title. */
  title: string;
  /** What the paper calls its holder. */
  holder: string;
}

export const CERTIFICATE_KIND_FACTS: Record<CertificateKind, CertificateKindFacts> = {
  volunteer: { prefix: 'ZY', sceneLetter: '', title: '志愿服务证明', holder: '志愿者' },
  timebank: { prefix: 'SJ', sceneLetter: 'S', title: '服务时间证明', holder: '服务人' },
};

export interface CertificateRef {
  number: string;
  sig: string;
}

const NUMBER = /^([A-Z]{2})(\d{8})-([0-9A-Z]{6})$/;
const SCENE = /^([A-Z]?)(\d{8})([0-9A-Z]{6})\.([A-Za-z0-9_-]{16})$/;

/** The kind a certificate number belongs to, by its first two letters; null for any other text. */
export function certificateKindOf(number: string): CertificateKind | null {
  return CERTIFICATE_KINDS.find((k) => number.startsWith(CERTIFICATE_KIND_FACTS[k].prefix)) ?? null;
}

/** The scene for a certificate; throws for a number or signature that would not fit, which is a bug of ours. */
export function certificateScene({ number, sig }: CertificateRef): string {
  const parts = NUMBER.exec(number);
  const kind = certificateKindOf(number);
  if (!parts || !kind || !/^[A-Za-z0-9_-]{16}$/.test(sig))
    throw new Error(`no certificate scene for ${JSON.stringify(number)}`);
  return `${CERTIFICATE_KIND_FACTS[kind].sceneLetter}${parts[2]}${parts[3]}.${sig}`;
}

/** The certificate a scene names, or null when it is not one (a typed-over or cut-off code). */
export function readCertificateScene(scene: string): CertificateRef | null {
  const parts = SCENE.exec(scene);
  const kind = parts && CERTIFICATE_KINDS.find((k) => CERTIFICATE_KIND_FACTS[k].sceneLetter === parts[1]);
  return parts && kind
    ? { number: `${CERTIFICATE_KIND_FACTS[kind].prefix}${parts[2]}-${parts[3]}`, sig: parts[4] }
    : null;
}
