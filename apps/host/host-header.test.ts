import { bearer } from './host-header';

describe('bearer', () => {
  it('takes the token after "Bearer " however the scheme is spelt and spaced', () => {
    expect(bearer('Bearer abc.def.ghi')).toBe('abc.def.ghi');
    expect(bearer('bearer abc')).toBe('abc');
    expect(bearer('BEARER   abc')).toBe('abc');
    expect(bearer('Bearer \tabc')).toBe('abc');
    expect(bearer('Bearer  abc')).toBe('abc');
  });

  it('hands anything else to the token check as it is, and no header as null', () => {
    expect(bearer('Basic dXNlcg==')).toBe('Basic dXNlcg==');
    expect(bearer('Bearerabc')).toBe('Bearerabc');
    expect(bearer('')).toBe('');
    expect(bearer(undefined)).toBeNull();
  });
});
