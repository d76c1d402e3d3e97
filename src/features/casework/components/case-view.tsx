// A case's own page (opening it is recorded on the server): the parties in full, its kind and source, days since
// 受理 with the 20/30-day flag, every step and 回访; for the staff on duty, 记一次调解, 记回访, the agreement and
// 结案 (only once the 回访 is logged; 转交 names where). Officials above read it as it is.
import { View } from '@tarojs/components';
import { useState } from 'react';
import {
  CASE_SOURCE_NAMES,
  CASE_TYPE_NAMES,
  OUTCOME_NAMES,
  OUTCOMES,
  PARTY_ROLE_NAMES,
  REFERRAL_OFFICE_NAMES,
  REFERRAL_OFFICES,
  type Outcome,
  type ReferralOffice,
} from '../../../../contracts/casework-names';
import type { CaseDetail } from '../../../../contracts/casework';
import { BigButton } from '../../../components/big-button';
import { Card } from '../../../components/card';
import { ChoiceList } from '../../../components/choice-list';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { DateField, TimeField } from '../../../components/date-field';
import { ErrorNote } from '../../../components/error-note';
import { TextField } from '../../../components/text-field';
import { RemoteView } from '../../../entities/remote/remote-view';
import { Said } from '../../../entities/remote/said-line';
import { useAction } from '../../../entities/remote/use-action';
import { useRemote } from '../../../entities/remote/use-remote';
import { dateTimeWords, dateWords, hhmmWords, plainDateWords } from '../../../entities/time/calendar';
import { a11y } from '../../../lib/a11y';
import { saveFileLink } from '../../../lib/save-file-link';
import { addStep } from '../api/add-step';
import { agreementLink } from '../api/agreement-link';
import { closeCase } from '../api/close-case';
import { followUp } from '../api/follow-up';
import { getCase } from '../api/get-case';
import { chinaInstantOf, chinaNowHhmm, chinaToday, daysWords, flagWords } from '../casework-words';
import { CASEWORK_ROUTES, openCaseworkPage } from '../routes';
import { AgreementPicker } from './agreement-picker';
import './casework.scss';

export function CaseView({ caseId }: { caseId: number }) {
  const remote = useRemote(() => getCase(caseId), [caseId]);
  return (
    <RemoteView remote={remote} loading='正在打开这件纠纷，请稍等。' failed='没能打开这件纠纷'>
      {({ case: c }) => <CasePage c={c} reload={remote.retry} />}
    </RemoteView>
  );
}

function CasePage({ c, reload }: { c: CaseDetail; reload: () => void }) {
  const flag = flagWords(c);
  const hasFollowUp = c.steps.some((s) => s.kind === 'follow_up');
  const link = useAction();
  return (
    <View className='casework'>
      <View className='casework-summary' {...a11y({ role: 'heading', level: 2 })}>
        {CASE_TYPE_NAMES[c.type]}，{daysWords(c)}
        {c.outcome ? `，${OUTCOME_NAMES[c.outcome]}` : ''}
      </View>
      {flag ? <View className='casework-flag'>{flag}</View> : null}
      {c.closedAt ? (
        <View className='casework-sentence' {...a11y({ role: 'status', live: 'polite' })}>
          这件纠纷已经结案了（{plainDateWords(c.closedAt)}）。
        </View>
      ) : null}
      <Card title='当事人'>
        {c.partiesInFull.map((p, i) => (
          <View key={i} className='casework-line'>
            {PARTY_ROLE_NAMES[p.role]}：{p.name}
            {p.phone ? `，电话 ${p.phone}` : ''}
          </View>
        ))}
        <View className='casework-note'>当事人的姓名和电话只给办理的同志看，请不要外传。您这次查看已经记录。</View>
      </Card>
      <Card title='受理登记'>
        <View className='casework-line'>受理日期：{plainDateWords(c.acceptedAt)}</View>
        <View className='casework-line'>纠纷来源：{CASE_SOURCE_NAMES[c.source]}</View>
        <View className='casework-line'>办理的工作室：{c.studio.name}</View>
        <View className='casework-paragraph'>{c.summary}</View>
        {c.timebankRequest ? (
          <View className='casework-line'>
            {dateTimeWords(c.timebankRequest.openedAt)}已经从这次来访转给时间银行，
            {c.timebankRequest.status === 'awaiting_approval' ? '正在等支部书记审核。' : '支部书记已经审核过了。'}
          </View>
        ) : null}
      </Card>
      <Card title='调解和回访记录'>
        {c.steps.length === 0 ? <View className='casework-line'>还没有记录。</View> : null}
        {c.steps.map((s) => (
          <View key={s.id} className='casework-step'>
            <View className='casework-step__when'>
              {s.kind === 'follow_up' ? '回访' : '调解'} · {dateTimeWords(s.at)}
            </View>
            <View className='casework-paragraph'>{s.note}</View>
            {s.present ? <View className='casework-line'>参加人员：{s.present}</View> : null}
            {s.satisfied !== null ? (
              <View className='casework-line'>当事人{s.satisfied ? '满意' : '不满意'}。</View>
            ) : null}
            <View className='casework-note'>记录人：{s.recordedBy}</View>
          </View>
        ))}
      </Card>
      {c.referredTo ? (
        <View className='casework-sentence'>
          已转交{REFERRAL_OFFICE_NAMES[c.referredTo.office]}：{c.referredTo.name}。
        </View>
      ) : null}
      {c.agreement ? (
        <>
          <View className='casework-sentence'>调解协议已上传（{plainDateWords(c.agreement.attachedAt)}）。</View>
          <Said said={link.said} failedNote />
          <BigButton
            onClick={() => void link.run(() => agreementLink(c.id).then((r) => saveFileLink(r.link)))}
            busy={link.busy}
            busyLabel='正在打开…'
          >
            看调解协议
          </BigButton>
        </>
      ) : null}
      {c.canEdit ? (
        <>
          <StepForm caseId={c.id} onDone={reload} />
          <FollowUpForm caseId={c.id} onDone={reload} />
          <AgreementPicker caseId={c.id} onDone={reload} />
          <CloseForm caseId={c.id} hasFollowUp={hasFollowUp} onDone={reload} />
        </>
      ) : null}
      <BigButton onClick={() => openCaseworkPage(CASEWORK_ROUTES.caseFile, { id: c.id })}>打印卷宗</BigButton>
    </View>
  );
}

function useWhen() {
  const [day, setDay] = useState(chinaToday());
  const [time, setTime] = useState(chinaNowHhmm());
  return { day, setDay, time, setTime, at: () => chinaInstantOf(day, time) };
}

function StepForm({ caseId, onDone }: { caseId: number; onDone: () => void }) {
  const when = useWhen();
  const [note, setNote] = useState('');
  const [present, setPresent] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const { run, busy, said } = useAction();
  const save = () => {
    const found = note.trim() === '' ? '请写下这次调解的情况。' : null;
    setProblem(found);
    if (found) return;
    void run(
      (requestId) => addStep({ caseId, at: when.at(), note, ...(present.trim() ? { present } : {}) }, requestId),
      {
        intent: `${when.at()}:${note}`,
        sentence: () => '这次调解已经记下了。',
        then: () => {
          setNote('');
          setPresent('');
          onDone();
        },
      },
    );
  };
  return (
    <Card title='记一次调解'>
      <DateField
        id='step-day'
        label='调解日期'
        value={when.day}
        onChange={when.setDay}
        words={dateWords(when.day)}
        end={chinaToday()}
      />
      <TimeField
        id='step-time'
        label='调解时间'
        value={when.time}
        onChange={when.setTime}
        words={hhmmWords(when.time)}
      />
      <TextField
        id='step-note'
        label='调解情况'
        value={note}
        onChange={setNote}
        multiline
        maxLength={1000}
        error={problem}
      />
      <TextField
        id='step-present'
        label='参加人员（可以不填）'
        value={present}
        onChange={setPresent}
        maxLength={200}
        placeholder='例如 双方当事人、吕建国'
      />
      <Said said={said} failedNote />
      <BigButton onClick={save} busy={busy} busyLabel='正在保存…'>
        保存这次调解
      </BigButton>
    </Card>
  );
}

function FollowUpForm({ caseId, onDone }: { caseId: number; onDone: () => void }) {
  const when = useWhen();
  const [note, setNote] = useState('');
  const [satisfied, setSatisfied] = useState<'yes' | 'no' | null>(null);
  const [problems, setProblems] = useState<{ note?: string; satisfied?: string }>({});
  const { run, busy, said } = useAction();
  const save = () => {
    const found = {
      ...(note.trim() === '' ? { note: '请写下回访的情况。' } : {}),
      ...(satisfied === null ? { satisfied: '请选择当事人是否满意。' } : {}),
    };
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    void run((requestId) => followUp({ caseId, at: when.at(), note, satisfied: satisfied === 'yes' }, requestId), {
      intent: `${when.at()}:${note}`,
      sentence: () => '回访已经记下了，现在可以结案了。',
      then: onDone,
    });
  };
  return (
    <Card title='记回访'>
      <DateField
        id='follow-day'
        label='回访日期'
        value={when.day}
        onChange={when.setDay}
        words={dateWords(when.day)}
        end={chinaToday()}
      />
      <TimeField
        id='follow-time'
        label='回访时间'
        value={when.time}
        onChange={when.setTime}
        words={hhmmWords(when.time)}
      />
      <TextField
        id='follow-note'
        label='回访情况'
        value={note}
        onChange={setNote}
        multiline
        maxLength={1000}
        error={problems.note}
      />
      <ChoiceList
        label='当事人满意吗'
        id='follow-satisfied'
        layout='grid'
        choices={[
          { value: 'yes', label: '满意' },
          { value: 'no', label: '不满意' },
        ]}
        selected={satisfied}
        onSelect={setSatisfied}
      />
      {problems.satisfied ? <ErrorNote>{problems.satisfied}</ErrorNote> : null}
      <Said said={said} failedNote />
      <BigButton onClick={save} busy={busy} busyLabel='正在保存…'>
        保存回访
      </BigButton>
    </Card>
  );
}

function CloseForm({ caseId, hasFollowUp, onDone }: { caseId: number; hasFollowUp: boolean; onDone: () => void }) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [office, setOffice] = useState<ReferralOffice | null>(null);
  const [where, setWhere] = useState('');
  const [problems, setProblems] = useState<{ outcome?: string; office?: string; where?: string }>({});
  const [asking, setAsking] = useState(false);
  const { run, said } = useAction();
  if (!hasFollowUp)
    return (
      <Card title='结案'>
        <View className='casework-sentence'>结案前要先做回访。记下回访后，这里就可以结案了。</View>
      </Card>
    );
  const ask = () => {
    const found = {
      ...(outcome === null ? { outcome: '请选择调解的结果。' } : {}),
      ...(outcome === 'referred' && office === null ? { office: '请选择转交给司法所、派出所还是法院。' } : {}),
      ...(outcome === 'referred' && where.trim() === '' ? { where: '请写明交给了哪个单位，例如“湖滨司法所”。' } : {}),
    };
    setProblems(found);
    if (Object.keys(found).length === 0) setAsking(true);
  };
  const close = () => {
    setAsking(false);
    if (!outcome) return;
    void run(
      (requestId) =>
        closeCase(
          {
            caseId,
            outcome,
            ...(outcome === 'referred' && office ? { referredTo: { office, name: where } } : {}),
          },
          requestId,
        ),
      { intent: `${outcome}:${office}:${where}`, sentence: () => '这件纠纷已经结案了。', then: onDone },
    );
  };
  return (
    <Card title='结案'>
      <ChoiceList
        label='调解的结果'
        id='close-outcome'
        choices={OUTCOMES.map((o) => ({ value: o, label: o === 'referred' ? '转交其他单位' : OUTCOME_NAMES[o] }))}
        selected={outcome}
        onSelect={setOutcome}
      />
      {problems.outcome ? <ErrorNote>{problems.outcome}</ErrorNote> : null}
      {outcome === 'referred' ? (
        <>
          <ChoiceList
            label='转交给'
            id='close-office'
            layout='grid'
            choices={REFERRAL_OFFICES.map((o) => ({ value: o, label: REFERRAL_OFFICE_NAMES[o] }))}
            selected={office}
            onSelect={setOffice}
          />
          {problems.office ? <ErrorNote>{problems.office}</ErrorNote> : null}
          <TextField
            id='close-where'
            label='接收单位的名称'
            value={where}
            onChange={setWhere}
            maxLength={40}
            placeholder='例如 湖滨司法所'
            error={problems.where}
          />
        </>
      ) : null}
      <Said said={said} failedNote />
      <BigButton variant='primary' onClick={ask}>
        结案
      </BigButton>
      <ConfirmDialog
        open={asking}
        title='结案'
        message={`结案以后就不能再修改了。确定按“${outcome ? OUTCOME_NAMES[outcome] : ''}”结案吗？`}
        confirmLabel='确定结案'
        onConfirm={close}
        onCancel={() => setAsking(false)}
      />
    </Card>
  );
}
