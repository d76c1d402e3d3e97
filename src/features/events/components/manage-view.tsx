// For secretaries and admins: 发布新活动 (a short form; the date and times from the phone's pickers; sign-up opens at
// once and closes an hour before the start; every mistake shown at once beside its box) and the events they run,
// each opening its page (报名名单, 签到二维码 there).
import { useState } from 'react';
import { View } from '@tarojs/components';
import type { User } from '../../../../contracts/account';
import { EVENT_MODE_NAMES, EVENT_TYPES, type EventMode, type EventType } from '../../../../contracts/event-names';
import { BigButton } from '../../../components/big-button';
import { Card } from '../../../components/card';
import { ChoiceList } from '../../../components/choice-list';
import { ListRow } from '../../../components/list-row';
import { DateField, TimeField } from '../../../components/date-field';
import { ErrorNote } from '../../../components/error-note';
import { TextField } from '../../../components/text-field';
import { problemsSentence, type Problems } from '../../../lib/form-problems';
import { RemoteView } from '../../../entities/remote/remote-view';
import { Said } from '../../../entities/remote/said-line';
import { useAction } from '../../../entities/remote/use-action';
import { useRemote } from '../../../entities/remote/use-remote';
import { grantsInScope } from '../../../entities/session/scopes';
import { dateTimeWords, dateWords, hhmmWords } from '../../../entities/time/calendar';
import { createEvent } from '../api/create-event';
import { listEvents } from '../api/list-events';
import { formToInput, type CreateForm, type CreateFormField } from '../create-form';
import { seatsWords, TYPE_CHOICE_LABELS } from '../event-state';
import { openEvent } from '../routes';
import './events.scss';

const EMPTY: CreateForm = {
  title: '',
  type: 'lecture',
  place: '',
  date: '',
  start: '09:00',
  end: '11:00',
  capacity: '50',
  mode: 'first_come',
};

export function ManageView({ user }: { user: User }) {
  const remote = useRemote(() => listEvents(undefined, true), []);
  const [form, setForm] = useState<CreateForm>(EMPTY);
  const [problems, setProblems] = useState<Problems<CreateFormField>>({});
  const { run, busy, said } = useAction();
  const unit = grantsInScope(user, 'manageBranch')[0]?.orgUnitId ?? user.orgUnitId;
  const set =
    <K extends keyof CreateForm>(key: K) =>
    (value: CreateForm[K]) => {
      setForm((f) => ({ ...f, [key]: value }));
      // A box she has just changed no longer carries its old mistake.
      setProblems((p) => ({ ...p, [key]: undefined }));
    };

  const submit = async () => {
    const made = formToInput(form, unit, new Date());
    if ('problems' in made) {
      setProblems(made.problems);
      return;
    }
    setProblems({});
    await run((requestId) => createEvent(made.input, requestId), {
      sentence: ({ event }) => `活动“${event.title}”已经发布，现在就可以报名了。`,
      then: () => {
        setForm(EMPTY);
        remote.retry();
      },
    });
  };

  return (
    <View className='events'>
      <Card title='发布新活动'>
        <View className='events'>
          <TextField
            id='event-title'
            label='活动名称'
            value={form.title}
            onChange={set('title')}
            maxLength={60}
            error={problems.title}
          />
          <ChoiceList<EventType>
            label='活动种类'
            layout='grid'
            choices={EVENT_TYPES.map((t) => ({ value: t, label: TYPE_CHOICE_LABELS[t] }))}
            selected={form.type}
            onSelect={set('type')}
          />
          <TextField
            id='event-place'
            label='活动地点'
            value={form.place}
            onChange={set('place')}
            maxLength={100}
            error={problems.place}
          />
          <DateField
            id='event-date'
            label='活动日期'
            value={form.date}
            onChange={set('date')}
            words={form.date ? dateWords(form.date) : undefined}
            error={problems.date}
          />
          <TimeField
            id='event-start'
            label='开始时间'
            value={form.start}
            onChange={set('start')}
            words={form.start ? hhmmWords(form.start) : undefined}
            error={problems.start}
          />
          <TimeField
            id='event-end'
            label='结束时间'
            value={form.end}
            onChange={set('end')}
            words={form.end ? hhmmWords(form.end) : undefined}
            error={problems.end}
          />
          <TextField
            id='event-capacity'
            label='名额'
            value={form.capacity}
            onChange={set('capacity')}
            error={problems.capacity}
          />
          <ChoiceList<EventMode>
            label='报名方式'
            layout='grid'
            choices={(['first_come', 'lottery'] as const).map((m) => ({ value: m, label: EVENT_MODE_NAMES[m] }))}
            selected={form.mode}
            onSelect={set('mode')}
          />
          {problemsSentence(problems) ? (
            <ErrorNote id='event-form-problems'>{problemsSentence(problems)!}</ErrorNote>
          ) : null}
          <Said said={said} className='events__done' />
          <BigButton variant='primary' busy={busy} busyLabel='正在发布…' onClick={() => void submit()}>
            发布活动
          </BigButton>
        </View>
      </Card>
      <Card title='我组织的活动'>
        <RemoteView remote={remote} loading='正在读取活动，请稍等。' failed='没能读取活动'>
          {({ events }) => (
            <View className='events'>
              {events.length === 0 ? <View className='events__muted'>您还没有发布过活动。</View> : null}
              {events.map((e) => (
                <ListRow
                  key={e.id}
                  title={e.title}
                  description={`${dateTimeWords(e.startAt)} · ${e.cancelled ? '已取消' : seatsWords(e)}`}
                  onClick={() => openEvent(e.id)}
                />
              ))}
            </View>
          )}
        </RemoteView>
      </Card>
    </View>
  );
}
