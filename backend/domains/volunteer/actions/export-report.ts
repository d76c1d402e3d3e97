// 导出服务统计: the report's per-post and per-team rows as one .xlsx sheet, a personal link for 10 minutes.
import { reportInput, type VolunteerApi } from '../../../../contracts/volunteer';
import { exportSpreadsheet } from '../../../files/exports';
import { action } from '../../../runtime/define-function';
import { MANAGER_ROLES } from './create-shift';
import { loadReport } from './report-figures';

export const REPORT_COLUMNS = [
  { header: '月份', key: 'month' },
  { header: '类别', key: 'kind' },
  { header: '名称', key: 'name' },
  { header: '服务时长（小时）', key: 'hours' },
  { header: '服务人次', key: 'records' },
  { header: '参与志愿者（人）', key: 'volunteers' },
] as const;

/** "2027年1月" for "2027-01". */
const monthWords = (month: string) => `${Number(month.slice(0, 4))}年${Number(month.slice(5, 7))}月`;

export const exportReport = action(
  {
    access: { roles: MANAGER_ROLES },
    input: reportInput,
    limit: { points: 20, seconds: 600 },
  },
  async function exportReport(input, ctx): Promise<VolunteerApi['exportReport']['output']> {
    const r = await loadReport(ctx, input);
    const rows = [
      ...r.byPost.map((x) => ({
        month: x.month,
        kind: '驿站',
        name: x.name,
        hours: x.hours,
        records: x.records,
        volunteers: x.volunteers,
      })),
      ...r.byTeam.map((x) => ({
        month: x.month,
        kind: '服务队',
        name: x.name,
        hours: x.hours,
        records: x.records,
        volunteers: x.volunteers,
      })),
      ...r.byMonth.map((x) => ({
        month: x.month,
        kind: '合计',
        name: r.scope,
        hours: x.hours,
        records: x.records,
        volunteers: x.volunteers,
      })),
    ];
    return exportSpreadsheet({
      deps: ctx.deps,
      transaction: ctx.transaction,
      personId: ctx.caller.person.id,
      sheet: { name: '志愿服务统计', columns: REPORT_COLUMNS, rows },
      title: `${r.scope} ${monthWords(input.from)}至${monthWords(input.to)} 志愿服务统计`,
      fileName: `志愿服务统计-${r.scope}-${input.from}至${input.to}.xlsx`,
      about: { orgUnitId: input.orgUnitId ?? null, from: input.from, to: input.to },
    });
  },
);
