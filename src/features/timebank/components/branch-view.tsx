// 时间银行管理, for the branch secretary (and an admin above): the coverage figure with its 12-month trend (red below
// 1, said in words too), the street's 互助池, the queue — approvals of need, requests nobody took, disputes, and
// visits of elders without a phone that the secretary may confirm for them (代老人确认, asked first, marked wherever
// the visit is shown) — and, for an admin, the ledger check's result.
import { useState } from 'react';
import { View } from '@tarojs/components';
import type { User } from '../../../../contracts/account';
import type { Coverage, NeedKind, SecretaryQueue, VisitSummary } from '../../../../contracts/timebank';
import { BigButton } from '../../../components/big-button';
import { Card } from '../../../components/card';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { RemoteView } from '../../../entities/remote/remote-view';
import { Said } from '../../../entities/remote/said-line';
import { useAction } from '../../../entities/remote/use-action';
import { useRemote } from '../../../entities/remote/use-remote';
import { grantsInScope } from '../../../entities/session/scopes';
import { currentMonth, dateTimeWords, timeWords } from '../../../entities/time/calendar';
import { a11y } from '../../../lib/a11y';
import { approveNeed } from '../api/approve-need';
import { confirmVisit } from '../api/confirm-visit';
import { getCoverage } from '../api/get-coverage';
import { getLedgerCheck } from '../api/get-ledger-check';
import { getPool } from '../api/get-pool';
import { getQueue } from '../api/get-queue';
import { resolveDispute } from '../api/resolve-dispute';
import { coverageSentence, hoursWords, trendRows } from '../timebank-words';
import './timebank.scss';

export function BranchView({ user }: { user: User }) {
  const unitId = grantsInScope(user, 'manageBranch')[0]?.orgUnitId ?? user.orgUnitId;
  const admin = user.roles.includes('admin');
  const remote = useRemote(async () => {
    const [queue, coverage, pool, ledger] = await Promise.all([
      getQueue(),
      getCoverage(unitId, currentMonth()),
      getPool(unitId),
      admin ? getLedgerCheck() : Promise.resolve(null),
    ]);
    return { queue, coverage, pool, ledger };
  }, [unitId, admin]);
  return (
    <RemoteView remote={remote} loading='正在读取时间银行的情况，请稍等。' failed='没能读取时间银行的情况'>
      {({ queue, coverage, pool, ledger }) => (
        <View className='timebank-stack'>
          <CoverageCard coverage={coverage} />
          <Card title={`${pool.orgUnitName}互助池`}>
            <View>{`互助池里有${hoursWords(pool.balance)}，这个月用了${hoursWords(pool.usedThisMonth)}，一共用了${hoursWords(pool.usedTotal)}。`}</View>
          </Card>
          <QueueCards queue={queue} reload={remote.retry} />
          {ledger ? (
            <Card title='账目核对'>
              <View
                className={
                  ledger.sumZero && ledger.belowFloor === 0 && ledger.mismatched === 0
                    ? 'timebank-note timebank-note--done'
                    : 'timebank-note timebank-note--failed'
                }
                {...a11y({ role: 'status' })}
              >
                <View>{ledger.message}</View>
                <View>{`核对时间：${dateTimeWords(ledger.checkedAt)}，${ledger.accounts}个账户，${ledger.movements}笔记录。`}</View>
              </View>
            </Card>
          ) : null}
        </View>
      )}
    </RemoteView>
  );
}

function CoverageCard({ coverage }: { coverage: Coverage }) {
  const red = coverage.flag === 'red';
  return (
    <Card title={`${coverage.orgUnitName}覆盖率`}>
      <View className={red ? 'timebank-big-sentence timebank-figure--red' : 'timebank-big-sentence'}>
        {coverageSentence(coverage)}
      </View>
      <View className='timebank-trend' {...a11y({ label: '最近12个月的覆盖率' })}>
        {trendRows(coverage.trend).map((row) => (
          <View key={row.month} className='timebank-trend__row'>
            <View>{row.red ? `${row.words}（低于1）` : row.words}</View>
            {row.width > 0 ? (
              <View
                className={row.red ? 'timebank-trend__bar timebank-trend__bar--red' : 'timebank-trend__bar'}
                style={{ width: `${row.width}%` }}
                {...a11y({ hidden: true })}
              />
            ) : null}
          </View>
        ))}
      </View>
      {coverage.streets.length > 0
        ? coverage.streets.map((s) => (
            <View
              key={s.orgUnitId}
            >{`${s.name}：${s.ratio === null ? '没有服务' : s.ratio.toFixed(2)}${s.ratio !== null && s.ratio < 1 ? '（低于1）' : ''}`}</View>
          ))
        : null}
    </Card>
  );
}

function visitLine(v: VisitSummary): string {
  const when = `${dateTimeWords(v.checkInAt)}${v.checkOutAt ? `到${timeWords(v.checkOutAt)}` : ''}`;
  return `${v.helper.name}帮${v.elder.name}${v.service}，${when}，${hoursWords(v.hours)}。`;
}

/** The secretary's two approvals of need: spending before 70, or hardship (the pool pays what her hours do not). */
const NEEDS: { kind: NeedKind; label: string; note: string; question: (name: string) => string }[] = [
  {
    kind: 'hardship',
    label: '同意：生活困难，用互助池',
    note: '书记核实：生活困难，存的时间不够时由互助池支付。',
    question: (name) => `核实过${name}生活困难了吗？同意以后，存的时间不够时由互助池支付。`,
  },
  {
    kind: 'early',
    label: '同意：未满70岁提前用',
    note: '书记核实后同意未满70岁提前使用。',
    question: (name) => `同意${name}未满70岁提前用存的时间？`,
  },
];

type Ask = {
  title: string;
  message: string;
  confirmLabel: string;
  run: (requestId: string) => Promise<{ message: string }>;
};

function QueueCards({ queue, reload }: { queue: SecretaryQueue; reload: () => void }) {
  const action = useAction();
  const [asking, setAsking] = useState<(Ask & { intent: string }) | null>(null);
  const ask = (intent: string, a: Ask) => {
    action.say(null);
    setAsking({ ...a, intent });
  };
  const go = () => {
    if (!asking) return;
    const { intent, run } = asking;
    setAsking(null);
    void action.run(run, { intent, sentence: (done) => done.message, then: () => reload() });
  };
  const nothing =
    queue.approvals.length + queue.unmatched.length + queue.disputes.length + queue.awaitingWithoutPhone.length === 0;
  return (
    <>
      <Said said={action.said} className='timebank-note' failedClassName='timebank-note--failed' />
      {nothing ? (
        <View className='timebank-note'>现在没有要您处理的事：没有等审核的、没有没人接的请求、没有异议。</View>
      ) : null}
      {queue.awaitingWithoutPhone.length > 0 ? (
        <Card title='代老人确认（老人没有手机）'>
          {queue.awaitingWithoutPhone.map((v) => (
            <View key={v.id} className='timebank-note'>
              <View>{visitLine(v)}</View>
              <BigButton
                onClick={() =>
                  ask(`confirm:${v.id}`, {
                    title: '代老人确认',
                    message: `您问过${v.elder.name}了吗？确认以后，${hoursWords(v.hours)}记到${v.helper.name}的名下，记录上会写明“书记代老人确认”。`,
                    confirmLabel: '问过了，代老人确认',
                    run: (requestId) => confirmVisit(v.id, requestId),
                  })
                }
                busy={action.pending === `confirm:${v.id}`}
              >
                {`代${v.elder.name}确认`}
              </BigButton>
            </View>
          ))}
        </Card>
      ) : null}
      {queue.disputes.length > 0 ? (
        <Card title='有异议的服务'>
          {queue.disputes.map((v) => (
            <View key={v.id} className='timebank-note timebank-note--failed'>
              <View>{visitLine(v)}</View>
              <View>{`异议：${v.disputeReason ?? '没有写原因'}`}</View>
              <BigButton
                onClick={() =>
                  ask(`credit:${v.id}`, {
                    title: '核实后计时间',
                    message: `核实过了，${v.helper.name}确实来帮忙了？确认后记${hoursWords(v.hours)}。`,
                    confirmLabel: '核实了，计时间',
                    run: (requestId) =>
                      resolveDispute({ visitId: v.id, credit: true, note: '书记核实后计时间。' }, requestId),
                  })
                }
              >
                核实了，计时间
              </BigButton>
              <BigButton
                onClick={() =>
                  ask(`reject:${v.id}`, {
                    title: '不计时间',
                    message: `这次服务不计时间，${v.helper.name}会收到消息。确定吗？`,
                    confirmLabel: '确定不计',
                    run: (requestId) =>
                      resolveDispute({ visitId: v.id, credit: false, note: '书记核实后不计时间。' }, requestId),
                  })
                }
              >
                不计时间
              </BigButton>
            </View>
          ))}
        </Card>
      ) : null}
      {queue.approvals.length > 0 ? (
        <Card title='等您审核的请求'>
          {queue.approvals.map((r) => (
            <View key={r.id} className='timebank-note'>
              <View>{`${r.elder.name}：${r.service}，${dateTimeWords(r.startsAt)}。`}</View>
              <View>{r.reason}</View>
              {NEEDS.map((need) => (
                <BigButton
                  key={need.kind}
                  onClick={() =>
                    ask(`need:${need.kind}:${r.id}`, {
                      title: '同意这位老人用时间',
                      message: need.question(r.elder.name),
                      confirmLabel: '同意',
                      run: (requestId) =>
                        approveNeed(
                          { personId: r.elder.id, kind: need.kind, approve: true, note: need.note },
                          requestId,
                        ),
                    })
                  }
                  busy={action.pending === `need:${need.kind}:${r.id}`}
                >
                  {need.label}
                </BigButton>
              ))}
            </View>
          ))}
        </Card>
      ) : null}
      {queue.unmatched.length > 0 ? (
        <Card title='还没人接的请求'>
          {queue.unmatched.map((r) => (
            <View key={r.id} className='timebank-note'>
              {`${r.elder.name}：${r.service}，${dateTimeWords(r.startsAt)}，${r.urgencyName}。`}
            </View>
          ))}
        </Card>
      ) : null}
      {queue.confirmedForElder.length > 0 ? (
        <Card title='书记代老人确认过的'>
          {queue.confirmedForElder.map((v) => (
            <View key={v.id} className='timebank-note'>
              <View className='timebank-marked'>代老人确认</View>
              <View>{`${visitLine(v)}${v.confirmedBy ? `由${v.confirmedBy.name}确认。` : ''}`}</View>
            </View>
          ))}
        </Card>
      ) : null}
      <ConfirmDialog
        open={asking !== null}
        title={asking?.title ?? ''}
        message={asking?.message ?? ''}
        confirmLabel={asking?.confirmLabel ?? '确定'}
        cancelLabel='先不'
        onConfirm={go}
        onCancel={() => setAsking(null)}
      />
    </>
  );
}
