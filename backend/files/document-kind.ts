// What kind of signed paper some bytes are — a photo (JPEG, PNG) or a PDF — judged from the first bytes and never
// from the name: a 民情 agreement is kept only if it is one of these (the host's /upload/agreement and a
// mini-program's cloud upload judge it the same way).

export type DocumentKind =
  { ext: 'jpg'; mime: 'image/jpeg' } | { ext: 'png'; mime: 'image/png' } | { ext: 'pdf'; mime: 'application/pdf' };

/** The longest signature (PNG's) is 8 bytes. */
export const DOCUMENT_HEAD_BYTES = 8;

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function documentKind(head: Uint8Array): DocumentKind | null {
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff)
    return { ext: 'jpg', mime: 'image/jpeg' };
  if (head.length >= 8 && PNG.every((b, i) => head[i] === b)) return { ext: 'png', mime: 'image/png' };
  // "%PDF-"
  if (head.length >= 5 && String.fromCharCode(...head.slice(0, 5)) === '%PDF-')
    return { ext: 'pdf', mime: 'application/pdf' };
  return null;
}
