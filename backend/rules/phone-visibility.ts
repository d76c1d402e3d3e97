// Who sees a member's phone number in full (PIPL: only what a role needs). The secretary of the member's own
// branch may call them, and so may an admin whose subtree holds that branch; everyone else sees it masked.
// Every view of a full number is audited by the action that shows it.
import { isWithin, type ScopedGrant } from './org-scope';

/** "138****5678": enough for a person to recognise their own number, not enough to call. */
export function maskPhone(phone: string | null): string | null {
  if (phone === null) return null;
  if (phone.length < 7) return '*'.repeat(phone.length);
  return `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}`;
}

/** True when `viewer` may see the full number of a member whose home branch is at `memberPath`. */
export function seesFullPhone(viewer: readonly ScopedGrant[], memberPath: string): boolean {
  return viewer.some(
    (g) => (g.role === 'secretary' && g.orgPath === memberPath) || (g.role === 'admin' && isWithin(memberPath, g.orgPath)),
  );
}

/** The number as this viewer may see it, and whether it was shown in full (to be audited). */
export function phoneFor(viewer: readonly ScopedGrant[], memberPath: string, phone: string | null): { phone: string | null; full: boolean } {
  if (phone === null) return { phone: null, full: false };
  return seesFullPhone(viewer, memberPath) ? { phone, full: true } : { phone: maskPhone(phone), full: false };
}
