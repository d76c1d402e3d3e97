// 服务菜单: what the pool of a unit's district offers, by field, for residents and communities. Counts and
// specialities of talents whose consent is in force; names and communities only of those who chose to be listed.
import { menuInput, type TalentApi } from '../../../../contracts/talent';
import { findOrgUnit } from '../../../data/org-units';
import { fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import { communityNames, consentingProfiles, fieldNames, specialitiesOf } from '../queries/talent';
import { oldestActiveConsent } from '../rules/consent';
import { districtPathOf } from '../rules/matching';
import { pathIds } from '../../../common/org-paths';

/** Specialities listed per field at most, the most common first. */
const SPECIALITIES_SHOWN = 12;

export const menu = action(
  { access: 'person', input: menuInput },
  async function menu({ orgUnitId }, { deps }): Promise<TalentApi['menu']['output']> {
    const db = deps.database.db;
    const asked = await findOrgUnit(db, orgUnitId);
    if (!asked) throw fail.notFound('没有找到这个单位。');
    // The menu of the district around the unit: candidates are drawn from a district too (rules/matching.ts).
    const districtPath = districtPathOf(asked.path);
    const districtId = districtPath ? pathIds(districtPath).at(-1) : undefined;
    const unit = (districtId !== undefined ? await findOrgUnit(db, districtId) : null) ?? asked;
    const [fields, profiles] = await Promise.all([
      fieldNames(db),
      consentingProfiles(db, unit.path, oldestActiveConsent(deps.now())),
    ]);
    const communities = await communityNames(
      db,
      profiles.filter((p) => p.listed === 1).map((p) => p.path),
    );
    return {
      unitName: unit.name,
      fields: fields.map((field) => {
        const of = profiles.filter((p) => p.field === field);
        const tally = new Map<string, number>();
        for (const p of of) for (const s of specialitiesOf(p)) tally.set(s, (tally.get(s) ?? 0) + 1);
        return {
          field,
          count: of.length,
          specialities: [...tally]
            .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh'))
            .slice(0, SPECIALITIES_SHOWN)
            .map(([s]) => s),
          people: of
            .filter((p) => p.listed === 1)
            .map((p) => ({ name: p.name, communityName: communities.get(p.path) ?? null })),
        };
      }),
    };
  },
);
