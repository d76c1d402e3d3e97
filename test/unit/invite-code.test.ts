// The invitation code's input check says the real cause and what to try, and accepts exactly the codes the
// server makes (backend/rules/invitations.ts).
import { INVITE_ALPHABET, inviteCodeFromBytes } from '../../backend/rules/invitations';
import { inviteCodeProblem, redeemInviteInput } from '../../contracts/account';

const refusal = (code: string): string | undefined => {
  const parsed = redeemInviteInput.safeParse({ code });
  return parsed.success ? undefined : parsed.error.issues[0]?.message;
};

describe('invitation code check', () => {
  it('accepts every code the server makes, typed in any case, with spaces, dashes or a Chinese keyboard', () => {
    for (let n = 0; n < 200; n += 1) {
      const code = inviteCodeFromBytes(Uint8Array.from({ length: 8 }, (_, i) => (n * 31 + i * 7) % 256));
      expect(inviteCodeProblem(code)).toBeNull();
    }
    expect(refusal('abcd-efgh')).toBeUndefined();
    expect(refusal('ＡＢＣＤ ２３４５')).toBeUndefined();
    expect(redeemInviteInput.parse({ code: 'abcd efgh' }).code).toBe('ABCDEFGH');
  });

  it('the alphabet it accepts is the server’s', () => {
    const accepted = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789']
      .filter((ch) => inviteCodeProblem(ch.repeat(8)) === null)
      .join('');
    expect(accepted).toBe(INVITE_ALPHABET);
  });

  it.each([
    ['ABC1EFGH', '第 4 位是数字 1', '数字 7 或字母 J'],
    ['ABCDEFG0', '第 8 位是数字 0', '字母 D 或 Q'],
    ['OBCDEFGH', '第 1 位是字母 O', '字母 D 或 Q'],
    ['abcdefgi', '第 8 位是字母 I', '字母 J 或 T'],
    ['ABlDEFGH', '第 3 位是字母 L', '字母 J 或 T'],
  ])('%s: names the left-out character, where it is, and what it probably is', (code, where, instead) => {
    const message = refusal(code) ?? '';
    expect(message).toContain('邀请码里不用数字 0、1 和字母 O、I、L');
    expect(message).toContain(where);
    expect(message).toContain(instead);
  });

  it('names a character that is not a letter or digit, and a wrong length', () => {
    expect(refusal('ABCD。EFG')).toBe('邀请码只有字母和数字。您填的第 5 位是“。”，请去掉它，再对照邀请码核对一遍。');
    expect(refusal('ABCDEFG')).toBe('邀请码是 8 位，您填了 7 位。请对照支部书记给您的邀请码，看看是多了还是少了一位。');
    expect(refusal('ABCDEFGHJ')).toContain('您填了 9 位');
    expect(refusal('   ')).toBe('邀请码还没有填。请填写支部书记给您的 8 位邀请码。');
  });
});
