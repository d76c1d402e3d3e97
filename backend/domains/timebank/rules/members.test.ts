import { ageOf, decideRequest, maySpend, offerProblem, poolHelps, spendableMinutes } from './members';

const now = new Date('2026-12-07T02:00:00.000Z');

describe('who may offer, spend and be helped from the pool', () => {
  it('counts age by the China year', () => {
    expect(ageOf(1946, now)).toBe(80);
    expect(ageOf(1946, new Date('2026-12-31T17:00:00.000Z'))).toBe(81); // already 2027 in China
    expect(ageOf(null, now)).toBeNull();
  });

  it('lets 60 to 70 offer help, and says why not otherwise', () => {
    expect(offerProblem(60)).toBeNull();
    expect(offerProblem(70)).toBeNull();
    expect(offerProblem(59)).toMatch(/60到70岁/);
    expect(offerProblem(71)).toMatch(/60到70岁/);
    expect(offerProblem(null)).toMatch(/出生年份/);
  });

  it('spends from 70, or earlier when approved; the pool helps 80+ and hardship', () => {
    expect(maySpend({ age: 70, early: false, hardship: false })).toBe(true);
    expect(maySpend({ age: 69, early: false, hardship: false })).toBe(false);
    expect(maySpend({ age: 65, early: true, hardship: false })).toBe(true);
    expect(spendableMinutes(600, { age: 65, early: false, hardship: false })).toBe(0);
    expect(spendableMinutes(600, { age: 75, early: false, hardship: false })).toBe(600);
    expect(poolHelps({ age: 80, early: false, hardship: false })).toBe(true);
    expect(poolHelps({ age: 79, early: false, hardship: false })).toBe(false);
    expect(poolHelps({ age: 72, early: false, hardship: true })).toBe(true);
  });

  it('opens a request the elder can pay, or the pool covers; else it waits for the secretary and says so', () => {
    expect(decideRequest({ age: 75, early: false, hardship: false }, 180, 120, false)).toMatchObject({
      status: 'open',
      payer: 'own',
    });
    expect(decideRequest({ age: 85, early: false, hardship: false }, 0, 120, false)).toMatchObject({
      status: 'open',
      payer: 'pool',
    });
    const held = decideRequest({ age: 75, early: false, hardship: false }, 60, 120, false);
    expect(held).toMatchObject({ status: 'awaiting_approval' });
    expect(held.message).toBe('您存的时间不够这次帮助。请求已经交给支部书记审核，书记同意后就会有人来帮您。');
    expect(decideRequest({ age: 66, early: false, hardship: false }, 0, 60, false).message).toMatch(/未满70岁/);
    expect(decideRequest({ age: 75, early: false, hardship: false }, 0, 120, true).status).toBe('open');
  });
});
