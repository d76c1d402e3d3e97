// A secretary's (or admin's) view of a month of study in their branch or subtree: who listened how long.
import { studyStatsInput, type AudiobooksApi } from '../../../../contracts/audiobooks';
import { SCOPES } from '../../../../contracts/roles';
import { action } from '../../../runtime/define-function';
import { loadStudyFigures } from './study-figures';

/** Rows returned at most; a city-wide view is summed in totals, not listed person by person beyond this. */
const MAX_ROWS = 2000;

export const studyStats = action(
  {
    access: { roles: SCOPES.manageBranch },
    input: studyStatsInput,
  },
  async function studyStats({ orgUnitId, month }, { deps, caller }): Promise<AudiobooksApi['studyStats']['output']> {
    const { unit, members } = await loadStudyFigures(
      deps.database,
      caller,
      orgUnitId,
      month,
      '这个单位不在您的管理范围内，不能查看它的学习情况。',
    );
    return {
      orgUnitId: unit.id,
      orgUnitName: unit.name,
      month,
      totalSeconds: members.reduce((s, m) => s + m.seconds, 0),
      memberCount: members.length,
      activeMembers: members.filter((m) => m.seconds > 0).length,
      members: members.slice(0, MAX_ROWS),
    };
  },
);
