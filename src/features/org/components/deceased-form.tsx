// 登记去世: the day chosen with the phone's date picker (never typed), then one question naming the person and the day
// in words; their record and history are kept. A missing or future day is said beside the box.
import { useState } from 'react';
import { View } from '@tarojs/components';
import type { PersonDetail } from '../../../../contracts/org';
import { BigButton } from '../../../components/big-button';
import { Card } from '../../../components/card';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { DateField } from '../../../components/date-field';
import { dateWords } from '../../../entities/time/calendar';
import { markDeceased } from '../api/mark-deceased';
import { confirmDeceasedWords } from '../roster-words';
import { Said } from '../../../entities/remote/said-line';
import { useAction } from '../../../entities/remote/use-action';

export function DeceasedForm({
  person,
  onDone,
  onCancel,
}: {
  person: PersonDetail;
  onDone: (message: string, person: PersonDetail) => void;
  onCancel: () => void;
}) {
  const [chosen, setChosen] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [day, setDay] = useState<string | null>(null);
  const { run, said } = useAction();
  const today = todayOnPhone();
  const ask = () => {
    const found = !chosen ? '请选择去世的日期。' : chosen > today ? '去世日期不能晚于今天，请再选一次。' : null;
    setProblem(found);
    if (!found) setDay(chosen);
  };
  const record = async () => {
    if (!day) return;
    await run((requestId) => markDeceased(person.id, day, requestId), {
      intent: day,
      unexplained: '没有登记上，请再试一次。',
      then: (answer) => {
        setDay(null);
        onDone(answer.message, answer.person);
      },
    });
    setDay(null);
  };
  return (
    <Card title={`登记${person.name}同志去世`}>
      <View className='org-form'>
        <DateField
          id='deceased-day'
          label='去世日期'
          value={chosen}
          onChange={(value) => {
            setChosen(value);
            setProblem(null);
          }}
          words={chosen ? dateWords(chosen) : undefined}
          end={today}
          error={problem}
        />
        <Said said={said} failedNote />
        <BigButton variant='primary' onClick={ask}>
          登记
        </BigButton>
        <BigButton onClick={onCancel}>不登记了</BigButton>
      </View>
      <ConfirmDialog
        open={day !== null}
        title='登记去世'
        message={day ? confirmDeceasedWords(person.name, day) : ''}
        confirmLabel='确定登记'
        onConfirm={() => void record()}
        onCancel={() => setDay(null)}
      />
    </Card>
  );
}

/** Today as the phone's date picker counts days (YYYY-MM-DD on the phone's clock, China time here). */
function todayOnPhone(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
