// 请人帮忙: for whom (herself, or an elder she acts for through the family link), the area and then the service as big
// choices, the day and the times from the phone's own pickers, where, and how urgent. Every mistake is said at
// once beside its box; the answer is the server's sentence of what happens next (sent, or waiting for the
// secretary's approval), with the way to 我的时间银行.
import { useState } from 'react';
import { View } from '@tarojs/components';
import type { Catalogue, Urgency } from '../../../../contracts/timebank';
import type { User } from '../../../../contracts/account';
import { BigButton } from '../../../components/big-button';
import { ChoiceList } from '../../../components/choice-list';
import { DateField, TimeField } from '../../../components/date-field';
import { ErrorNote } from '../../../components/error-note';
import { TextField } from '../../../components/text-field';
import { getMyFamily } from '../../../entities/family/api/get-my-family';
import { RemoteView } from '../../../entities/remote/remote-view';
import { Said } from '../../../entities/remote/said-line';
import { useAction } from '../../../entities/remote/use-action';
import { useRemote } from '../../../entities/remote/use-remote';
import { dateWords, hhmmWords } from '../../../entities/time/calendar';
import { problemsSentence, type Problems } from '../../../lib/form-problems';
import { getCatalogue } from '../api/get-catalogue';
import { postRequest } from '../api/post-request';
import { askToInput, type AskField, type AskForm } from '../ask-form';
import { openTimebankPage } from '../routes';
import './timebank.scss';

export function AskHelp({ user }: { user: User }) {
  const remote = useRemote(async () => {
    const [catalogue, family] = await Promise.all([getCatalogue(), getMyFamily()]);
    return { catalogue, members: family.members };
  }, []);
  return (
    <RemoteView remote={remote} loading='正在读取服务项目，请稍等。' failed='没能读取服务项目'>
      {({ catalogue, members }) => <AskBody user={user} catalogue={catalogue} members={members} />}
    </RemoteView>
  );
}

const EMPTY: AskForm = {
  forPersonId: null,
  area: null,
  service: null,
  date: '',
  start: '',
  end: '',
  place: '',
  urgency: 'normal',
  note: '',
};

interface BodyProps {
  user: User;
  catalogue: Catalogue;
  members: { id: number; name: string }[];
}

function AskBody({ user, catalogue, members }: BodyProps) {
  const [form, setForm] = useState<AskForm>(EMPTY);
  const [problems, setProblems] = useState<Problems<AskField>>({});
  const [sent, setSent] = useState(false);
  const action = useAction();
  const set =
    <K extends keyof AskForm>(key: K) =>
    (value: AskForm[K]) => {
      setForm((f) => ({ ...f, [key]: value, ...(key === 'area' ? { service: null } : {}) }));
      setProblems((p) => ({ ...p, [key]: undefined }));
    };
  const services = catalogue.areas.find((a) => a.area === form.area)?.services ?? [];
  const whomChoices = [
    { value: 0, label: `${user.name}（我自己）` },
    ...members.map((m) => ({ value: m.id, label: m.name, description: '您的家人' })),
  ];

  const send = () => {
    const checked = askToInput(form, new Date());
    if ('problems' in checked) {
      setProblems(checked.problems);
      action.say(null);
      return;
    }
    setProblems({});
    void action.run((requestId) => postRequest(checked.input, requestId), {
      sentence: (posted) => posted.message,
      then: () => setSent(true),
    });
  };

  if (sent && action.said?.ok)
    return (
      <View className='timebank-stack'>
        <View className='timebank-note timebank-note--done'>
          <View className='timebank-note__title'>✓ 请求已经发出</View>
          <Said said={action.said} />
        </View>
        <BigButton variant='primary' onClick={() => openTimebankPage('mine')}>
          看谁来帮忙
        </BigButton>
      </View>
    );

  const sentence = problemsSentence(problems);
  return (
    <View className='timebank-stack'>
      {members.length > 0 ? (
        <ChoiceList
          id='ask-for'
          label='帮谁'
          choices={whomChoices}
          selected={form.forPersonId ?? 0}
          onSelect={(id) => set('forPersonId')(id === 0 ? null : id)}
        />
      ) : null}
      <ChoiceList
        id='ask-area'
        label='要哪一类帮助'
        layout='grid'
        choices={catalogue.areas.map((a) => ({ value: a.area, label: a.area }))}
        selected={form.area}
        onSelect={set('area')}
      />
      {problems.area ? <ErrorNote id='ask-area-error'>{problems.area}</ErrorNote> : null}
      {form.area ? (
        <ChoiceList
          id='ask-service'
          label='要什么帮助'
          layout='grid'
          choices={services.map((s) => ({ value: s, label: s }))}
          selected={form.service}
          onSelect={set('service')}
        />
      ) : null}
      {problems.service ? <ErrorNote id='ask-service-error'>{problems.service}</ErrorNote> : null}
      <DateField
        id='ask-date'
        label='哪一天'
        value={form.date}
        onChange={set('date')}
        words={form.date ? dateWords(form.date) : undefined}
        error={problems.date}
      />
      <TimeField
        id='ask-start'
        label='几点开始'
        value={form.start}
        onChange={set('start')}
        words={form.start ? hhmmWords(form.start) : undefined}
        error={problems.start}
      />
      <TimeField
        id='ask-end'
        label='几点结束'
        value={form.end}
        onChange={set('end')}
        words={form.end ? hhmmWords(form.end) : undefined}
        error={problems.end}
      />
      <TextField
        id='ask-place'
        label='到哪里帮忙'
        value={form.place}
        onChange={set('place')}
        maxLength={80}
        hint='一般写家里的地址。只有接单的人和书记能看到。'
        error={problems.place}
      />
      <ChoiceList
        id='ask-urgency'
        label='有多着急'
        layout='grid'
        choices={catalogue.urgencies.map((u) => ({ value: u.value, label: u.name }))}
        selected={form.urgency}
        onSelect={(u: Urgency) => set('urgency')(u)}
      />
      <TextField
        id='ask-note'
        label='还要说明的（可以不填）'
        value={form.note}
        onChange={set('note')}
        maxLength={200}
        multiline
      />
      {sentence ? <ErrorNote id='ask-problems'>{sentence}</ErrorNote> : null}
      <Said said={action.said} className='timebank-note' failedClassName='timebank-note--failed' />
      <BigButton variant='primary' onClick={send} busy={action.busy} busyLabel='正在发出…'>
        发出请求
      </BigButton>
    </View>
  );
}
