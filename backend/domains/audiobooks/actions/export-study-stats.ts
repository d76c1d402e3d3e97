// 导出表格: the month's study figures of a unit's subtree as an .xlsx file, for a secretary or admin whose scope
// covers the unit. Answers a personal link that ends after 10 minutes (backend/files/exports.ts).
import { exportStudyStatsInput, type AudiobooksApi } from '../../../../contracts/audiobooks';
import { SCOPES } from '../../../../contracts/roles';
import { exportSpreadsheet } from '../../../files/exports';
import { action } from '../../../runtime/define-function';
import type { SheetSpec } from '../../../runtime/deps';
import { loadStudyFigures } from './study-figures';

export const STUDY_COLUMNS = [
  { header: '姓名', key: 'name' },
  { header: '所在单位', key: 'unit' },
  { header: '学习时长（分钟）', key: 'minutes' },
  { header: '学习天数', key: 'days' },
] as const;

export const exportStudyStats = action(
  {
    access: { roles: SCOPES.manageBranch },
    input: exportStudyStatsInput,
    // Each export is a file in the store: a few a minute is plenty for a person.
    limit: { points: 20, seconds: 600 },
  },
  async function exportStudyStats({ orgUnitId, month }, ctx): Promise<AudiobooksApi['exportStudyStats']['output']> {
    const { deps, caller } = ctx;
    const { unit, members } = await loadStudyFigures(
      deps.database,
      caller,
      orgUnitId,
      month,
      '这个单位不在您的管理范围内，不能导出它的学习情况。',
    );
    const [year, mm] = month.split('-');
    const sheet: Omit<SheetSpec, 'title'> = {
      name: `${Number(year)}年${Number(mm)}月学习情况`,
      columns: STUDY_COLUMNS,
      rows: members.map((m) => ({
        name: m.name,
        unit: m.orgUnitName,
        minutes: Math.round(m.seconds / 6) / 10,
        days: m.activeDays,
      })),
    };
    return exportSpreadsheet({
      deps,
      transaction: ctx.transaction,
      personId: caller.person.id,
      sheet,
      title: `${unit.name} ${Number(year)}年${Number(mm)}月 学习情况`,
      fileName: `学习情况-${unit.name}-${Number(year)}年${Number(mm)}月.xlsx`,
      about: { orgUnitId: unit.id, month },
    });
  },
);
