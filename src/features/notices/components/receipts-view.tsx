// 回执: how many read and pressed 收到, 提醒 for those still to answer (once a day), and the call list — 30 at a
// time with 更多 below, those who have not opened it first, then those who read it without 收到, then those done —
// with a search by name, and a big 打电话 where the number may be seen in full.
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import type { ReceiptPerson, ReceiptsOutput } from '../../../../contracts/notices';
import { BigButton } from '../../../components/big-button';
import { SearchBox } from '../../../components/search-box';
import { RemoteView } from '../../../entities/remote/remote-view';
import { Said } from '../../../entities/remote/said-line';
import { useAction } from '../../../entities/remote/use-action';
import { useRemote } from '../../../entities/remote/use-remote';
import { a11y } from '../../../lib/a11y';
import { bringIntoView } from '../../../lib/bring-into-view';
import { getReceipts } from '../api/get-receipts';
import { remindUnread } from '../api/remind';
import {
  callStateWords,
  foundSentence,
  noMatchSentence,
  pendingSentence,
  receiptsSentence,
  remindLabel,
} from '../notice-words';
import './notices.scss';

const FOUND_ID = 'receipts-found';

export function ReceiptsView({ noticeId }: { noticeId: number }) {
  const remote = useRemote(() => getReceipts(noticeId, 0), [noticeId]);
  return (
    <RemoteView remote={remote} loading='正在统计谁看了通知，请稍等。' failed='没能读取谁看了通知'>
      {(r) => <Receipts receipts={r} onReminded={() => remote.update((d) => ({ ...d, remindedToday: true }))} />}
    </RemoteView>
  );
}

function Receipts({ receipts: r, onReminded }: { receipts: ReceiptsOutput; onReminded: () => void }) {
  const { run, busy, said } = useAction();
  /** The later pages asked for with 更多, in order. */
  const [more, setMore] = useState<number[]>([]);
  const [query, setQuery] = useState('');
  const remind = () =>
    void run((requestId) => remindUnread(r.notice.id, requestId), { sentence: (out) => out.message, then: onReminded });
  const next = (page: number) => setMore((pages) => [...pages, page]);
  return (
    <View className='notices-view'>
      <View className='notice-detail__title' {...a11y({ role: 'heading', level: 2 })}>
        {r.notice.title}
      </View>
      <View className='notices-summary'>{receiptsSentence(r)}</View>
      <View className='notice-sentence'>{pendingSentence(r)}</View>
      {r.canRemind && r.pendingTotal > 0 && !r.remindedToday ? (
        <BigButton variant='primary' onClick={remind} busy={busy} busyLabel='正在提醒…'>
          {remindLabel(r)}
        </BigButton>
      ) : null}
      {r.canRemind && r.remindedToday && !said?.ok ? (
        <View className='notice-sentence'>今天已经提醒过了，明天可以再提醒一次。</View>
      ) : null}
      <Said said={said} className='notice-sentence' failedNote />
      <View className='receipts-search'>
        <SearchBox
          id='receipts-search'
          label='找人'
          hint='可以写名字、拼音首字母（例如 zxy），或手机号的后 4 位。'
          query={query}
          onQuery={setQuery}
          clearLabel='看全部的人'
        />
      </View>
      {query ? (
        <Found key={query} noticeId={r.notice.id} query={query} needsAck={r.notice.needsAck} />
      ) : (
        <>
          <CallList people={r.people} needsAck={r.notice.needsAck} />
          {more.length === 0 && r.hasMore ? <BigButton onClick={() => next(1)}>更多</BigButton> : null}
          {more.map((page, i) => (
            <MorePeople
              key={page}
              noticeId={r.notice.id}
              page={page}
              query=''
              needsAck={r.notice.needsAck}
              last={i === more.length - 1}
              onMore={next}
            />
          ))}
        </>
      )}
    </View>
  );
}

/** What a search found, under the box: a sentence brought onto the screen (where she tapped 找一找), then the people. */
function Found({ noticeId, query, needsAck }: { noticeId: number; query: string; needsAck: boolean }) {
  const remote = useRemote(() => getReceipts(noticeId, 0, query), [noticeId, query]);
  const [more, setMore] = useState<number[]>([]);
  const next = (page: number) => setMore((pages) => [...pages, page]);
  const found = remote.state.status === 'ready' ? remote.state.data : null;
  useEffect(() => {
    if (!found) return undefined;
    const timer = setTimeout(() => bringIntoView(FOUND_ID), 50);
    return () => clearTimeout(timer);
  }, [found]);
  return (
    <RemoteView remote={remote} loading='正在找，请稍等。' failed='没能找人'>
      {(r) => (
        <>
          <View id={FOUND_ID} className='notice-sentence' {...a11y({ role: 'status', live: 'polite' })}>
            {r.people.length === 0 ? noMatchSentence(query) : foundSentence(query)}
          </View>
          <CallList people={r.people} needsAck={needsAck} />
          {more.length === 0 && r.hasMore ? <BigButton onClick={() => next(1)}>更多</BigButton> : null}
          {more.map((page, i) => (
            <MorePeople
              key={page}
              noticeId={noticeId}
              page={page}
              query={query}
              needsAck={needsAck}
              last={i === more.length - 1}
              onMore={next}
            />
          ))}
        </>
      )}
    </RemoteView>
  );
}

/** A later page of the call list, below the ones before it; its loading line and failure stay in its place. */
function MorePeople(props: {
  noticeId: number;
  page: number;
  query: string;
  needsAck: boolean;
  last: boolean;
  onMore: (page: number) => void;
}) {
  const { noticeId, page, query, needsAck, last, onMore } = props;
  const remote = useRemote(() => getReceipts(noticeId, page, query), [noticeId, page, query]);
  return (
    <RemoteView remote={remote} loading='正在读取后面的人，请稍等。' failed='没能读取后面的人'>
      {(r) => (
        <>
          <CallList people={r.people} needsAck={needsAck} />
          {last && r.hasMore ? <BigButton onClick={() => onMore(page + 1)}>更多</BigButton> : null}
        </>
      )}
    </RemoteView>
  );
}

function CallList({ people, needsAck }: { people: ReceiptPerson[]; needsAck: boolean }) {
  if (people.length === 0) return null;
  return (
    <View className='call-list' {...a11y({ role: 'list', label: '名单' })}>
      {people.map((p) => (
        <CallItem key={p.personId} person={p} needsAck={needsAck} />
      ))}
    </View>
  );
}

function CallItem({ person, needsAck }: { person: ReceiptPerson; needsAck: boolean }) {
  const done = person.state === 'acknowledged' || (!needsAck && person.state === 'read');
  return (
    <View className={done ? 'call-item call-item--done' : 'call-item'} {...a11y({ role: 'listitem' })}>
      <View className='call-item__name'>{person.name}</View>
      <View className='call-item__line'>
        {person.branchName}，{callStateWords(person.state, needsAck)}。
      </View>
      {done ? null : person.phone === null ? (
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
