import { correctionTransfer, floorOf, isBalanced, serviceTransfer, withinFloor } from './transfers';

describe('the double-entry hours ledger', () => {
  it('credits service from the post to the member, summing to zero', () => {
    const t = serviceTransfer(3, 42, 180)!;
    expect(t.movements).toEqual([
      { accountKind: 'post', accountId: 3, minutes: -180 },
      { accountKind: 'member', accountId: 42, minutes: 180 },
    ]);
    expect(isBalanced(t)).toBe(true);
    expect(serviceTransfer(3, 42, 0)).toBeNull();
  });

  it('moves only the difference on a correction, either way', () => {
    expect(correctionTransfer(3, 42, 180, 120)!.movements[1]).toEqual({
      accountKind: 'member',
      accountId: 42,
      minutes: -60,
    });
    expect(correctionTransfer(3, 42, 0, 90)!.movements[1].minutes).toBe(90);
    expect(isBalanced(correctionTransfer(3, 42, 0, 90)!)).toBe(true);
    expect(correctionTransfer(3, 42, 90, 90)).toBeNull();
    expect(() => correctionTransfer(3, 42, 90, -30)).toThrow();
  });

  it('knows an unbalanced transfer when it sees one', () => {
    expect(isBalanced({ kind: 'service', movements: [{ accountKind: 'member', accountId: 1, minutes: 60 }] })).toBe(
      false,
    );
    expect(
      isBalanced({
        kind: 'service',
        movements: [
          { accountKind: 'post', accountId: 1, minutes: -60 },
          { accountKind: 'member', accountId: 1, minutes: 61 },
        ],
      }),
    ).toBe(false);
    expect(
      isBalanced({
        kind: 'service',
        movements: [
          { accountKind: 'post', accountId: 1, minutes: -0.5 },
          { accountKind: 'member', accountId: 1, minutes: 0.5 },
        ],
      }),
    ).toBe(false);
  });

  it('keeps people’s and pools’ hours at or above zero, while the issuers (posts, the bureau) have no floor', () => {
    expect(floorOf('timebank')).toBe(0);
    expect(floorOf('pool')).toBe(0);
    expect(floorOf('member')).toBe(0);
    expect(floorOf('post')).toBeNull();
    expect(withinFloor('timebank', 0)).toBe(true);
    expect(withinFloor('timebank', -1)).toBe(false);
    expect(withinFloor('pool', -30)).toBe(false);
    expect(withinFloor('bureau', -100_000)).toBe(true);
  });
});
