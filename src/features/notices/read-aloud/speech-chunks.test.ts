import { speechText } from '../../../../contracts/notice-speech';
import { FIRST_CHUNK_BYTES, SPEECH_CHUNK_BYTES, speechChunks, WECHAT_SI_MAX_BYTES } from './speech-chunks';

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');
/** What is said, whatever the cuts: every character but blank space, in order. */
const spoken = (s: string) => s.replace(/\s+/g, '');

function expectWellFormed(text: string, chunks: string[]) {
  expect(spoken(chunks.join(''))).toBe(spoken(text));
  chunks.forEach((c, i) => {
    expect(c.trim()).not.toBe('');
    expect(bytes(c)).toBeLessThanOrEqual(i === 0 ? FIRST_CHUNK_BYTES : SPEECH_CHUNK_BYTES);
    expect(bytes(c)).toBeLessThanOrEqual(WECHAT_SI_MAX_BYTES);
    // No broken surrogate pair: the piece survives a round trip through UTF-8.
    expect(Buffer.from(c, 'utf8').toString('utf8')).toBe(c);
  });
}

describe('speechChunks: a notice cut for WechatSI', () => {
  test('empty and blank text give nothing to say', () => {
    expect(speechChunks('')).toEqual([]);
    expect(speechChunks(' \n\n \t\n')).toEqual([]);
  });

  test('a short notice: the title first on its own, the body after, cut only at sentence ends', () => {
    const body =
      '请各位党员准时到社区活动室，会上传达上级精神并讨论下半年的活动安排。\n带好党员证，不要迟到。行动不便的同志，请提前告诉支部书记。';
    const text = speechText({ title: '本周五上午九点开支部大会', body, importance: 'important' });
    const chunks = speechChunks(text);
    expect(chunks[0]).toBe('重要通知。本周五上午九点开支部大会。');
    expect(chunks[1]).toBe(
      '请各位党员准时到社区活动室，会上传达上级精神并讨论下半年的活动安排。\n带好党员证，不要迟到。行动不便的同志，请提前告诉支部书记。',
    );
    expectWellFormed(text, chunks);
    for (const c of chunks) expect(c).toMatch(/[。]$/);
  });

  test('10,000 characters of real sentences: every piece fits, each ends a sentence, nothing lost', () => {
    const sentence = '社区老年大学下周开设书法、太极拳和智能手机课程，欢迎报名！';
    const text = sentence.repeat(Math.ceil(10_000 / sentence.length)).slice(0, 10_000 - 1) + '。';
    const chunks = speechChunks(text);
    expectWellFormed(text, chunks);
    // About 200 characters a piece: roughly 50 calls, not thousands and not one.
    expect(chunks.length).toBeGreaterThan(40);
    expect(chunks.length).toBeLessThan(60);
    for (const c of chunks.slice(0, -1)) expect(c).toMatch(/[！。]$/);
  });

  test('no punctuation at all: cut by bytes, between whole characters', () => {
    const text = '请大家按时参加活动'.repeat(1200);
    const chunks = speechChunks(text);
    expectWellFormed(text, chunks);
    expect(chunks.length).toBe(Math.ceil((bytes(text) - FIRST_CHUNK_BYTES) / SPEECH_CHUNK_BYTES) + 1);
  });

  test('a long sentence pauses at its commas before it is cut by bytes', () => {
    const clause = '请带好身份证和党员证';
    const text = `${Array.from({ length: 40 }, () => clause).join('，')}。`;
    const chunks = speechChunks(text);
    expectWellFormed(text, chunks);
    for (const c of chunks.slice(0, -1)) expect(c).toMatch(/，$/);
  });

  test('emoji are never split, not even joined families or skin tones, and ASCII is one byte each', () => {
    const family = '👨‍👩‍👧‍👦';
    const text = `${'👍🏻'.repeat(100)}${family.repeat(40)}${'abc'.repeat(300)}`;
    const chunks = speechChunks(text);
    expectWellFormed(text, chunks);
    for (const c of chunks) {
      expect(c).not.toMatch(/^[\u{1F3FB}-\u{1F3FF}\u200d]/u);
      expect(c).not.toMatch(/\u200d$/u);
    }
    expect(chunks.join('')).toBe(text);
  });

  test('refuses a piece size WechatSI would not take', () => {
    expect(() => speechChunks('好', WECHAT_SI_MAX_BYTES + 1)).toThrow(RangeError);
  });
});
