import { distanceWords, fitsAvailability, matchScore, treeDistance } from './matching';

describe('matching a request to a helper', () => {
  it('measures distance in steps of the org tree', () => {
    expect(treeDistance('/1/2/3/4/', '/1/2/3/4/')).toBe(0);
    expect(treeDistance('/1/2/3/4/', '/1/2/3/5/')).toBe(2);
    expect(treeDistance('/1/2/3/4/', '/1/2/6/7/')).toBe(4);
    expect(distanceWords(2)).toBe('同一个社区');
    expect(distanceWords(6)).toBe('离您较远');
  });

  it('fits a China-time window into the helper’s free slots', () => {
    // 2026-12-08 is a Tuesday; 09:00–11:00 in China.
    const slots = [{ weekday: 2, from: '08:00', to: '12:00' }];
    expect(fitsAvailability(slots, '2026-12-08T01:00:00.000Z', '2026-12-08T03:00:00.000Z')).toBe(true);
    expect(fitsAvailability(slots, '2026-12-08T03:00:00.000Z', '2026-12-08T05:00:00.000Z')).toBe(false);
    expect(fitsAvailability(slots, '2026-12-09T01:00:00.000Z', '2026-12-09T03:00:00.000Z')).toBe(false);
  });

  it('ranks urgent first, then near, then free; never a service not offered', () => {
    const base = {
      helperPath: '/1/2/3/4/',
      elderPath: '/1/2/3/4/',
      offered: ['陪诊'],
      slots: [],
      service: '陪诊',
      startsAt: '2026-12-08T01:00:00.000Z',
      endsAt: '2026-12-08T03:00:00.000Z',
      urgency: 'normal' as const,
    };
    expect(matchScore({ ...base, service: '代购' })).toBeNull();
    const urgentFar = matchScore({ ...base, urgency: 'urgent', elderPath: '/1/2/6/7/' }) as number;
    const normalNear = matchScore(base) as number;
    expect(urgentFar).toBeLessThan(normalNear);
    expect(matchScore({ ...base, elderPath: '/1/2/3/5/' })).toBeGreaterThan(normalNear);
  });
});
