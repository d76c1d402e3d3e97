// Who may act on a studio and its cases: its staff on duty record and change; officials above its community
// (SCOPES.superviseCasework held on the community or above) open cases read-only; nobody else, a secretary of a
// branch below the community included.
import type { Kysely, Transaction } from 'kysely';
import { SCOPES } from '../../../contracts/roles';
import type { Schema } from '../../data/schema';
import { canActOn } from '../../rules/org-scope';
import { fail } from '../../runtime/app-error';
import type { PersonCaller } from '../../runtime/caller';
import { findCase, findStudio, isStaff, type StudioWithUnit } from './queries/casework';
import type { CaseRow } from './schema';

type Db = Kysely<Schema> | Transaction<Schema>;
type Who = Pick<PersonCaller, 'grants' | 'person'>;

export type Standing = 'staff' | 'official';

/** The caller's standing at the studio: on duty there, an official above it, or none. */
export async function standingAt(db: Db, caller: Who, studio: StudioWithUnit): Promise<Standing | null> {
  if (await isStaff(db, studio.id, caller.person.id)) return 'staff';
  return canActOn(caller.grants, SCOPES.superviseCasework, studio.org_path) ? 'official' : null;
}

const NO_STUDIO = '没有找到这个工作室。';
const NO_CASE = '没有找到这件纠纷。';

/** The studio, when the caller is on duty there; else a sentence saying they cannot `doing`. */
export async function requireStaffAt(db: Db, caller: Who, studioId: number, doing: string): Promise<StudioWithUnit> {
  const studio = await findStudio(db, studioId);
  if (!studio) throw fail.notFound(NO_STUDIO);
  if (!(await isStaff(db, studio.id, caller.person.id))) throw fail.forbidden(`您不在这个工作室值班，不能${doing}。`);
  return studio;
}

/** The studio, when the caller is on duty there or an official above it. */
export async function requireStudioReader(db: Db, caller: Who, studioId: number): Promise<StudioWithUnit> {
  const studio = await findStudio(db, studioId);
  if (!studio) throw fail.notFound(NO_STUDIO);
  if (!(await standingAt(db, caller, studio))) throw fail.forbidden('这个工作室的纠纷不归您管，您不能查看。');
  return studio;
}

/** The case and its studio, when the caller is on duty at its studio (officials above only read). */
export async function requireCaseStaff(
  db: Db,
  caller: Who,
  caseId: number,
  doing: string,
): Promise<{ row: CaseRow; studio: StudioWithUnit }> {
  const row = await findCase(db, caseId);
  if (!row) throw fail.notFound(NO_CASE);
  const studio = (await findStudio(db, row.studio_id)) as StudioWithUnit;
  if (!(await isStaff(db, studio.id, caller.person.id)))
    throw fail.forbidden(`这件纠纷由${studio.name}办理，只有在那里值班的同志可以${doing}。`);
  return { row, studio };
}

/** The case, its studio and the caller's standing, when the caller may open it (staff, or an official above). */
export async function requireCaseReader(
  db: Db,
  caller: Who,
  caseId: number,
): Promise<{ row: CaseRow; studio: StudioWithUnit; standing: Standing }> {
  const row = await findCase(db, caseId);
  if (!row) throw fail.notFound(NO_CASE);
  const studio = (await findStudio(db, row.studio_id)) as StudioWithUnit;
  const standing = await standingAt(db, caller, studio);
  if (!standing) throw fail.forbidden('这件纠纷不归您管。当事人的情况只给办理的工作室和上级负责同志看，您不能查看。');
  return { row, studio, standing };
}
