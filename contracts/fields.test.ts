// Hostile input for the shared fields: ids that only look like numbers, and text that looks empty, reads backwards,
// hides control characters or is counted in UTF-16 units instead of the characters a person sees.
import { id, text } from './fields';

function refusal(
  schema: { safeParse(v: unknown): { success: boolean; error?: { issues: { message: string }[] } } },
  value: unknown,
) {
  const result = schema.safeParse(value);
  expect(result.success).toBe(false);
  return result.error!.issues[0].message;
}

describe('id', () => {
  const bookId = id('书的编号');
  const WRONG = '书的编号不正确，请返回重试。';

  it.each([1, 42, 2_147_483_647])('accepts the whole number %p', (value) => {
    expect(bookId.parse(value)).toBe(value);
  });

  it.each(['1', '42', '2147483647'])('accepts the digits %p and gives a number', (value) => {
    expect(bookId.parse(value)).toBe(Number(value));
  });

  it.each([
    ['true', true],
    ['false', false],
    ['null', null],
    ['an array', [1]],
    ['an object', { valueOf: () => 1 }],
    ['hex', '0x1'],
    ['octal literal', '0o7'],
    ['binary literal', '0b1'],
    ['padded', ' 1 '],
    ['trailing space', '1 '],
    ['a newline', '1\n'],
    ['exponent', '1e3'],
    ['empty string', ''],
    ['zero string', '0'],
    ['leading zero', '01'],
    ['plus sign', '+1'],
    ['minus sign', '-1'],
    ['decimal point', '1.0'],
    ['fraction string', '1.5'],
    ['full-width digit', '１'],
    ['Arabic-Indic digit', '١'],
    ['Infinity string', 'Infinity'],
    ['too big string', '2147483648'],
    ['eleven digits', '99999999999'],
    ['fraction', 1.5],
    ['zero', 0],
    ['negative zero', -0],
    ['negative', -1],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['too big', 2_147_483_648],
    ['unsafe', 2 ** 53 + 2],
    ['a bigint', BigInt(1)],
  ])('refuses %s', (_name, value) => {
    expect(refusal(bookId, value)).toBe(WRONG);
  });

  it('refuses a missing id with the same sentence, and optional ids may be left out', () => {
    expect(refusal(bookId, undefined)).toBe(WRONG);
    expect(bookId.optional().parse(undefined)).toBeUndefined();
  });
});

describe('text', () => {
  const name = text('姓名', 20);
  const title = text('书名', 40);
  const description = text('简介', 300, { multiline: true });
  const STRANGE = '姓名里有无法识别的字符，请重新输入。';
  const EMPTY = '请填写姓名。';
  const FAMILY = '👨‍👩‍👧'; // man ZWJ woman ZWJ girl: one character a person sees, 8 UTF-16 units

  it('keeps ordinary text, trimmed of spaces including the full-width space', () => {
    expect(name.parse('  王明  ')).toBe('王明');
    expect(name.parse('\u3000王明\u3000')).toBe('王明');
    expect(name.parse('Li Ming')).toBe('Li Ming');
  });

  it('refuses what is not text', () => {
    expect(refusal(name, 42)).toBe('姓名的格式不对。');
    expect(refusal(name, ['王明'])).toBe('姓名的格式不对。');
    expect(refusal(name, undefined)).toBe(EMPTY);
  });

  it.each([
    ['zero-width space', '\u200B'],
    ['every zero-width character', '\u200B\u200C\u200D\u2060\uFEFF'],
    ['zero-width between spaces', ' \u200B \u3000 '],
    ['Hangul filler', '\u3164'],
    ['soft hyphen', '\u00AD'],
    ['variation selector alone', '\uFE0F'],
    ['braille blank', '\u2800'],
    ['spaces only', '   '],
  ])('refuses a value that is empty to the eye: %s', (_name, value) => {
    expect(refusal(name, value)).toBe(EMPTY);
  });

  it('removes zero-width characters, so two names that look the same are the same', () => {
    expect(name.parse('王\u200B明')).toBe('王明');
    expect(name.parse('\uFEFF王\u2060明\u200C')).toBe('王明');
    expect(name.parse('王\u200D明')).toBe('王明');
    // Tag characters spelling "hi" after the name: invisible, and a way to smuggle text past a reader.
    expect(name.parse('王明\u{E0068}\u{E0069}')).toBe('王明');
    expect(refusal(name, '\u{E0068}\u{E0069}')).toBe(EMPTY);
  });

  it('keeps the joiner inside emoji sequences', () => {
    expect(name.parse(FAMILY)).toBe(FAMILY);
    expect(name.parse('王明🏳️‍🌈')).toBe('王明🏳️‍🌈');
    expect(name.parse('👩🏽‍💻')).toBe('👩🏽‍💻');
    expect(name.parse('🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}')).toBe(
      '🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}',
    );
  });

  it.each([
    ['LRE', '\u202A'],
    ['RLE', '\u202B'],
    ['PDF', '\u202C'],
    ['LRO', '\u202D'],
    ['RLO', '\u202E'],
    ['LRI', '\u2066'],
    ['RLI', '\u2067'],
    ['FSI', '\u2068'],
    ['PDI', '\u2069'],
    ['LRM', '\u200E'],
    ['RLM', '\u200F'],
    ['ALM', '\u061C'],
  ])('refuses the bidi control %s', (_name, ch) => {
    expect(refusal(name, `王${ch}明`)).toBe(STRANGE);
    expect(refusal(name, ch)).toBe(STRANGE);
  });

  it.each([
    ['NUL', '\u0000'],
    ['BEL', '\u0007'],
    ['ESC', '\u001B'],
    ['DEL', '\u007F'],
    ['PAD', '\u0080'],
    ['NEL', '\u0085'],
    ['CSI', '\u009B'],
    ['APC', '\u009F'],
    ['noncharacter', '\uFFFF'],
  ])('refuses the control character %s', (_name, ch) => {
    expect(refusal(name, `王${ch}明`)).toBe(STRANGE);
    expect(refusal(description, `王${ch}明`)).toBe('简介里有无法识别的字符，请重新输入。');
  });

  it.each([
    ['a lone high surrogate', '王\uD800明'],
    ['a lone low surrogate', '王\uDC00明'],
    ['a high surrogate at the end', '王明\uD83D'],
    ['swapped surrogates', '\uDE00\uD83D'],
  ])('refuses %s', (_name, value) => {
    expect(refusal(name, value)).toBe(STRANGE);
  });

  it('refuses line breaks and tabs inside a one-line field', () => {
    expect(refusal(name, '王\n明')).toBe(STRANGE);
    expect(refusal(name, '王\t明')).toBe(STRANGE);
    expect(refusal(name, '王\r明')).toBe(STRANGE);
    expect(refusal(name, '王\u2028明')).toBe(STRANGE);
    // Pasted with a line break at the end: only the edges, which are trimmed.
    expect(name.parse('王明\r\n')).toBe('王明');
  });

  it('keeps line breaks and tabs in a multi-line field, written as \\n', () => {
    expect(description.parse('第一段。\n\t第二段。')).toBe('第一段。\n\t第二段。');
    expect(description.parse('第一段。\r\n第二段。\r第三段。\u2029第四段。')).toBe(
      '第一段。\n第二段。\n第三段。\n第四段。',
    );
    expect(refusal(description, '\n\u200B\n')).toBe('请填写简介。');
  });

  it('normalises to NFC, so the same letters are stored the same way', () => {
    expect(name.parse('Zoe\u0301')).toBe('Zo\u00E9');
    expect(name.parse('Zo\u00E9')).toBe('Zo\u00E9');
    expect(name.parse('Zoe\u200B\u0301')).toBe('Zo\u00E9');
  });

  it('counts the characters a person sees', () => {
    expect(title.parse('林'.repeat(40))).toBe('林'.repeat(40));
    expect(refusal(title, '林'.repeat(41))).toBe('书名太长了，请不要超过 40 个字。');
    expect(title.parse(FAMILY.repeat(40))).toBe(FAMILY.repeat(40));
    expect(refusal(title, FAMILY.repeat(41))).toBe('书名太长了，请不要超过 40 个字。');
    expect(title.parse('e\u0301'.repeat(40))).toBe('\u00E9'.repeat(40));
    expect(title.parse('🇨🇳'.repeat(40))).toBe('🇨🇳'.repeat(40));
    expect(title.parse('😀'.repeat(40))).toBe('😀'.repeat(40));
  });

  it('counts exactly across long mixed text', () => {
    const pieces = ['林', 'a', FAMILY, '🇨🇳', 'e\u0301', '👩🏽‍💻', '\r\n', '가', '🏳️‍🌈'];
    let value = '';
    for (let i = 0; i < 5000; i++) value += pieces[(i * 7) % pieces.length];
    const long = text('文字稿', 5000, { multiline: true });
    expect(long.safeParse(value).success).toBe(true);
    const shorter = text('文字稿', 4999, { multiline: true });
    expect(refusal(shorter, value)).toBe('文字稿太长了，请不要超过 4999 个字。');
  });

  it('refuses an oversized value before looking at it closely', () => {
    expect(refusal(name, 'a'.repeat(20 * 8 + 1))).toBe('姓名太长了，请不要超过 20 个字。');
    // One "character" with a thousand accents stacked on it.
    expect(refusal(name, `a${'\u0301'.repeat(1000)}`)).toBe('姓名太长了，请不要超过 20 个字。');
  });

  it('counts a long text in linear time', () => {
    // Iterating Intl.Segmenter over one long string is quadratic in V8 (seconds for 100k units).
    const transcript = text('文字稿', 20000, { multiline: true });
    const started = Date.now();
    expect(refusal(transcript, 'a'.repeat(160000))).toBe('文字稿太长了，请不要超过 20000 个字。');
    expect(transcript.safeParse(FAMILY.repeat(20000)).success).toBe(true);
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('checks a minimum length in characters', () => {
    const code = text('口令', 10, { min: 2 });
    expect(refusal(code, '林')).toBe('口令太短了，请至少写 2 个字。');
    expect(code.parse('林林')).toBe('林林');
  });
});
