// The account function's actions: input schemas (validated in the function) and output types (used by the front end).
import { z } from 'zod';
import { id, none, text } from './fields';
import { sceneField } from './qrcode';
import type { OrgLevel, Role } from './roles';

export const devLoginInput = z
  .object({
    handle: z
      .string({ required_error: '请填写登录名。', invalid_type_error: '登录名的格式不对。' })
      .max(40, '登录名太长了。')
      .regex(/^[a-z][a-z0-9]{1,39}$/, '登录名只能是小写字母和数字，例如 member1。'),
  })
  .strict();

export const meInput = none;

/** The short-code alphabet (backend/common/short-codes.ts): no 0, 1, I, L or O, which are easily misread. */
export const INVITE_CODE_LENGTH = 8;
const INVITE_CODE = /^[A-HJKMNP-Z2-9]{8}$/;

/** Each character the codes leave out, and the characters of the alphabet it is most likely a misreading of. */
const MISREAD: Record<string, { said: string; tryInstead: string }> = {
  '0': { said: '数字 0', tryInstead: '字母 D 或 Q' },
  O: { said: '字母 O', tryInstead: '字母 D 或 Q' },
  '1': { said: '数字 1', tryInstead: '数字 7 或字母 J' },
  I: { said: '字母 I', tryInstead: '字母 J 或 T' },
  L: { said: '字母 L', tryInstead: '字母 J 或 T' },
};

/**
 * Why a typed invitation code cannot be one, naming the real cause and the next step: a character the codes never
 * use (and what it probably is), something that is not a letter or digit, or the wrong length. Null when it could be.
 */
export function inviteCodeProblem(code: string): string | null {
  const chars = [...code];
  for (let i = 0; i < chars.length; i += 1) {
    const misread = MISREAD[chars[i]];
    if (misread) {
      return `邀请码里不用数字 0、1 和字母 O、I、L，因为它们容易看混。您填的第 ${i + 1} 位是${misread.said}，请对照邀请码再看一看，它可能是${misread.tryInstead}。`;
    }
    if (!/[A-Z2-9]/.test(chars[i])) {
      return `邀请码只有字母和数字。您填的第 ${i + 1} 位是“${chars[i]}”，请去掉它，再对照邀请码核对一遍。`;
    }
  }
  if (chars.length === 0) return '邀请码还没有填。请填写支部书记给您的 8 位邀请码。';
  if (chars.length !== INVITE_CODE_LENGTH) {
    return `邀请码是 8 位，您填了 ${chars.length} 位。请对照支部书记给您的邀请码，看看是多了还是少了一位。`;
  }
  return INVITE_CODE.test(code) ? null : '邀请码不对，请对照支部书记给您的邀请码再填一次。';
}

/** The typed 8-character code, or the scanned `i.` scene of an invitation QR: one of them, not both. */
export const redeemInviteInput = z
  .object({
    code: z
      .string({ invalid_type_error: '邀请码的格式不对。' })
      .max(64, '邀请码太长了。邀请码是 8 位，请对照支部书记给您的邀请码再填一次。')
      // Full-width letters and digits (a Chinese keyboard) count as the plain ones.
      .transform((s) => s.normalize('NFKC').replace(/[\s-]/g, '').toUpperCase())
      .superRefine((code, ctx) => {
        const problem = inviteCodeProblem(code);
        if (problem) ctx.addIssue({ code: z.ZodIssueCode.custom, message: problem });
      })
      .optional(),
    scene: sceneField.optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.code === undefined && v.scene === undefined)
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: '请填写邀请码，或者扫一扫支部书记给您的邀请二维码。' });
    if (v.code !== undefined && v.scene !== undefined)
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: '邀请码和邀请二维码用一个就可以了，请只用其中一个。' });
  });

export const createInviteInput = z
  .object({
    /** Re-invite a person already on the branch's roll … */
    personId: id('党员编号').optional(),
    /** … who already signs in but lost their phone: their earlier sessions end. Refused without it. */
    lostPhone: z.boolean({ invalid_type_error: '“手机丢了或换了”的选择不对。' }).optional(),
    /** … or add a new member to a branch and invite them. */
    name: text('姓名', 20).optional(),
    orgUnitId: id('支部编号').optional(),
  })
  .strict()
  .refine((v) => v.personId !== undefined || (v.name !== undefined && v.orgUnitId !== undefined), {
    message: '请选择要邀请的党员，或填写新党员的姓名和所在支部。',
  });

export const updatePreferencesInput = z
  .object({
    largeText: z.boolean({ invalid_type_error: '大字模式的设置不对。' }).optional(),
    readAloud: z.boolean({ invalid_type_error: '朗读的设置不对。' }).optional(),
  })
  .strict()
  .refine((v) => v.largeText !== undefined || v.readAloud !== undefined, { message: '没有要保存的设置。' });

/** A unit's direct children (or, without parentId, the units the caller manages), for stepping down the tree. */
export const orgUnitsInput = z
  .object({ parentId: id('单位编号').optional() })
  .strict()
  .optional()
  .default({});

export interface Preferences {
  largeText: boolean;
  readAloud: boolean;
}

export interface RoleGrant {
  role: Role;
  orgUnitId: number;
}

export interface User {
  id: number;
  name: string;
  /** Role names the person holds anywhere; `grants` says where. */
  roles: Role[];
  grants: RoleGrant[];
  orgUnitId: number;
  orgUnitName: string;
  preferences: Preferences;
}

export interface Invite {
  code: string;
  invitationId: number;
  personId: number;
  personName: string;
  orgUnitId: number;
  expiresAt: string;
  /** The signed `invitation` scene: its QR opens 加入支部 ready to redeem. A credential, like the code. */
  scene: string;
  /** What the QR encodes (the scan page with the scene). */
  url: string;
}

export const revokeInviteInput = z.object({ invitationId: id('邀请编号') }).strict();
export const inviteSheetInput = z.object({ orgUnitId: id('支部编号') }).strict();
export const inviteSheetPlanInput = inviteSheetInput;

/** What 生成邀请单 will do, told before it is done: slips to print, earlier unused codes it voids, who needs none. */
export interface InviteSheetPlan {
  branchName: string;
  slips: number;
  openCodes: number;
  skipped: number;
}

/** One member's slip on a printed invitation sheet. */
export interface InviteSlip {
  personId: number;
  personName: string;
  code: string;
  /** The QR as a PNG data URL, ready to print. */
  image: string;
  expiresAt: string;
}

export interface OrgUnit {
  id: number;
  name: string;
  level: OrgLevel;
  parentId: number | null;
}

export interface OrgUnits {
  /** The unit asked about (null when listing the caller's own units). */
  parent: OrgUnit | null;
  units: OrgUnit[];
}

export interface AccountApi {
  devLogin: { input: z.input<typeof devLoginInput>; output: { token: string; user: User } };
  me: { input: z.input<typeof meInput>; output: { user: User } };
  redeemInvite: { input: { code: string } | { scene: string }; output: { token?: string; user: User } };
  createInvite: { input: z.input<typeof createInviteInput>; output: { invite: Invite; scene: string } };
  revokeInvite: { input: z.input<typeof revokeInviteInput>; output: { message: string } };
  inviteSheet: {
    input: z.input<typeof inviteSheetInput>;
    output: { branchName: string; slips: InviteSlip[]; skipped: number };
  };
  inviteSheetPlan: { input: z.input<typeof inviteSheetPlanInput>; output: InviteSheetPlan };
  updatePreferences: { input: z.input<typeof updatePreferencesInput>; output: { preferences: Preferences } };
  orgUnits: { input: z.input<typeof orgUnitsInput>; output: OrgUnits };
}
