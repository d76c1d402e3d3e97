import {
  hashInviteCode,
  INVITE_ALPHABET,
  inviteCodeFromBytes,
  inviteExpiry,
  judgeInvite,
  redeemerOf,
} from './invitations';

describe('invitation codes', () => {
  it('are eight characters from the unambiguous alphabet', () => {
    const code = inviteCodeFromBytes(Uint8Array.from([0, 1, 2, 3, 30, 31, 200, 255]));
    expect(code).toHaveLength(8);
    for (const ch of code) expect(INVITE_ALPHABET).toContain(ch);
    expect(code).not.toMatch(/[01OIL]/);
  });

  it('hash the same regardless of letter case', () => {
    expect(hashInviteCode('abcd2345')).toBe(hashInviteCode('ABCD2345'));
    expect(hashInviteCode('ABCD2345')).not.toBe(hashInviteCode('ABCD2346'));
  });

  const now = new Date('2026-11-29T09:00:00Z');
  const fresh = { expires_at: inviteExpiry(now).toISOString(), used_at: null, redeemed_by: null, revoked_at: null };

  it('expire seven days after issue', () => {
    expect(judgeInvite(fresh, 'wechat:o1', now)).toBe('valid');
    expect(judgeInvite(fresh, 'wechat:o1', new Date('2026-12-06T09:00:00Z'))).toBe('expired');
  });

  it('are single use, but the same redeemer may retry', () => {
    const used = { ...fresh, used_at: now.toISOString(), redeemed_by: 'wechat:o1' };
    expect(judgeInvite(used, 'wechat:o1', now)).toBe('replay');
    expect(judgeInvite(used, 'wechat:o2', now)).toBe('used');
    expect(judgeInvite(used, null, now)).toBe('used');
  });

  it('recognise a web resend only from the one who holds both the code and the request id, for ten minutes', () => {
    const mine = redeemerOf(null, 'ABCD2345', 'req-00000001');
    expect(mine).toMatch(/^retry:[0-9a-f]{64}$/);
    expect(redeemerOf(null, 'abcd2345', 'req-00000001')).toBe(mine);
    expect(redeemerOf(null, 'ABCD2345', undefined)).toBeNull();
    const used = { ...fresh, used_at: now.toISOString(), redeemed_by: mine };
    expect(judgeInvite(used, mine, new Date(now.getTime() + 9 * 60_000))).toBe('replay');
    expect(judgeInvite(used, mine, new Date(now.getTime() + 11 * 60_000))).toBe('used');
    // Another caller who guesses the request id but not the code is a different redeemer.
    expect(judgeInvite(used, redeemerOf(null, 'ZZZZ2345', 'req-00000001'), now)).toBe('used');
    expect(judgeInvite(used, null, now)).toBe('used');
  });

  it('are refused once revoked, even to the one who redeemed them', () => {
    expect(judgeInvite({ ...fresh, revoked_at: now.toISOString() }, 'wechat:o1', now)).toBe('revoked');
    const usedThenRevoked = {
      ...fresh,
      used_at: now.toISOString(),
      redeemed_by: 'wechat:o1',
      revoked_at: now.toISOString(),
    };
    expect(judgeInvite(usedThenRevoked, 'wechat:o1', now)).toBe('revoked');
  });
});
