// Officials' figures: coverage (spendable hours held ÷ hours delivered, for a unit and month, with the 12-month
// trend and each street's figure), and the ledger check for admins (run now and kept, like the nightly job's).
import { SCOPES } from '../../../../contracts/roles';
import { COVERAGE_TARGET, coverageInput, ledgerCheckInput, type TimebankApi } from '../../../../contracts/timebank';
import { requireUnitInScope } from '../../../access/unit-scope';
import { inSubtrees } from '../../../data/org-units';
import { action } from '../../../runtime/define-function';
import { coverageMinutes, runLedgerCheck } from '../queries/figures';
import { coverageFlag, coverageRatio, hoursOf, monthsEnding } from '../rules/coverage';
import { checkSentence } from '../rules/ledger-check';

export const coverage = action(
  { access: { roles: SCOPES.manageBranch }, input: coverageInput },
  async function coverage({ orgUnitId, month }, ctx): Promise<TimebankApi['coverage']['output']> {
    const { deps, caller } = ctx;
    const db = deps.database.db;
    const unit = await requireUnitInScope(db, caller, SCOPES.manageBranch, orgUnitId, {
      forbidden: '这个单位不在您管理的范围里，不能查看它的时间银行覆盖率。',
    });
    const trend = [];
    for (const m of monthsEnding(month, 12)) {
      const { held, delivered } = await coverageMinutes(db, unit.path, m);
      trend.push({
        month: m,
        ratio: coverageRatio(held, delivered),
        held: hoursOf(held),
        delivered: hoursOf(delivered),
      });
    }
    const now = trend[trend.length - 1];
    const streetRows =
      unit.level === 'city' || unit.level === 'district'
        ? await db
            .selectFrom('org_units')
            .select(['id', 'name', 'path'])
            .where('level', '=', 'street')
            .where(inSubtrees('path', [unit.path]))
            .orderBy('id')
            .execute()
        : [];
    const streets = [];
    for (const s of streetRows) {
      const { held, delivered } = await coverageMinutes(db, s.path, month);
      streets.push({
        orgUnitId: s.id,
        name: s.name,
        ratio: coverageRatio(held, delivered),
        held: hoursOf(held),
        delivered: hoursOf(delivered),
      });
    }
    return {
      orgUnitId: unit.id,
      orgUnitName: unit.name,
      month,
      ratio: now.ratio,
      held: now.held,
      delivered: now.delivered,
      flag: coverageFlag(now.ratio),
      target: COVERAGE_TARGET,
      trend,
      streets,
    };
  },
);

export const ledgerCheck = action(
  { access: { roles: ['admin'] }, input: ledgerCheckInput },
  async function ledgerCheck(_input, ctx): Promise<TimebankApi['ledgerCheck']['output']> {
    const at = ctx.deps.now().toISOString();
    return ctx.transaction(async (trx, audit) => {
      const r = await runLedgerCheck(trx, at);
      await audit({ entity: 'tb_ledger_check', entityId: null, after: r });
      return { ...r, checkedAt: at, message: checkSentence(r) };
    });
  },
);
