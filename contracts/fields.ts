// Reusable field schemas with Chinese messages a retiree can read; every action input is built from these.
import { z } from 'zod';

const MAX_ID = 2_147_483_647;
// Plain decimal digits only: no sign, spaces, exponent, hex or leading zeros, which Number() would all accept.
const DECIMAL_ID = /^[1-9][0-9]{0,9}$/;

/**
 * A database id: a positive whole number up to 2^31 − 1. Strings of plain digits are accepted too, since QR scenes
 * and URLs carry text; nothing else that merely converts to a number (true, [1], " 1 ", "1e3", "0x1") is.
 */
export const id = (what: string) => {
  const message = `${what}不正确，请返回重试。`;
  return z.union([z.number(), z.string()], { errorMap: () => ({ message }) }).transform((value, ctx) => {
    const n = typeof value === 'number' ? value : DECIMAL_ID.test(value) ? Number(value) : Number.NaN;
    if (!Number.isSafeInteger(n) || n < 1 || n > MAX_ID) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message });
      return z.NEVER;
    }
    return n;
  });
};

/**
 * A bound on UTF-16 units checked before any real work, against oversized payloads: one character a person sees
 * may take several units (👨‍👩‍👧 takes 8), so this is a multiple of the limit in characters.
 */
const UNITS_PER_CHARACTER = 8;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// Control characters (C0, DEL, C1), bidi controls that make text read in another order than it is stored,
// deprecated format characters and noncharacters: none has a place in anything a person types.
/* eslint-disable no-control-regex -- control characters are what these two look for */
const STRANGE_IN_PARAGRAPH =
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u206F\uFFFE\uFFFF]/;
// A one-line field also refuses line breaks and tabs (those at the edges are trimmed first).
const STRANGE_IN_LINE =
  /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u206F\uFFFE\uFFFF]/;
/* eslint-enable no-control-regex */
const LINE_BREAK = /\r\n?|[\u2028\u2029]/g;
// Invisible characters with no meaning in our text, removed everywhere so that two names that look the same are
// the same: zero-width space and non-joiner, word joiner, invisible operators, BOM, soft hyphen, Hangul fillers.
const ZERO_WIDTH = /[\u00AD\u180E\u200B\u200C\u2060-\u2064\u3164\uFEFF\uFFA0]/g;
// The zero-width joiner is kept only where it joins two emoji (👨‍👩‍👧, 🏳️‍🌈); anywhere else it is removed.
const STRAY_JOINER =
  /(?<!\p{Extended_Pictographic}[\p{Emoji_Modifier}\p{M}]*)\u200D|\u200D(?!\p{Extended_Pictographic})/gu;
// Tag characters are invisible and can smuggle hidden text; they are kept only inside a flag such as 🏴󠁧󠁢󠁳󠁣󠁴󠁿.
const STRAY_TAG = /(?<!\u{1F3F4}[\u{E0020}-\u{E007E}]*)[\u{E0000}-\u{E007F}]/gu;
// What is left of a value once everything a person cannot see is gone: if nothing, the field is empty.
const INVISIBLE = /[\s\p{Default_Ignorable_Code_Point}\u2800]/gu;

/** Free text a person typed: NFC, trimmed, without invisible or control characters, bounded in characters seen. */
export const text = (what: string, max: number, options: { min?: number; multiline?: boolean } = {}) => {
  const { min = 1, multiline = false } = options;
  const tooLong = `${what}太长了，请不要超过 ${max} 个字。`;
  const strange = `${what}里有无法识别的字符，请重新输入。`;
  const empty = `请填写${what}。`;
  return z
    .string({ required_error: empty, invalid_type_error: `${what}的格式不对。` })
    .max(max * UNITS_PER_CHARACTER, tooLong)
    .transform((raw, ctx) => {
      const refuse = (message: string) => {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message });
        return z.NEVER;
      };
      // Checked before normalising: a lone surrogate cannot be stored as UTF-8 and is never typed.
      if (LONE_SURROGATE.test(raw)) return refuse(strange);
      // Invisible characters go first, so that what they separated can compose under NFC.
      let s = raw.replace(ZERO_WIDTH, '').replace(STRAY_JOINER, '').replace(STRAY_TAG, '').normalize('NFC');
      if (multiline) s = s.replace(LINE_BREAK, '\n');
      s = s.trim();
      if ((multiline ? STRANGE_IN_PARAGRAPH : STRANGE_IN_LINE).test(s)) return refuse(strange);
      if (s.replace(INVISIBLE, '') === '') return refuse(empty);
      // UTF-16 units are never fewer than characters, so a value within max units needs no counting.
      if (s.length > max || min > 1) {
        const count = countCharacters(s);
        if (count > max) return refuse(tooLong);
        if (count < min) return refuse(`${what}太短了，请至少写 ${min} 个字。`);
      }
      return s;
    });
};

/** An empty object: actions that take no data accept `{}` or nothing at all. */
export const none = z.object({}).strict().optional().default({});

const GRAPHEME_CHUNK = 1024;
let graphemes: Intl.Segmenter | undefined;

/**
 * Characters as a person sees them (grapheme clusters). V8 walks one long string's segments in quadratic time, so
 * the text is segmented in chunks: each chunk's segments are exact except perhaps its last, where the next chunk
 * starts. Without Intl.Segmenter (a small-ICU runtime) code points are counted, which never counts fewer.
 */
function countCharacters(s: string): number {
  if (typeof Intl.Segmenter !== 'function') return Array.from(s).length;
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let count = 0;
  let start = 0;
  for (let size = GRAPHEME_CHUNK; start < s.length;) {
    let end = Math.min(s.length, start + size);
    // Never split a surrogate pair: half a pair is a boundary of its own and would end a cluster early.
    if (end < s.length && s.charCodeAt(end - 1) >= 0xd800 && s.charCodeAt(end - 1) <= 0xdbff) end += 1;
    let segments = 0;
    let lastStart = 0;
    for (const { index } of graphemes.segment(s.slice(start, end))) {
      segments += 1;
      lastStart = index;
    }
    if (end === s.length) return count + segments;
    if (segments === 1) {
      size *= 2; // one cluster fills the whole chunk: look further
      continue;
    }
    count += segments - 1;
    start += lastStart;
    size = GRAPHEME_CHUNK;
  }
  return count;
}

/** A mainland mobile number, spaces and dashes allowed while typing. */
export const phone = z
  .string({ invalid_type_error: '手机号的格式不对。' })
  .transform((s) => s.replace(/[\s-]/g, ''))
  .refine((s) => /^1[3-9]\d{9}$/.test(s), '手机号应当是 11 位数字，例如 13905921234。');

/** A China calendar date, YYYY-MM-DD, that exists (no 2月30日). */
export const day = (what: string) =>
  z
    .string({ required_error: `请选择${what}。`, invalid_type_error: `${what}不对。` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${what}不对，请重新选择。`)
    .refine(
      (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
      `${what}不对，请重新选择。`,
    );
