import { envelopeBytes, unchanging } from './answer-bytes';

const user = () => ({
  user: { id: 7, name: '钟卫东', grants: [{ role: 'member', orgUnitId: 5 }], prefs: { large: true } },
});

describe('envelopeBytes', () => {
  it('is JSON.stringify in UTF-8 for any envelope, marked or not', () => {
    const plain = { ok: true as const, data: user() };
    const marked = { ok: true as const, data: unchanging(user()) };
    const refused = { ok: false as const, error: { code: 'VALIDATION' as const, message: '填写的内容不对。' } };
    for (const envelope of [plain, marked, refused, { ok: true as const, data: null }, { ok: true as const, data: 3 }])
      expect(envelopeBytes(envelope).toString('utf8')).toBe(JSON.stringify(envelope));
  });

  it('makes the bytes of a marked answer once, in memory of their own, and of any other answer every time', () => {
    const data = unchanging(user());
    const first = envelopeBytes({ ok: true, data });
    expect(envelopeBytes({ ok: true, data })).toBe(first);
    // Not a slice of Node's shared 8 KB pool, which a kept answer would hold on to.
    expect(first.buffer.byteLength).toBe(first.length);
    const plain = user();
    expect(envelopeBytes({ ok: true, data: plain })).not.toBe(envelopeBytes({ ok: true, data: plain }));
  });

  it('freezes a marked answer all the way down, so its bytes can never go stale', () => {
    const data = unchanging(user());
    expect(Object.isFrozen(data.user.grants[0])).toBe(true);
    expect(Object.isFrozen(data.user.prefs)).toBe(true);
    expect(() => {
      (data.user as { name: string }).name = '别人';
    }).toThrow(TypeError);
    expect(envelopeBytes({ ok: true, data }).toString()).toContain('钟卫东');
  });
});
