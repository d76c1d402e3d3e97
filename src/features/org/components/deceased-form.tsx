// 登记去世: the date, then one question naming the person; their record and history are kept.
import { useState } from 'react';
import { View } from '@tarojs/components';
import type { PersonDetail } from '../../../../contracts/org';
import { BigButton } from '../../../components/big-button';
import { Card } from '../../../components/card';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ErrorNote } from '../../../components/error-note';
import { TextField } from '../../../components/text-field';
import { ApiError } from '../../../lib/api-error';
import { markDeceased } from '../api/mark-deceased';
import { confirmDeceasedWords, typedDay } from '../roster-words';

export function DeceasedForm({ person, onDone, onCancel }: { person: PersonDetail; onDone: (message: string, person: PersonDetail) => void; onCancel: () => void }) {
  const [typed, setTyped] = useState('');
  const [day, setDay] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const ask = () => {
    const d = typedDay(typed);
    if (!d) return setProblem('日期请写成 2026-11-20 这样。');
    setProblem(null);
    setDay(d);
  };
  const record = async () => {
    if (!day) return;
    try {
      const answer = await markDeceased(person.id, day);
      setDay(null);
      onDone(answer.message, answer.person);
    } catch (error) {
      setDay(null);
      setProblem(error instanceof ApiError ? error.message : '没有登记上，请再试一次。');
    }
  };
  return (
    <Card title={`登记${person.name}同志去世`}>
      <View className='org-form'>
        <TextField id='deceased-day' label='去世日期' value={typed} onChange={setTyped} maxLength={12} hint='例如 2026-11-20。' />
        {problem ? <ErrorNote>{problem}</ErrorNote> : null}
        <BigButton variant='primary' onClick={ask}>
          登记
        </BigButton>
        <BigButton onClick={onCancel}>不登记了</BigButton>
      </View>
      <ConfirmDialog open={day !== null} title='登记去世' message={day ? confirmDeceasedWords(person.name, day) : ''} confirmLabel='确定登记' onConfirm={() => void record()} onCancel={() => setDay(null)} />
    </Card>
  );
}
