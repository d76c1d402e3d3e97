import { giftChoices, giftQuestion } from './gift';

describe('送时间 choices', () => {
  it('offers each linked relative and the pool, and only amounts she holds', () => {
    const { targets, amounts } = giftChoices({ balance: 5.5, relatives: [{ id: 871, name: '张明' }] });
    expect(targets.map((t) => [t.value, t.label, t.personId])).toEqual([
      ['p871', '张明', 871],
      ['pool', '互助池', null],
    ]);
    expect(amounts).toEqual([1, 2, 5]);
  });

  it('offers nothing to give when she holds less than an hour', () => {
    expect(giftChoices({ balance: 0.5, relatives: [] }).amounts).toEqual([]);
  });

  it('asks first, saying it cannot be taken back', () => {
    const { targets } = giftChoices({ balance: 3, relatives: [{ id: 871, name: '张明' }] });
    expect(giftQuestion(targets[0], 2)).toBe('把您的2小时送给张明？送出以后不能收回。');
    expect(giftQuestion(targets[1], 1)).toBe('把您的1小时捐给互助池？捐出以后不能收回。');
  });
});
