// The counter-signature: one question in a full sentence ("王阿姨来帮您代购，2小时，对吗？") and ONE big button,
// 对，确认. A smaller 不对，告诉书记 opens one box for what was wrong; the visit then waits for the secretary and
// nothing is credited. Unconfirmed hours are never credited, so the time left to answer is said too.
import { useState } from 'react';
import { View } from '@tarojs/components';
import type { VisitToConfirm } from '../../../../contracts/timebank';
import { BigButton } from '../../../components/big-button';
import { StateView } from '../../../components/state-view';
import { TextField } from '../../../components/text-field';
import { RemoteView } from '../../../entities/remote/remote-view';
import { Said } from '../../../entities/remote/said-line';
import { useAction } from '../../../entities/remote/use-action';
import { useRemote } from '../../../entities/remote/use-remote';
import { a11y } from '../../../lib/a11y';
import { confirmVisit } from '../api/confirm-visit';
import { disputeVisit } from '../api/dispute-visit';
import { getToConfirm } from '../api/get-to-confirm';
import { openTimebankPage } from '../routes';
import './timebank.scss';

export function ConfirmScreen({ visitId }: { visitId: number | undefined }) {
  const remote = useRemote(() => getToConfirm(), []);
  return (
    <RemoteView remote={remote} loading='正在读取这次服务，请稍等。' failed='没能读取这次服务'>
      {({ visits }) => {
        const visit = visits.find((v) => v.id === visitId) ?? (visitId === undefined ? visits[0] : undefined);
        return visit ? (
          <ConfirmBody visit={visit} />
        ) : (
          <StateView
            kind='empty'
            title='没有要您确认的服务'
            message='这次服务可能已经确认过了，或者已经交给书记处理。您的时间都在“我的时间银行”里。'
            actionLabel='看我的时间银行'
            onAction={() => openTimebankPage('mine')}
          />
        );
      }}
    </RemoteView>
  );
}

function ConfirmBody({ visit }: { visit: VisitToConfirm }) {
  const action = useAction();
  const [outcome, setOutcome] = useState<'confirmed' | 'disputed' | null>(null);
  const [disputing, setDisputing] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);

  const confirm = () =>
    void action.run((requestId) => confirmVisit(visit.id, requestId), {
      intent: 'confirm',
      sentence: (done) => done.message,
      then: () => setOutcome('confirmed'),
    });
  const dispute = () => {
    if (!reason.trim()) {
      setReasonError('请写一句哪里不对，例如“没有来”“只来了半小时”。');
      return;
    }
    setReasonError(null);
    void action.run((requestId) => disputeVisit(visit.id, reason.trim(), requestId), {
      intent: 'dispute',
      sentence: (done) => done.message,
      then: () => setOutcome('disputed'),
    });
  };

  if (outcome && action.said?.ok)
    return (
      <View className='timebank-stack'>
        <View className='timebank-note timebank-note--done'>
          <View className='timebank-note__title' {...a11y({ role: 'heading', level: 2 })}>
            {outcome === 'confirmed' ? '✓ 已确认' : '✓ 已经告诉书记'}
          </View>
          <Said said={action.said} />
        </View>
        <BigButton variant='primary' onClick={() => openTimebankPage('mine')}>
          回到我的时间银行
        </BigButton>
      </View>
    );

  return (
    <View className='timebank-stack'>
      <View className='timebank-note'>
        <View className='timebank-big-sentence' {...a11y({ role: 'heading', level: 2 })}>
          {visit.question}
        </View>
        <View>{visit.timeLeft}</View>
      </View>
      <Said said={action.said} className='timebank-note' failedClassName='timebank-note--failed' />
      <View className='timebank-confirm'>
        <BigButton variant='primary' onClick={confirm} busy={action.pending === 'confirm'} busyLabel='正在确认…'>
          对，确认
        </BigButton>
      </View>
      {disputing ? (
        <>
          <TextField
            id='dispute-reason'
            label='哪里不对'
            value={reason}
            onChange={setReason}
            maxLength={200}
            hint='书记会来问清楚。这次的时间先不计。'
            error={reasonError}
            multiline
          />
          <BigButton onClick={dispute} busy={action.pending === 'dispute'} busyLabel='正在告诉书记…'>
            告诉书记
          </BigButton>
        </>
      ) : (
        <BigButton onClick={() => setDisputing(true)}>不对，告诉书记</BigButton>
      )}
    </View>
  );
}
