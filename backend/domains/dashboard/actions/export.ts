// dashboard.export: the unit's panels and its children's headline figures as an .xlsx for paper (A4, titles repeated
// on every page: backend/files/exports.ts), with the same small-count hiding as the screen. A personal link, 10 minutes.
import { dashboardExportInput, type DashboardApi } from '../../../../contracts/dashboard';
import { SCOPES } from '../../../../contracts/roles';
import { exportSpreadsheet } from '../../../files/exports';
import { action } from '../../../runtime/define-function';
import { chinaDateWords } from '../../../common/china-time';
import { loadDashboard } from './load-dashboard';

export const COLUMNS = [
  { header: '单位', key: 'unit' },
  { header: '项目', key: 'title' },
  { header: '数字', key: 'words' },
  { header: '说明', key: 'summary' },
  { header: '红黄绿', key: 'status' },
  { header: '数据截至', key: 'asOf' },
] as const;

export const exportDashboard = action(
  { access: { roles: SCOPES.viewDashboard }, input: dashboardExportInput, limit: { points: 20, seconds: 600 } },
  async function exportDashboard({ orgUnitId }, ctx): Promise<DashboardApi['export']['output']> {
    const { deps, caller } = ctx;
    const now = deps.now();
    const d = await loadDashboard(deps.database, caller, orgUnitId, now);
    const rows = [
      ...d.panels.map((p) => ({
        unit: d.unit.name,
        title: p.title,
        words: p.words,
        summary: p.summary,
        status: p.statusWords ?? '',
        asOf: p.asOfWords.replace('数据截至 ', ''),
      })),
      ...d.children.flatMap((c) =>
        c.figures.map((f) => ({
          unit: c.name,
          title: f.title,
          words: f.words,
          summary: '',
          status: '',
          asOf: d.asOfWords.replace('数据截至 ', ''),
        })),
      ),
    ];
    return exportSpreadsheet({
      deps,
      transaction: ctx.transaction,
      personId: caller.person.id,
      sheet: { name: '驾驶舱', columns: COLUMNS, rows },
      title: `${d.unit.name} 驾驶舱`,
      fileName: `驾驶舱-${d.unit.name}-${chinaDateWords(now)}.xlsx`,
      about: { orgUnitId: d.unit.id },
    });
  },
);
