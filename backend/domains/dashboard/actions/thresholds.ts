// dashboard.thresholds: the 红黄绿 limits of every panel shown (any viewer); dashboard.setThreshold: the bureau's
// admin (of the whole tree) sets one panel's pair, checked to be in order for the panel's direction.
import { dashboardThresholdsInput, setThresholdInput, type DashboardApi } from '../../../../contracts/dashboard';
import { SCOPES } from '../../../../contracts/roles';
import { panelSources } from '../../../dashboard/registry';
import { fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import { requireBureauAdmin } from '../access';
import { thresholdList, thresholds as loadThresholds } from '../figures';
import { LOWER_IS_BETTER, limitsInOrder, thresholdView } from '../rules/panel-view';

export const thresholds = action(
  { access: { roles: SCOPES.viewDashboard }, input: dashboardThresholdsInput },
  async function thresholds(_input, { deps }): Promise<DashboardApi['thresholds']['output']> {
    return { thresholds: thresholdList(await loadThresholds(deps.database.db)) };
  },
);

export const setThreshold = action(
  { access: { roles: SCOPES.viewDashboard }, input: setThresholdInput },
  async function setThreshold({ key, red, green }, ctx): Promise<DashboardApi['setThreshold']['output']> {
    const { deps, caller } = ctx;
    const db = deps.database.db;
    await requireBureauAdmin(db, caller);
    const source = panelSources().find((s) => s.key === key);
    if (!source) throw fail.validation('没有这个图表，请返回重试。');
    if (!limitsInOrder(source.key, { red, green }))
      throw fail.validation(
        LOWER_IS_BETTER.has(source.key)
          ? '这个图表数字越小越好：红色的界限要大于或等于绿色的界限。'
          : '红色的界限要小于或等于绿色的界限。',
      );
    const at = deps.now().toISOString();
    return ctx.transaction(async (trx, audit) => {
      const before = await trx
        .selectFrom('dashboard_thresholds')
        .select(['red', 'green'])
        .where('key', '=', key)
        .executeTakeFirst();
      await trx
        .insertInto('dashboard_thresholds')
        .values({ key, red, green, updated_by: caller.person.id, updated_at: at })
        .onConflict((oc) => oc.column('key').doUpdateSet({ red, green, updated_by: caller.person.id, updated_at: at }))
        .execute();
      await audit({ entity: 'dashboard_threshold', entityId: key, before: before ?? null, after: { red, green } });
      return { threshold: thresholdView(source.key, source.unit, { red, green }) };
    });
  },
);
