// 驿站管理 (post managers, admins above a post): the records waiting for confirmation and the volunteers'
// requests for correction (confirm in one tap, or set the hours with a reason), corrections beyond a record's
// bound for an admin above the post to approve or decline, the rotating check-in code of a
// rotating post, and this month's figures with their export. Nobody acts on their own record (the server refuses).
import { useState } from 'react';
import { View } from '@tarojs/components';
import type { CorrectionQueueItem, PostSummary } from '../../../../contracts/volunteer';
import { BigButton } from '../../../components/big-button';
import { Card } from '../../../components/card';
import { ListRow } from '../../../components/list-row';
import { TextField } from '../../../components/text-field';
import { Said } from '../../../entities/remote/said-line';
import { useAction } from '../../../entities/remote/use-action';
import { useRemote } from '../../../entities/remote/use-remote';
import { RemoteView } from '../../../entities/remote/remote-view';
import { currentMonth, monthLabel } from '../../../entities/time/calendar';
import { dateTimeWords } from '../../../entities/time/calendar';
import { approveCorrection } from '../api/approve-correction';
import { confirmRecord } from '../api/confirm-record';
import { correctRecord } from '../api/correct-record';
import { getCorrectionQueue } from '../api/get-correction-queue';
import { getManagedPosts } from '../api/get-managed-posts';
import { getReport } from '../api/get-report';
import { correctionWords, flagWords, hoursText } from '../volunteer-words';
import { ExportReport } from './export-report';
import { RotatingCodeView } from './rotating-code-view';
import './volunteer.scss';

export function ManageView() {
  const posts = useRemote(getManagedPosts, []);
  const [rotatingFor, setRotatingFor] = useState<PostSummary | null>(null);
  return (
    <RemoteView remote={posts} loading='正在读取您负责的驿站，请稍等。' failed='没能读取驿站'>
      {({ posts: list }) =>
        list.length === 0 ? (
          <View className='volunteer-note'>您现在没有负责的驿站。驿站负责人由管理员在设立驿站时指定。</View>
        ) : rotatingFor ? (
          <View className='volunteer-stack'>
            <RotatingCodeView post={rotatingFor} />
            <BigButton onClick={() => setRotatingFor(null)}>不显示打卡码了</BigButton>
          </View>
        ) : (
          <View className='volunteer-stack'>
            <Queue />
            {list.some((p) => p.checkInMode === 'rotating') ? (
              <Card title='显示动态打卡码'>
                {list
                  .filter((p) => p.checkInMode === 'rotating')
                  .map((p) => (
                    <ListRow
                      key={p.id}
                      title={p.name}
                      description='打卡码每 30 秒换一次，请志愿者当面扫码。'
                      kind='button'
                      onClick={() => setRotatingFor(p)}
                    />
                  ))}
              </Card>
            ) : null}
            <MonthFigures />
          </View>
        )
      }
    </RemoteView>
  );
}

function Queue() {
  const queue = useRemote(getCorrectionQueue, []);
  const [openKey, setOpenKey] = useState<string | null>(null);
  return (
    <Card title='待处理的服务记录'>
      <RemoteView remote={queue} loading='正在读取待处理的记录，请稍等。' failed='没能读取待处理的记录'>
        {({ items }) =>
          items.length === 0 ? (
            <View>没有待处理的记录。</View>
          ) : (
            <View>
              {items.slice(0, 30).map((item) => {
                const key = `${item.kind}:${item.correctionId ?? item.requestId ?? item.record.id}`;
                return key === openKey ? (
                  <QueueItem key={key} item={item} onDone={queue.retry} />
                ) : (
                  <ListRow
                    key={key}
                    title={`${item.record.personName} · ${item.record.postName}`}
                    description={`${dateTimeWords(item.record.checkInAt)}，${hoursText(item.record.hours)}${item.kind === 'request' ? `。申请更正：${item.reason ?? ''}` : item.kind === 'approval' ? `。提议改为${hoursText(item.hours ?? 0)}` : ''}`}
                    status={
                      item.kind === 'request'
                        ? '更正申请'
                        : item.kind === 'approval'
                          ? '待您批准'
                          : item.record.flags.length > 0
                            ? '请留意'
                            : item.record.statusName
                    }
                    onClick={() => setOpenKey(key)}
                  />
                );
              })}
            </View>
          )
        }
      </RemoteView>
    </Card>
  );
}

function QueueItem({ item, onDone }: { item: CorrectionQueueItem; onDone: () => void }) {
  const r = item.record;
  const [hours, setHours] = useState(String(item.hours ?? r.hours));
  const [reason, setReason] = useState('');
  const { run, busy, said } = useAction();
  const act = (intent: string, work: (requestId: string) => Promise<{ message: string }>) =>
    run(work, { intent, sentence: (a) => a.message, then: onDone });
  return (
    <View className='volunteer-note'>
      <View className='volunteer-note__title'>
        {r.personName} · {r.postName}
      </View>
      <View>
        签到 {dateTimeWords(r.checkInAt)}，{r.checkOutAt ? `签退 ${dateTimeWords(r.checkOutAt)}` : '还没有签退'}，计{' '}
        {hoursText(r.hours)}。
      </View>
      {r.flags.length > 0 ? <View>请留意：{flagWords(r.flags)}。</View> : null}
      {item.kind === 'request' ? <View>志愿者的说明：{item.reason}</View> : null}
      {r.corrections.map((c) => (
        <View key={c.id}>更正：{correctionWords(c)}</View>
      ))}
      {said ? (
        <Said
          said={said}
          className='volunteer-note'
          doneClassName='volunteer-note--done'
          failedClassName='volunteer-note--failed'
        />
      ) : item.kind === 'approval' && item.correctionId !== undefined ? (
        <>
          <View>这条更正超出了这次服务能记的时长，要由您批准才生效。</View>
          <BigButton
            variant='primary'
            busy={busy}
            onClick={() => void act('approve', (id) => approveCorrection(item.correctionId as number, true, id))}
          >
            {`同意，改为${hoursText(item.hours ?? 0)}`}
          </BigButton>
          <BigButton
            busy={busy}
            onClick={() => void act('refuse', (id) => approveCorrection(item.correctionId as number, false, id))}
          >
            不同意，保持原样
          </BigButton>
        </>
      ) : (
        <>
          {item.kind === 'flagged' ? (
            <BigButton
              variant='primary'
              busy={busy}
              onClick={() => void act('confirm', (id) => confirmRecord(r.id, id))}
            >
              记录无误，确认
            </BigButton>
          ) : null}
          <TextField
            id={`hours-${r.id}`}
            label='更正后的时长（小时）'
            value={hours}
            onChange={setHours}
            maxLength={5}
          />
          <TextField
            id={`why-${r.id}`}
            label='更正原因'
            value={reason}
            onChange={setReason}
            maxLength={100}
            multiline
          />
          <BigButton
            busy={busy}
            disabled={reason.trim() === ''}
            onClick={() =>
              void act(`correct:${hours}:${reason}`, (id) => correctRecord(r.id, Number(hours), reason, id))
            }
          >
            按更正后的时长保存
          </BigButton>
        </>
      )}
    </View>
  );
}

function MonthFigures() {
  const month = currentMonth();
  const report = useRemote(() => getReport(month, month), [month]);
  return (
    <Card title={`${monthLabel(month)}的服务统计`}>
      <RemoteView remote={report} loading='正在读取服务统计，请稍等。' failed='没能读取服务统计'>
        {(r) => (
          <View>
            <View>
              共 {hoursText(r.totals.hours)}，{r.totals.records} 人次，{r.totals.volunteers} 位志愿者参加。
            </View>
            {r.byPost.map((p) => (
              <ListRow
                key={p.key}
                title={p.name}
                status={hoursText(p.hours)}
                description={`${p.records} 人次，${p.volunteers} 位志愿者`}
              />
            ))}
          </View>
        )}
      </RemoteView>
      <ExportReport month={month} />
    </Card>
  );
}
