import { hashInviteCode, INVITE_ALPHABET, inviteCodeFromBytes, inviteExpiry, judgeInvite } from './invitations';

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
  const fresh = { expires_at: inviteExpiry(now).toISOString(), used_at: null, redeemed_by: null };

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
});
