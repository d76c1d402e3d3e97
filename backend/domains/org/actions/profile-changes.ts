// The columns a profile form changes, from the validated input: only the fields sent, with the search column
// rewritten whenever the name is.
import type { Updateable } from 'kysely';
import type { PeopleTable, PersonRow } from '../../../data/schema';
import { searchKey } from '../../../rules/roster-search';

export interface ProfileInput {
  name?: string;
  gender?: '男' | '女' | null;
  birthYear?: number | null;
  phone?: string | null;
  joinedPartyOn?: string | null;
  formerPost?: string | null;
  skills?: string | null;
}

export function profileColumns(input: ProfileInput): Updateable<PeopleTable> {
  const set: Updateable<PeopleTable> = {};
  if (input.name !== undefined) {
    set.name = input.name;
    set.search_key = searchKey(input.name);
  }
  if (input.gender !== undefined) set.gender = input.gender;
  if (input.birthYear !== undefined) set.birth_year = input.birthYear;
  if (input.phone !== undefined) set.phone = input.phone;
  if (input.joinedPartyOn !== undefined) set.joined_party_on = input.joinedPartyOn;
  if (input.formerPost !== undefined) set.former_post = input.formerPost;
  if (input.skills !== undefined) set.skills = input.skills;
  return set;
}

/** The changed columns only, before and after, for the audit row (phones masked: logs keep nothing personal). */
export function changedColumns(
  before: PersonRow,
  set: Updateable<PeopleTable>,
): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(set)) {
    if (key === 'search_key') continue;
    const old = (before as unknown as Record<string, unknown>)[key];
    if (old === value) continue;
    b[key] = key === 'phone' ? mask(old) : old;
    a[key] = key === 'phone' ? mask(value) : value;
  }
  return { before: b, after: a };
}

const mask = (v: unknown) => (typeof v === 'string' && v.length >= 7 ? `${v.slice(0, 3)}****${v.slice(-4)}` : v);
