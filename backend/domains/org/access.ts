// Who may act in the organisation: a branch secretary (or an admin above) over the branch's units and people
// (manageBranch), an organisation admin over the tree and its role grants (manageOrg), and the roster's readers
// (viewRoster). Built on the person policy (backend/access/person-access.ts) and the unit scope (unit-scope.ts), so
// every org action asks in one of these words. (The roster import keeps its own batch check, peopleInReach.)
import type { Expression, Kysely, SqlBool } from 'kysely';
import { SCOPES } from '../../../contracts/roles';
import {
  inPersonReach,
  mayActOnPerson,
  reachOver,
  requirePersonInReach,
  requireReach,
  targetOf,
  type Actor,
  type PersonTarget,
  type PersonWords,
} from '../../access/person-access';
import { phoneMatches } from '../../access/phone-search';
import { inCallerScope, requireUnitInScope, type Granted, type ScopeMessages } from '../../access/unit-scope';
import type { PersonProfile } from '../../data/people';
import type { OrgUnitRow, Schema } from '../../data/schema';
import { canActOn } from '../../rules/org-scope';
import { fail } from '../../runtime/app-error';
import type { PersonCaller } from '../../runtime/caller';

type Db = Parameters<typeof requireUnitInScope>[0];

/** A unit of the caller's branch (or below an admin): for people added, a unit's page. */
export function requireBranchUnit(
  db: Db,
  caller: Granted,
  unitId: number,
  messages?: ScopeMessages,
): Promise<OrgUnitRow> {
  return requireUnitInScope(db, caller, SCOPES.manageBranch, unitId, messages);
}

/** A unit the caller runs as an organisation admin: creating, renaming, moving, closing units and granting roles. */
export function requireAdminUnit(
  db: Db,
  caller: Granted,
  unitId: number,
  messages?: ScopeMessages,
): Promise<OrgUnitRow> {
  return requireUnitInScope(db, caller, SCOPES.manageOrg, unitId, messages);
}

/** A unit whose roster the caller may read or export. */
export function requireRosterUnit(
  db: Db,
  caller: Granted,
  unitId: number,
  messages?: ScopeMessages,
): Promise<OrgUnitRow> {
  return requireUnitInScope(db, caller, SCOPES.viewRoster, unitId, messages);
}

/** A member the caller looks after as branch secretary; 'allowed': the member themself may too (their own record). */
export function requireBranchMember(
  db: Kysely<Schema>,
  caller: PersonCaller,
  personId: number,
  self: 'allowed' | 'managed',
): Promise<PersonProfile> {
  return requirePersonInReach(db, caller, personId, { scope: SCOPES.manageBranch, self });
}

/** A person the admin may give a role to or take one from (never themself), refused in the action's words. */
export function requireRoleHolder(
  db: Kysely<Schema>,
  caller: PersonCaller,
  personId: number,
  words: Partial<PersonWords>,
): Promise<PersonProfile> {
  return requirePersonInReach(db, caller, personId, { scope: SCOPES.manageOrg, self: 'managed', words });
}

/** Whether the caller is secretary (or an admin above) where a transfer arrives. */
export function receivesAt(caller: Granted, toPath: string): boolean {
  return canActOn(caller.grants, SCOPES.manageBranch, toPath);
}

/** A transfer's receiver reaches the person as they will be after the move, or is refused in these words. */
export function requireReceivable(caller: PersonCaller, arriving: PersonTarget, words: Partial<PersonWords>): void {
  requireReach(reachOver(caller, SCOPES.manageBranch, arriving), words);
}

const WITHDRAW_WORDS: Partial<PersonWords> = {
  notFound: '没有找到这个转接。',
  outsideScope: '这位党员不在您管理的支部里，您不能撤回他的转接。',
  widerRole: '这位同志在您管理的范围以外还担任职务，不能由您撤回他的转接。请联系上级管理员。',
};

/**
 * A transfer is withdrawn by whoever sent it (even once they no longer manage the person, so they can take back
 * their own mistake), or by someone who manages the person now; never by the member themself or the receiver.
 */
export async function requireTransferWithdrawer(
  db: Kysely<Schema>,
  caller: PersonCaller,
  transfer: { personId: number; requestedBy: number },
): Promise<void> {
  if (caller.person.id === transfer.requestedBy) return;
  if (caller.person.id === transfer.personId) throw fail.forbidden('自己的转接要由支部书记撤回，请联系您的支部书记。');
  await requirePersonInReach(db, caller, transfer.personId, {
    scope: SCOPES.manageBranch,
    self: 'managed',
    words: WITHDRAW_WORDS,
  });
}

/** The same rule for the person page's 撤回 button, on a profile already loaded. */
export function mayWithdrawTransfer(
  viewer: Actor & { personId: number },
  profile: PersonProfile,
  requestedBy: number,
): boolean {
  if (viewer.personId === requestedBy) return true;
  return viewer.personId !== profile.person.id && reachOver(viewer, SCOPES.manageBranch, targetOf(profile)) === 'ok';
}

/** Whether this viewer may change the person's record (the person page's 修改 button). */
export function mayEditPerson(viewer: Actor & { personId: number }, profile: PersonProfile): boolean {
  return mayActOnPerson(viewer, SCOPES.manageBranch, profile);
}

/** Roster rows (people joined to org_units) the caller may read. */
export function inRosterReach(caller: Actor): Expression<SqlBool> {
  return inPersonReach(caller, SCOPES.viewRoster, { id: 'people.id', homePath: 'org_units.path' });
}

/** A phone search over the roster: full numbers only for people in reach (backend/access/phone-search.ts). */
export function rosterPhoneMatches(caller: PersonCaller, digits: string): Expression<SqlBool> {
  return phoneMatches(caller, digits, { phone: 'people.phone', homePath: 'org_units.path' });
}

/** Transfers into units (aliased `u`) where the caller is branch secretary or an admin above. */
export function inReceivingBranches(caller: Granted): Expression<SqlBool> {
  return inCallerScope(caller, SCOPES.manageBranch, 'u.path');
}
