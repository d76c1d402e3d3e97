// 朗读 in the mini-program goes through WeChat's WechatSI plugin, whose textToSpeech takes at most 1,000 bytes of
// text a call. This cuts a notice into pieces it accepts, at the ends of sentences so each piece sounds whole, and
// keeps the first piece short so the first words are heard soon. Pure: no plugin, no audio.

/** WechatSI's documented limit on `content`, in UTF-8 bytes (about 333 Chinese characters). */
export const WECHAT_SI_MAX_BYTES = 1000;
/**
 * What we send per call: about 200 Chinese characters (some 50 seconds of speech). Under the limit with room to spare,
 * since developers report the plugin failing on long text near it, and a shorter piece comes back sooner.
 */
export const SPEECH_CHUNK_BYTES = 600;
/** The first piece: a sentence or two (the title), so the elder hears something while the rest is being made. */
export const FIRST_CHUNK_BYTES = 150;

/** UTF-8 length, counted by hand: not every WeChat base library has TextEncoder. */
function bytesOf(s: string): number {
  let n = 0;
  for (const cp of s) {
    const c = cp.codePointAt(0) ?? 0;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

/** Where a sentence ends: Chinese and Western full stops, question and exclamation marks, semicolons, ellipses. */
const SENTENCE_END = /[。！？!?；;…]+[”’"')）】」』]*/g;
/** Where a long sentence may pause: commas and colons. */
const CLAUSE_END = /[，,、：:]+/g;

/** Splits after each match of `mark`, keeping the mark with the words before it. */
function splitAfter(text: string, mark: RegExp): string[] {
  const parts: string[] = [];
  let from = 0;
  for (const m of text.matchAll(mark)) {
    const end = (m.index ?? 0) + m[0].length;
    parts.push(text.slice(from, end));
    from = end;
  }
  parts.push(text.slice(from));
  return parts.filter((p) => p.trim() !== '');
}

/** Code points that belong to the one before them (emoji modifiers, joiners, variation selectors): never cut before one. */
function joinsPrevious(cp: string): boolean {
  const c = cp.codePointAt(0) ?? 0;
  return (
    c === 0x200d ||
    (c >= 0xfe00 && c <= 0xfe0f) ||
    (c >= 0x1f3fb && c <= 0x1f3ff) ||
    (c >= 0xe0020 && c <= 0xe007f) ||
    (c >= 0x0300 && c <= 0x036f)
  );
}

/** Characters as a reader sees them: an emoji with its modifiers and joined parts (👨‍👩‍👧, 👍🏻) is one. */
function clusters(text: string): string[] {
  const out: string[] = [];
  for (const cp of Array.from(text)) {
    const last = out.length - 1;
    if (last >= 0 && (joinsPrevious(cp) || out[last].endsWith('\u200d'))) out[last] += cp;
    else out.push(cp);
  }
  return out;
}

/** Last resort for a run with no punctuation: cut by bytes between whole characters, never inside an emoji. */
function cutByBytes(text: string, maxBytes: number): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const cluster of clusters(text)) {
    // A single "character" over the limit (a pathological run of joiners) is cut by code points.
    const parts = bytesOf(cluster) <= maxBytes ? [cluster] : Array.from(cluster);
    for (const part of parts) {
      if (current !== '' && bytesOf(current + part) > maxBytes) {
        pieces.push(current);
        current = '';
      }
      current += part;
    }
  }
  if (current !== '') pieces.push(current);
  return pieces;
}

/** A sentence made to fit: as it is, else at its commas, else by bytes. */
function fitSentence(sentence: string, maxBytes: number): string[] {
  if (bytesOf(sentence) <= maxBytes) return [sentence];
  return splitAfter(sentence, CLAUSE_END).flatMap((clause) =>
    bytesOf(clause) <= maxBytes ? [clause] : cutByBytes(clause, maxBytes),
  );
}

/**
 * The notice's words as pieces for WechatSI, in reading order: each at most `maxBytes` (the first at most
 * `firstBytes`), cut at sentence ends where it can be, nothing dropped but blank space. Empty text gives no pieces.
 */
export function speechChunks(text: string, maxBytes = SPEECH_CHUNK_BYTES, firstBytes = FIRST_CHUNK_BYTES): string[] {
  if (maxBytes < 4 || maxBytes > WECHAT_SI_MAX_BYTES) throw new RangeError(`maxBytes must be 4…${WECHAT_SI_MAX_BYTES}`);
  const budget = Math.min(Math.max(firstBytes, 4), maxBytes);
  // Paragraphs are sentences too: a line without a full stop still ends where the line does (kept as a line break).
  const sentences = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .flatMap((line) =>
      splitAfter(line, SENTENCE_END).map((s, i, all) => ({ words: s.trim(), endsLine: i === all.length - 1 })),
    );
  const chunks: string[] = [];
  let current = '';
  let afterLine = false;
  const limit = () => (chunks.length === 0 ? budget : maxBytes);
  for (const { words, endsLine } of sentences) {
    for (const piece of fitSentence(words, maxBytes)) {
      const joined = current === '' ? piece : `${current}${afterLine ? '\n' : ''}${piece}`;
      afterLine = false;
      if (bytesOf(joined) <= limit()) {
        current = joined;
        continue;
      }
      if (current !== '') chunks.push(current);
      current = piece;
      // An opening sentence longer than the short first budget: its first clauses go first, the rest next.
      if (chunks.length === 0 && bytesOf(current) > limit()) {
        const [head, ...rest] = cutAtClauses(current, limit());
        chunks.push(head);
        current = rest.join('');
      }
    }
    afterLine = endsLine;
  }
  if (current !== '') chunks.push(current);
  return chunks;
}

/** The first piece when the opening sentence is longer than the first budget: up to a comma that fits, else by bytes. */
function cutAtClauses(sentence: string, maxBytes: number): string[] {
  const clauses = splitAfter(sentence, CLAUSE_END);
  let head = '';
  let i = 0;
  while (i < clauses.length && bytesOf(head + clauses[i]) <= maxBytes) head += clauses[i++];
  if (head !== '') return [head, ...clauses.slice(i)];
  const [first, ...rest] = cutByBytes(sentence, maxBytes);
  return [first, rest.join('')];
}
