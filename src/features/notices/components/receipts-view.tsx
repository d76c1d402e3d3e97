// 回执: how many read and acknowledged, 提醒 for those who have not read (once a day), and the call list — those
// still to answer with their phone numbers, a big 打电话 where the number may be seen in full.
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { PendingPerson, ReceiptsOutput } from '../../../../contracts/notices';
import { BigButton } from '../../../components/big-button';
import { RemoteView } from '../../../entities/remote/remote-view';
import { Said } from '../../../entities/remote/said-line';
import { useAction } from '../../../entities/remote/use-action';
import { useRemote } from '../../../entities/remote/use-remote';
import { a11y } from '../../../lib/a11y';
import { getReceipts } from '../api/get-receipts';
import { remindUnread } from '../api/remind';
import { pendingSentence, receiptsSentence } from '../notice-words';
import './notices.scss';

export function ReceiptsView({ noticeId }: { noticeId: number }) {
  const [page, setPage] = useState(0);
  const remote = useRemote(() => getReceipts(noticeId, page), [noticeId, page]);
  return (
    <RemoteView remote={remote} loading='正在统计回执，请稍等。' failed='没能读取回执'>
      {(r) => (
        <Receipts
          receipts={r}
          onPage={setPage}
          onReminded={() => remote.update((d) => ({ ...d, remindedToday: true }))}
        />
      )}
    </RemoteView>
  );
}

function Receipts({
  receipts: r,
  onPage,
  onReminded,
}: {
  receipts: ReceiptsOutput;
  onPage: (page: number) => void;
  onReminded: () => void;
}) {
  const { run, busy, said } = useAction();
  const remind = () =>
    void run((requestId) => remindUnread(r.notice.id, requestId), { sentence: (out) => out.message, then: onReminded });
  const unreadLeft = r.total - r.read;
  return (
    <View className='notices-view'>
      <View className='notice-detail__title' {...a11y({ role: 'heading', level: 2 })}>
        {r.notice.title}
      </View>
      <View className='notices-summary'>{receiptsSentence(r)}</View>
      <View className='notice-sentence'>{pendingSentence(r)}</View>
      {r.canRemind && unreadLeft > 0 && !r.remindedToday ? (
        <BigButton variant='primary' onClick={remind} busy={busy} busyLabel='正在提醒…'>
          {`提醒还没看的 ${unreadLeft} 人`}
        </BigButton>
      ) : null}
      {r.canRemind && r.remindedToday && !said?.ok ? (
        <View className='notice-sentence'>今天已经提醒过了，明天可以再提醒一次。</View>
      ) : null}
      <Said said={said} className='notice-sentence' failedNote />
      {r.pending.length > 0 ? (
        <View className='call-list' {...a11y({ role: 'list', label: '还没回的人' })}>
          {r.pending.map((p) => (
            <CallItem key={p.personId} person={p} needsAck={r.notice.needsAck} />
          ))}
        </View>
      ) : null}
      {r.hasMore ? <BigButton onClick={() => onPage(r.page + 1)}>看后面的人</BigButton> : null}
      {r.page > 0 ? <BigButton onClick={() => onPage(r.page - 1)}>看前面的人</BigButton> : null}
    </View>
  );
}

function CallItem({ person, needsAck }: { person: PendingPerson; needsAck: boolean }) {
  const state = person.read ? (needsAck ? '已读，还没点“我已收到”' : '已读') : '还没看';
  return (
    <View className='call-item' {...a11y({ role: 'listitem' })}>
      <View className='call-item__name'>{person.name}</View>
      <View className='call-item__line'>
        {person.branchName}，{state}。
      </View>
      {person.phone === null ? (
        <View className='call-item__line'>没有登记电话。</View>
      ) : person.phoneFull ? (
        <BigButton onClick={() => void Taro.makePhoneCall({ phoneNumber: person.phone as string })}>
          {`打电话 ${person.phone}`}
        </BigButton>
      ) : (
        <View className='call-item__line'>电话 {person.phone}（完整号码只有本支部书记能看到）</View>
      )}
    </View>
  );
}
