// Who sees a member's phone number in full (PIPL: only what a role needs). The secretary of the member's own
// branch may call them, and so may an admin whose subtree holds that branch; everyone else sees it masked.
// Every view of a full number is audited by the action that shows it.
import { isWithin } from '../common/org-paths';
import { type ScopedGrant } from './org-scope';

/** "138****5678": enough for a person to recognise their own number, not enough to call. */
export function maskPhone(phone: string | null): string | null {
  if (phone === null) return null;
  if (phone.length < 7) return '*'.repeat(phone.length);
  return `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}`;
}

/** The digits a masked number still shows at its end: a search by a viewer of masked numbers matches only these. */
export const SHOWN_TAIL_DIGITS = 4;

/** Where `viewer` sees full numbers: the branches they are secretary of, and the subtrees they are admin of. */
export function fullPhoneUnits(viewer: readonly ScopedGrant[]): { branches: string[]; subtrees: string[] } {
  return {
    branches: viewer.filter((g) => g.role === 'secretary').map((g) => g.orgPath),
    subtrees: viewer.filter((g) => g.role === 'admin').map((g) => g.orgPath),
  };
}

/** True when `viewer` may see the full number of a member whose home branch is at `memberPath`. */
export function seesFullPhone(viewer: readonly ScopedGrant[], memberPath: string): boolean {
  const { branches, subtrees } = fullPhoneUnits(viewer);
  return branches.includes(memberPath) || subtrees.some((s) => isWithin(memberPath, s));
}

/**
 * A search for these digits, by this viewer: allowed, or refused when it asks for digits the viewer is never shown
 * (more than the last four, by someone who sees no full number anywhere: a post manager probing a masked number).
 */
export function phoneSearchProblem(viewer: readonly ScopedGrant[], digits: string): string | null {
  if (digits.length <= SHOWN_TAIL_DIGITS) return null;
  const { branches, subtrees } = fullPhoneUnits(viewer);
  if (branches.length > 0 || subtrees.length > 0) return null;
  return `您看到的手机号中间几位是隐去的，只能按手机号的后 ${SHOWN_TAIL_DIGITS} 位查找，或者按姓名查找。`;
}

/** The number as this viewer may see it, and whether it was shown in full (to be audited). */
export function phoneFor(
  viewer: readonly ScopedGrant[],
  memberPath: string,
  phone: string | null,
): { phone: string | null; full: boolean } {
  if (phone === null) return { phone: null, full: false };
  return seesFullPhone(viewer, memberPath) ? { phone, full: true } : { phone: maskPhone(phone), full: false };
}
