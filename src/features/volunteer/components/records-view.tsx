// 我的服务记录: each record with its post, times, hours and status in words; a tap opens it, with 申请更正
// ("我忘了签退") and the reason typed in full. A record waiting for the post manager says so in a full sentence,
// and every correction names who made it and who approved it.
import { useState } from 'react';
import { View } from '@tarojs/components';
import type { ServiceRecord } from '../../../../contracts/volunteer';
import { BigButton } from '../../../components/big-button';
import { Card } from '../../../components/card';
import { ListRow } from '../../../components/list-row';
import { TextField } from '../../../components/text-field';
import { Said } from '../../../entities/remote/said-line';
import { useAction } from '../../../entities/remote/use-action';
import { useRemote } from '../../../entities/remote/use-remote';
import { RemoteView } from '../../../entities/remote/remote-view';
import { dateTimeWords, timeWords } from '../../../entities/time/calendar';
import { getMyRecords } from '../api/get-my-records';
import { requestCorrection } from '../api/request-correction';
import { correctionWords, flagWords, hoursText } from '../volunteer-words';
import './volunteer.scss';

export function RecordsView() {
  const remote = useRemote(getMyRecords, []);
  const [openId, setOpenId] = useState<number | null>(null);
  return (
    <RemoteView remote={remote} loading='正在读取服务记录，请稍等。' failed='没能读取服务记录'>
      {({ records }) =>
        records.length === 0 ? (
          <View className='volunteer-note'>还没有服务记录。到驿站扫码签到以后，这里就会有记录。</View>
        ) : (
          <View className='volunteer-stack'>
            {records.map((r) =>
              r.id === openId ? (
                <RecordDetail key={r.id} record={r} onDone={remote.retry} />
              ) : (
                <ListRow
                  key={r.id}
                  title={`${r.postName} · ${r.service}`}
                  description={`${dateTimeWords(r.checkInAt)}${r.checkOutAt ? ` 到 ${timeWords(r.checkOutAt)}` : ''}，${hoursText(r.hours)}`}
                  status={r.correctionRequested ? `${r.statusName}，已申请更正` : r.statusName}
                  onClick={() => setOpenId(r.id)}
                />
              ),
            )}
          </View>
        )
      }
    </RemoteView>
  );
}

/** Said beside the box when 申请更正 is pressed with nothing written. */
export const EMPTY_REASON = '请先在上面写一下要更正什么，例如：我忘了签退，实际服务到下午5点。';

function RecordDetail({ record: r, onDone }: { record: ServiceRecord; onDone: () => void }) {
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState<string | null>(null);
  const { run, busy, said } = useAction();
  const send = () => {
    // A press with nothing written is told what to write, next to the box: never a silent grey button.
    if (reason.trim() === '') {
      setMissing(EMPTY_REASON);
      return undefined;
    }
    setMissing(null);
    return run((requestId) => requestCorrection(r.id, reason, requestId), {
      intent: reason,
      sentence: (answer) => answer.message,
      then: onDone,
    });
  };
  return (
    <Card title={`${r.postName} · ${r.statusName}`}>
      <View>签到：{dateTimeWords(r.checkInAt)}</View>
      <View>签退：{r.checkOutAt ? dateTimeWords(r.checkOutAt) : '还没有签退'}</View>
      <View>计入时长：{hoursText(r.hours)}</View>
      {r.statusNote ? <View className='volunteer-note'>{r.statusNote}</View> : null}
      {r.flags.length > 0 ? <View>说明：{flagWords(r.flags)}</View> : null}
      {r.corrections.map((c) => (
        <View key={c.id}>更正：{correctionWords(c)}</View>
      ))}
      <Said
        said={said}
        className='volunteer-note'
        doneClassName='volunteer-note--done'
        failedClassName='volunteer-note--failed'
      />
      {r.correctionRequested ? (
        <View className='volunteer-note'>已申请更正：这条记录的更正申请已经交了，请等驿站负责人答复。</View>
      ) : r.status !== 'open' && !said?.ok ? (
        <>
          <TextField
            id={`reason-${r.id}`}
            label='申请更正的原因'
            value={reason}
            onChange={(text) => {
              setReason(text);
              if (text.trim() !== '') setMissing(null);
            }}
            error={missing}
            multiline
            maxLength={100}
            hint='例如：我忘了签退，实际服务到下午5点。'
          />
          <BigButton variant='primary' onClick={() => void send()} busy={busy}>
            申请更正
          </BigButton>
        </>
      ) : null}
    </Card>
  );
}
