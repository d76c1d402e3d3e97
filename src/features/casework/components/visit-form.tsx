// 登记来访: who came (name, phone if they give one), what about (one or more kinds and the story), what was done,
// and when (the phone's date and time pickers); every mistake said at once beside its box. Once saved, a dispute is
// made a case in one step: its kind and the other party, and 立案调解 opens it with the visitor as 申请人.
import { View } from '@tarojs/components';
import { useState } from 'react';
import {
  CASE_TYPE_NAMES,
  CASE_TYPES,
  VISIT_CATEGORIES,
  VISIT_CATEGORY_NAMES,
  type CaseType,
} from '../../../../contracts/casework-names';
import type { StudioSummary } from '../../../../contracts/casework';
import { BigButton } from '../../../components/big-button';
import { Card } from '../../../components/card';
import { ChoiceList } from '../../../components/choice-list';
import { DateField, TimeField } from '../../../components/date-field';
import { ErrorNote } from '../../../components/error-note';
import { ListRow } from '../../../components/list-row';
import { StateView } from '../../../components/state-view';
import { TextField } from '../../../components/text-field';
import { RemoteView } from '../../../entities/remote/remote-view';
import { Said } from '../../../entities/remote/said-line';
import { useAction } from '../../../entities/remote/use-action';
import { useRemote } from '../../../entities/remote/use-remote';
import { dateWords, hhmmWords } from '../../../entities/time/calendar';
import { hasProblems, problemsSentence, type Problems } from '../../../lib/form-problems';
import { listStudios } from '../api/list-studios';
import { openCase } from '../api/open-case';
import { recordVisit } from '../api/record-visit';
import {
  chinaInstantOf,
  chinaNowHhmm,
  chinaToday,
  visitProblems,
  type VisitDraft,
  type VisitField,
} from '../casework-words';
import { replaceWithCase } from '../routes';
import './casework.scss';

export function VisitView() {
  const remote = useRemote(listStudios, []);
  return (
    <RemoteView remote={remote} loading='正在准备，请稍等。' failed='没能打开来访登记'>
      {({ studios }) => {
        const mine = studios.filter((s) => s.as === 'staff');
        return mine.length === 0 ? (
          <StateView
            kind='empty'
            title='这里只给值班的同志用'
            message='来访由在民情工作室值班的同志登记。您不在哪个工作室值班。'
          />
        ) : (
          <VisitForm studios={mine} />
        );
      }}
    </RemoteView>
  );
}

function VisitForm({ studios }: { studios: StudioSummary[] }) {
  const [studioId, setStudioId] = useState(studios[0].id);
  const [draft, setDraft] = useState<VisitDraft>(() => ({
    name: '',
    phone: '',
    categories: [],
    summary: '',
    done: '',
    day: chinaToday(),
    time: chinaNowHhmm(),
  }));
  const [problems, setProblems] = useState<Problems<VisitField>>({});
  const [saved, setSaved] = useState<{ visitId: number; draft: VisitDraft } | null>(null);
  const { run, busy, said, say } = useAction();
  const set = (change: Partial<VisitDraft>) => setDraft((d) => ({ ...d, ...change }));
  const toggle = (c: VisitDraft['categories'][number]) =>
    set({
      categories: draft.categories.includes(c) ? draft.categories.filter((x) => x !== c) : [...draft.categories, c],
    });

  const save = () => {
    const found = visitProblems(draft);
    setProblems(found);
    say(null);
    if (hasProblems(found)) return;
    const phone = draft.phone.replace(/[\s-]/g, '');
    void run(
      (requestId) =>
        recordVisit(
          {
            studioId,
            visitor: phone ? { name: draft.name, phone } : { name: draft.name },
            category: draft.categories,
            summary: draft.summary,
            ...(draft.done.trim() ? { done: draft.done } : {}),
            visitedAt: chinaInstantOf(draft.day, draft.time),
          },
          requestId,
        ),
      {
        intent: JSON.stringify(draft),
        sentence: () => `已经登记了${draft.name}的来访。`,
        then: (answer) => setSaved({ visitId: answer.visit.id, draft }),
      },
    );
  };

  if (saved) return <SavedVisit studioId={studioId} visitId={saved.visitId} visit={saved.draft} saidLine={said} />;

  const sentence = problemsSentence(problems);
  return (
    <View className='casework casework-form'>
      {studios.length > 1 ? (
        <ChoiceList
          label='在哪个工作室'
          id='visit-studio'
          choices={studios.map((s) => ({ value: s.id, label: s.name, description: s.communityName }))}
          selected={studioId}
          onSelect={setStudioId}
        />
      ) : (
        <View className='casework-sentence'>登记在{studios[0].name}。</View>
      )}
      <TextField
        id='visit-name'
        label='来访人姓名'
        value={draft.name}
        onChange={(name) => set({ name })}
        maxLength={20}
        placeholder='例如 李秀英'
        error={problems.name}
      />
      <TextField
        id='visit-phone'
        label='联系电话（可以不填）'
        hint='只给工作室的同志看，不会公开。'
        value={draft.phone}
        onChange={(phone) => set({ phone })}
        maxLength={13}
        placeholder='例如 13905921234'
        error={problems.phone}
      />
      <Card title='反映的是什么事情（可以选几项）'>
        {VISIT_CATEGORIES.map((c) => (
          <ListRow
            key={c}
            kind='button'
            title={VISIT_CATEGORY_NAMES[c]}
            status={draft.categories.includes(c) ? '✓ 已选' : '选这项'}
            onClick={() => toggle(c)}
          />
        ))}
        {problems.categories ? <ErrorNote>{problems.categories}</ErrorNote> : null}
      </Card>
      <TextField
        id='visit-summary'
        label='反映的情况'
        value={draft.summary}
        onChange={(summary) => set({ summary })}
        multiline
        maxLength={1000}
        placeholder='例如 楼上漏水，两家说不拢'
        error={problems.summary}
      />
      <TextField
        id='visit-done'
        label='当场怎么办的（可以不填）'
        value={draft.done}
        onChange={(done) => set({ done })}
        multiline
        maxLength={1000}
        placeholder='例如 当场联系了物业'
      />
      <DateField
        id='visit-day'
        label='来访日期'
        value={draft.day}
        onChange={(day) => set({ day })}
        words={draft.day ? dateWords(draft.day) : undefined}
        end={chinaToday()}
        error={problems.day}
      />
      <TimeField
        id='visit-time'
        label='来访时间'
        value={draft.time}
        onChange={(time) => set({ time })}
        words={draft.time ? hhmmWords(draft.time) : undefined}
      />
      {sentence ? <ErrorNote>{sentence}</ErrorNote> : null}
      <Said said={said} failedNote />
      <BigButton variant='primary' onClick={save} busy={busy} busyLabel='正在保存…'>
        保存来访
      </BigButton>
    </View>
  );
}

/** After a visit is saved: its sentence, and a dispute made a case in one step. */
function SavedVisit({
  studioId,
  visitId,
  visit,
  saidLine,
}: {
  studioId: number;
  visitId: number;
  visit: VisitDraft;
  saidLine: ReturnType<typeof useAction>['said'];
}) {
  const [type, setType] = useState<CaseType | null>(null);
  const [other, setOther] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const { run, busy, said } = useAction();
  const open = () => {
    setProblem(type ? null : '请选择纠纷的种类。');
    if (!type) return;
    const phone = visit.phone.replace(/[\s-]/g, '');
    void run(
      (requestId) =>
        openCase(
          {
            studioId,
            visitId,
            type,
            source: 'visit',
            summary: visit.summary,
            parties: [
              { name: visit.name, role: 'applicant', ...(phone ? { phone } : {}) },
              ...(other.trim() ? [{ name: other, role: 'respondent' as const }] : []),
            ],
          },
          requestId,
        ),
      { intent: `case:${visitId}`, then: (answer) => replaceWithCase(answer.case.id) },
    );
  };
  return (
    <View className='casework casework-form'>
      <Said said={saidLine} />
      <Card title='这是一件矛盾纠纷吗？'>
        <View className='casework-sentence'>
          是的话，选好纠纷的种类，写上另一方当事人，按“立案调解”。{visit.name}会记为申请人。
        </View>
        <ChoiceList
          label='纠纷的种类'
          id='case-type'
          layout='grid'
          choices={CASE_TYPES.map((t) => ({ value: t, label: CASE_TYPE_NAMES[t] }))}
          selected={type}
          onSelect={setType}
        />
        {problem ? <ErrorNote>{problem}</ErrorNote> : null}
        <TextField
          id='case-other'
          label='另一方当事人姓名（可以不填）'
          value={other}
          onChange={setOther}
          maxLength={20}
          placeholder='例如 王大明'
        />
        <Said said={said} failedNote />
        <BigButton variant='primary' onClick={open} busy={busy} busyLabel='正在立案…'>
          立案调解
        </BigButton>
      </Card>
    </View>
  );
}
