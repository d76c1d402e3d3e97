// Before publishing: who a notice to this unit will reach, as the sentence the publisher confirms.
import { audienceInput, type NoticesApi } from '../../../../contracts/notices';
import { SCOPES } from '../../../../contracts/roles';
import { countMembersUnder } from '../queries/notices';
import { requireUnitInScope } from '../../../access/unit-scope';
import { action } from '../../../runtime/define-function';
import { audienceSentence } from './audience-words';

export const audience = action(
  {
    access: { roles: SCOPES.manageBranch },
    input: audienceInput,
  },
  async function audience(input, { deps, caller }): Promise<NoticesApi['audience']['output']> {
    const db = deps.database.db;
    const unit = await requireUnitInScope(db, caller, 'manageBranch', input.orgUnitId, {
      forbidden: '您只能给自己管理的支部或单位发通知。',
    });
    const members = await countMembersUnder(db, unit.path);
    return {
      unit: { id: unit.id, name: unit.name, level: unit.level, members },
      sentence: audienceSentence('将发给', unit.name, members),
    };
  },
);
