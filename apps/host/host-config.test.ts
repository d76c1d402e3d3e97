// TRUST_PROXY as the host reads it: off unless said, and a value that is not clearly a proxy setting stops the host.
import { fastifyTrustProxy, readHostConfig, readTrustProxy } from './host-config';

describe('TRUST_PROXY', () => {
  it('is off by default and for "", "false" and "0"', () => {
    expect(readHostConfig({}).trustProxy).toBeUndefined();
    for (const v of ['', 'false', '0', '  ']) expect(readTrustProxy(v)).toBeUndefined();
    expect(fastifyTrustProxy(undefined)).toBe(false);
  });

  it('reads true, a hop count, or a list of proxy addresses and ranges', () => {
    expect(readTrustProxy('true')).toBe(true);
    expect(readTrustProxy('2')).toBe(2);
    expect(readTrustProxy('10.0.0.1, 192.168.0.0/16,::1,loopback')).toEqual([
      '10.0.0.1',
      '192.168.0.0/16',
      '::1',
      'loopback',
    ]);
  });

  it('stops the host on a value that is none of these, so a typo never trusts a forged header', () => {
    for (const v of ['yes', 'True', '10.0.0.1;rm', 'proxy.example.com', '1.5', '10.0.0.0/33', '10.0.0.1/8/1'])
      expect(() => readTrustProxy(v)).toThrow(/TRUST_PROXY/);
  });

  it('turns a hop count into "the nearest n hops", which fastify 5 would otherwise treat as trusting nobody', () => {
    const trust = fastifyTrustProxy(1);
    if (typeof trust !== 'function') throw new Error('a hop count should become a function');
    expect([trust('127.0.0.1', 0), trust('203.0.113.7', 1)]).toEqual([true, false]);
  });
});
