// 登记去世: the date, then one question naming the person; their record and history are kept.
import { useState } from 'react';
import { View } from '@tarojs/components';
import type { PersonDetail } from '../../../../contracts/org';
import { BigButton } from '../../../components/big-button';
import { Card } from '../../../components/card';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { TextField } from '../../../components/text-field';
import { markDeceased } from '../api/mark-deceased';
import { confirmDeceasedWords, typedDay } from '../roster-words';
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
  const [typed, setTyped] = useState('');
  const [day, setDay] = useState<string | null>(null);
  const { run, said, say } = useAction();
  const ask = () => {
    const d = typedDay(typed);
    if (!d) return say({ ok: false, text: '日期请写成 2026-11-20 这样。' });
    say(null);
    setDay(d);
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
        <TextField
          id='deceased-day'
          label='去世日期'
          value={typed}
          onChange={setTyped}
          maxLength={12}
          hint='例如 2026-11-20。'
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
