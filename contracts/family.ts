// Family links, "this person may act for that one": a member shows a 家人码, a son or daughter redeems it on their
// own phone and may then act for the member (sign up and cancel for events today; ask the time bank for help on the
// member's behalf next). Account actions: the link belongs to people, not to one domain.
import { z } from 'zod';
import { id, none } from './fields';

export const familyCodeInput = none;
export const redeemFamilyCodeInput = z
  .object({
    code: z
      .string({ required_error: '请输入家人码。', invalid_type_error: '家人码的格式不对。' })
      .transform((s) => s.trim().toUpperCase())
      .pipe(z.string().regex(/^[A-HJ-NP-Z2-9]{6}$/, '家人码是 6 位字母和数字，请核对后再输入。')),
  })
  .strict();
/** 取消家人关联: the member removes a relative who redeemed their family code. */
export const removeRelativeInput = z.object({ relativeId: id('家人') }).strict();

export interface RemovedRelative {
  relativeId: number;
  /** The relative's name when this call removed the link; null when there was no link (nobody is named). */
  name: string | null;
  removed: boolean;
  /** One full sentence for the member. */
  message: string;
}

/** Served by the account function (contracts/api.ts). */
export interface FamilyApi {
  familyCode: { input: z.input<typeof familyCodeInput>; output: { code: string; expiresAt: string } };
  redeemFamilyCode: { input: z.input<typeof redeemFamilyCodeInput>; output: { memberId: number; memberName: string } };
  myFamily: {
    input: z.input<typeof familyCodeInput>;
    output: { members: { id: number; name: string }[]; relatives: { id: number; name: string }[] };
  };
  removeRelative: { input: z.input<typeof removeRelativeInput>; output: RemovedRelative };
}
