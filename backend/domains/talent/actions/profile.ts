// Her own talent profile (or null before she joins) and the fields she may choose from.
import { profileInput, type TalentApi } from '../../../../contracts/talent';
import { action } from '../../../runtime/define-function';
import { communityNames, fieldNames, findProfile } from '../queries/talent';
import { profileView } from './views';

export const profile = action(
  { access: 'person', input: profileInput },
  async function profile(_input, { deps, caller }): Promise<TalentApi['profile']['output']> {
    const db = deps.database.db;
    const [row, fields] = await Promise.all([findProfile(db, caller.person.id), fieldNames(db)]);
    if (!row) return { profile: null, fields };
    const community = (await communityNames(db, [row.path])).get(row.path) ?? null;
    return { profile: profileView(row, community, deps.now(), true), fields };
  },
);
