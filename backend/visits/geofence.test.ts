import { distanceWords, haversineMetres, judgeLocation } from './geofence';

const post = { lat: 24.4798, lng: 118.0894, radius: 200 };

describe('haversine distance and the post radius', () => {
  it('measures known distances within a metre or so', () => {
    // One degree of latitude is about 111.2 km everywhere.
    expect(haversineMetres({ lat: 24, lng: 118 }, { lat: 25, lng: 118 })).toBeGreaterThan(111_100);
    expect(haversineMetres({ lat: 24, lng: 118 }, { lat: 25, lng: 118 })).toBeLessThan(111_300);
    expect(haversineMetres(post, post)).toBe(0);
    // 0.045° of latitude ≈ 5 km.
    expect(Math.round(haversineMetres(post, { lat: post.lat + 0.045, lng: post.lng }) / 100)).toBe(50);
  });

  it('accepts a fix inside the radius and refuses one 5 km away with the distance', () => {
    expect(judgeLocation(post, { lat: post.lat + 0.001, lng: post.lng, accuracy: 15 })).toEqual({
      ok: true,
      metres: 111,
      poorAccuracy: false,
    });
    const far = judgeLocation(post, { lat: post.lat + 0.045, lng: post.lng, accuracy: 10 });
    expect(far).toMatchObject({ ok: false, reason: 'too_far' });
    expect(far.ok === false && far.reason === 'too_far' && far.metres).toBeGreaterThan(4_900);
  });

  it('gives a poor fix at most one radius of slack, and flags it', () => {
    const at = { lat: post.lat + 0.003, lng: post.lng }; // ≈ 334 m
    expect(judgeLocation(post, { ...at, accuracy: 20 })).toMatchObject({ ok: false, reason: 'too_far' });
    expect(judgeLocation(post, { ...at, accuracy: 5_000 })).toMatchObject({ ok: true, poorAccuracy: true });
    expect(judgeLocation(post, { lat: post.lat + 0.004, lng: post.lng, accuracy: 5_000 })).toMatchObject({
      ok: false,
      reason: 'too_far',
    });
  });

  it('refuses coordinates that are not on Earth', () => {
    for (const at of [
      { lat: 91, lng: 0 },
      { lat: 0, lng: -181 },
      { lat: Number.NaN, lng: 0 },
      { lat: 0, lng: Infinity },
    ]) {
      expect(judgeLocation(post, at)).toEqual({ ok: false, reason: 'out_of_range' });
    }
  });

  it('says a distance in words', () => {
    expect(distanceWords(5012)).toBe('5,012 米');
    expect(distanceWords(12_345)).toBe('12.3 公里（12,345 米）');
  });
});
