// What kind of roster file some bytes are, judged from the bytes and never from the name: shared by the host's
// POST /upload/roster and org.importRoster taking a mini-program upload (a cloud:// file), which a cloud function
// cannot reach through the host.

/** Bytes that judge a roster: a CSV is text without NUL in its first 8 KB (what the import reads it by, too). */
export const ROSTER_HEAD_BYTES = 8192;

export const ROSTER_MIME = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
} as const;

/**
 * An OpenDocument file (.ods from LibreOffice or WPS): a zip too, but its first entry, stored uncompressed as the
 * format requires, is `mimetype` holding `application/vnd.oasis.opendocument…`. Never to be read as .xlsx.
 */
export function isOpenDocument(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 200)).toString('latin1');
  return head.startsWith('PK\x03\x04') && head.includes('mimetypeapplication/vnd.oasis.opendocument');
}

/** xlsx is a zip (not an OpenDocument one); csv is text without NUL bytes. Anything else (pdf, images, .xls, .ods) is refused. */
export function rosterKind(bytes: Uint8Array): 'xlsx' | 'csv' | null {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)
    return isOpenDocument(bytes) ? null : 'xlsx';
  if (bytes.length === 0 || bytes.subarray(0, ROSTER_HEAD_BYTES).includes(0)) return null;
  // Old binary Excel (.xls, an OLE file) and other formats start with bytes that are not text.
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf) return null;
  return 'csv';
}
