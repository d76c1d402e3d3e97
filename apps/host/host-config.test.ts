// The host's settings as it reads them: off unless said, and a value that is not clearly a setting stops the host.
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

describe('DB_POOL_SIZE', () => {
  it('is left to the database module when unset, and read as a whole number of connections', () => {
    expect(readHostConfig({}).dbPoolSize).toBeUndefined();
    expect(readHostConfig({ DB_POOL_SIZE: '' }).dbPoolSize).toBeUndefined();
    expect(readHostConfig({ DB_POOL_SIZE: '4' }).dbPoolSize).toBe(4);
  });

  it('stops the host on a value that is not a sensible pool size', () => {
    for (const bad of ['0', '-2', '2.5', 'ten', '5000'])
      expect(() => readHostConfig({ DB_POOL_SIZE: bad })).toThrow(/DB_POOL_SIZE must be a whole number/);
  });
});
