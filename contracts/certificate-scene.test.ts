import { certificateKindOf, certificateScene, readCertificateScene } from './certificate-scene';

const ref = { number: 'ZY20261203-7KQ2MX', sig: 'aZ09_-bcdefghijk' };

describe('the certificate scene', () => {
  it('fits WeChat’s 32 characters and allowed set, and reads back as the same certificate', () => {
    const scene = certificateScene(ref);
    expect(scene).toBe('202612037KQ2MX.aZ09_-bcdefghijk');
    expect(scene.length).toBeLessThanOrEqual(32);
    expect(scene).toMatch(/^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]+$/);
    expect(readCertificateScene(scene)).toEqual(ref);
  });

  it('reads nothing from a scene that is not a certificate’s: cut off, typed over, or another kind', () => {
    for (const bad of [
      '',
      '202612037KQ2MX',
      '202612037KQ2MX.aZ09_-bcdefghij',
      '202612037KQ2MX.aZ09_-bcdefghijkl',
      '2026123.7KQ2MX.aZ09_-bcdefghijk',
      'e.1k',
      'k.1.2.abcdefghijk',
      '202612037kq2mx.aZ09_-bcdefghijk',
      '202612037KQ2MX.aZ09%2Fbcdefghijk',
    ]) {
      expect(readCertificateScene(bad)).toBeNull();
    }
  });

  it('refuses to make a scene that would not fit', () => {
    expect(() => certificateScene({ number: 'ZY20261203-7KQ2MXAB', sig: ref.sig })).toThrow();
    expect(() => certificateScene({ number: ref.number, sig: 'short' })).toThrow();
  });
});

describe('the time-bank certificate’s scene', () => {
  const sj = { number: 'SJ20261203-7KQ2MX', sig: 'aZ09_-bcdefghijk' };

  it('is told from a volunteer certificate by one letter and still fits 32 characters', () => {
    const scene = certificateScene(sj);
    expect(scene).toBe('S202612037KQ2MX.aZ09_-bcdefghijk');
    expect(scene.length).toBe(32);
    expect(readCertificateScene(scene)).toEqual(sj);
    expect(certificateKindOf(sj.number)).toBe('timebank');
    expect(certificateKindOf(ref.number)).toBe('volunteer');
  });

  it('reads no certificate from a letter no kind has, nor from a number no kind begins with', () => {
    expect(readCertificateScene('X202612037KQ2MX.aZ09_-bcdefghijk')).toBeNull();
    expect(readCertificateScene('s202612037KQ2MX.aZ09_-bcdefghijk')).toBeNull();
    expect(certificateKindOf('XX20261203-7KQ2MX')).toBeNull();
    expect(() => certificateScene({ number: 'XX20261203-7KQ2MX', sig: sj.sig })).toThrow();
  });
});
