// 我能帮忙, for the younger members (60–70): 扫老人的卡 at the door (the main action while she has a request to
// serve), the requests she took, the open requests near her with 接单, what she offers and when, and her hours and
// visits. The scanner is handed in by the page (a feature never imports another).
import { useState } from 'react';
import { View } from '@tarojs/components';
import type { Catalogue, HelpRequestSummary, MyOffer } from '../../../../contracts/timebank';
import type { User } from '../../../../contracts/account';
import { BigButton } from '../../../components/big-button';
import { Card } from '../../../components/card';
import { CheckList } from '../../../components/check-list';
import { TimeField } from '../../../components/date-field';
import { ErrorNote } from '../../../components/error-note';
import { StateView } from '../../../components/state-view';
import { RemoteView } from '../../../entities/remote/remote-view';
import { Said } from '../../../entities/remote/said-line';
import { useAction } from '../../../entities/remote/use-action';
import { useRemote } from '../../../entities/remote/use-remote';
import { dateTimeWords, hhmmWords, timeWords } from '../../../entities/time/calendar';
import { a11y } from '../../../lib/a11y';
import { problemsSentence, type Problems } from '../../../lib/form-problems';
import { acceptRequest } from '../api/accept-request';
import { getBalance } from '../api/get-balance';
import { getCatalogue } from '../api/get-catalogue';
import { getMyOffer } from '../api/get-my-offer';
import { getMyVisits } from '../api/get-my-visits';
import { getRequests } from '../api/get-requests';
import { saveOffer } from '../api/save-offer';
import { offerToForm, offerToInput, WEEKDAY_NAMES, type OfferField, type OfferForm } from '../offer-form';
import { hoursWords } from '../timebank-words';
import './timebank.scss';

interface HelpViewProps {
  user: User;
  /** Opens the camera for an elder's card; resolves with a sentence to show, or null. */
  onScan: () => Promise<string | null>;
}

export function HelpView({ user, onScan }: HelpViewProps) {
  const remote = useRemote(async () => {
    const [offer, catalogue, mine, open, balance, visits] = await Promise.all([
      getMyOffer(),
      getCatalogue(),
      getRequests({ mine: true }),
      getRequests({}),
      getBalance(),
      getMyVisits(),
    ]);
    return { offer, catalogue, mine: mine.requests, open: open.requests, balance, visits: visits.visits };
  }, []);
  return (
    <RemoteView remote={remote} loading='正在读取可以帮忙的事，请稍等。' failed='没能读取可以帮忙的事'>
      {(data) => {
        const taken = data.mine.filter(
          (r) => r.helper?.id === user.id && (r.status === 'matched' || r.status === 'visiting'),
        );
        return (
          <View className='timebank-stack'>
            <ScanCard taken={taken} onScan={onScan} />
            <OpenRequests requests={data.open} />
            <OfferCard offer={data.offer} catalogue={data.catalogue} />
            <Card title='我的时间'>
              <View className='timebank-big-sentence'>{data.balance.sentence}</View>
              {data.balance.awaitingConfirmation > 0 ? (
                <View>还有{hoursWords(data.balance.awaitingConfirmation)}等老人或家人确认。</View>
              ) : null}
              {data.visits.slice(0, 10).map((v) => (
                <View key={v.id} className='timebank-note'>
                  {`${dateTimeWords(v.checkInAt)} 帮${v.elder.name}${v.service}，${v.minutes > 0 ? hoursWords(v.minutes / 60) : '正在服务'}：${v.statusName}${v.confirmedForElder ? '（书记代老人确认）' : ''}。`}
                </View>
              ))}
            </Card>
          </View>
        );
      }}
    </RemoteView>
  );
}

function whenWords(r: Pick<HelpRequestSummary, 'startsAt' | 'endsAt'>): string {
  return `${dateTimeWords(r.startsAt)}到${timeWords(r.endsAt)}`;
}

function ScanCard({ taken, onScan }: { taken: HelpRequestSummary[]; onScan: () => Promise<string | null> }) {
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <Card title='我接的请求'>
      {taken.length === 0 ? (
        <View>您现在没有接请求。下面有等人帮忙的，可以接一个。</View>
      ) : (
        <>
          {taken.map((r) => (
            <View key={r.id} className='timebank-note'>
              <View className='timebank-note__title'>
                {r.status === 'visiting' ? `正在帮${r.elder.name}${r.service}` : `${r.elder.name}：${r.service}`}
              </View>
              <View>{whenWords(r)}</View>
              <View>地点：{r.place}</View>
            </View>
          ))}
          <View>到了老人家里扫一次老人的服务卡，帮完走的时候再扫一次。</View>
          <BigButton variant='primary' onClick={() => void onScan().then(setProblem)}>
            扫老人的卡
          </BigButton>
          {problem ? <ErrorNote>{problem}</ErrorNote> : null}
        </>
      )}
    </Card>
  );
}

function OpenRequests({ requests }: { requests: HelpRequestSummary[] }) {
  const action = useAction();
  const [taken, setTaken] = useState<Set<number>>(new Set());
  if (requests.length === 0)
    return <StateView kind='empty' title='附近暂时没有等人帮忙的' message='有新的请求，会在“我的消息”里告诉您。' />;
  return (
    <Card title='附近等人帮忙的'>
      {requests.map((r) => (
        <View key={r.id} className='timebank-note'>
          <View className='timebank-note__title'>
            {r.service}
            {r.urgency === 'urgent' ? `（${r.urgencyName}）` : ''}
          </View>
          <View>{`帮${r.elder.name}，${whenWords(r)}。`}</View>
          <View>{`${r.orgUnitName}${r.distanceName ? `，${r.distanceName}` : ''}。`}</View>
          {taken.has(r.id) ? (
            <View {...a11y({ role: 'status' })}>✓ 您接了这个请求。</View>
          ) : (
            <BigButton
              onClick={() =>
                void action.run((callId) => acceptRequest(r.id, callId), {
                  intent: `accept:${r.id}`,
                  sentence: (done) => done.message,
                  then: () => setTaken((s) => new Set(s).add(r.id)),
                })
              }
              busy={action.pending === `accept:${r.id}`}
              busyLabel='正在接单…'
            >
              {`接单：帮${r.elder.name}${r.service}`}
            </BigButton>
          )}
        </View>
      ))}
      <Said said={action.said} className='timebank-note' failedClassName='timebank-note--failed' />
    </Card>
  );
}

function OfferCard({ offer, catalogue }: { offer: MyOffer; catalogue: Catalogue }) {
  const [form, setForm] = useState<OfferForm>(() => offerToForm(offer.offer));
  const [problems, setProblems] = useState<Problems<OfferField>>({});
  const action = useAction();
  if (!offer.canOffer)
    return (
      <Card title='我能帮什么'>
        <View>{offer.reason ?? '时间银行请60到70岁的党员来帮忙。'}</View>
      </Card>
    );
  const set =
    <K extends keyof OfferForm>(key: K) =>
    (value: OfferForm[K]) => {
      setForm((f) => ({ ...f, [key]: value }));
      setProblems((p) => ({ ...p, [key]: undefined }));
    };
  const save = () => {
    const checked = offerToInput(form);
    if ('problems' in checked) {
      setProblems(checked.problems);
      action.say(null);
      return;
    }
    setProblems({});
    void action.run((requestId) => saveOffer(checked.input, requestId), { sentence: (done) => done.message });
  };
  const sentence = problemsSentence(problems);
  return (
    <Card title='我能帮什么'>
      {catalogue.areas.map((a) => (
        <CheckList
          key={a.area}
          id={`offer-${a.area}`}
          label={a.area}
          choices={a.services.map((s) => ({ value: s, label: s }))}
          selected={form.services.filter((s) => a.services.includes(s))}
          onChange={(picked) => set('services')([...form.services.filter((s) => !a.services.includes(s)), ...picked])}
        />
      ))}
      {problems.services ? <ErrorNote>{problems.services}</ErrorNote> : null}
      <CheckList
        id='offer-days'
        label='哪几天有空'
        choices={WEEKDAY_NAMES.map((name, i) => ({ value: i + 1, label: name }))}
        selected={form.weekdays}
        onChange={set('weekdays')}
      />
      {problems.weekdays ? <ErrorNote>{problems.weekdays}</ErrorNote> : null}
      <TimeField
        id='offer-from'
        label='从几点开始有空'
        value={form.from}
        onChange={set('from')}
        words={form.from ? hhmmWords(form.from) : undefined}
        error={problems.from}
      />
      <TimeField
        id='offer-to'
        label='到几点'
        value={form.to}
        onChange={set('to')}
        words={form.to ? hhmmWords(form.to) : undefined}
        error={problems.to}
      />
      {sentence ? <ErrorNote>{sentence}</ErrorNote> : null}
      <Said said={action.said} className='timebank-note' failedClassName='timebank-note--failed' />
      <BigButton onClick={save} busy={action.busy} busyLabel='正在保存…'>
        保存我能帮的事
      </BigButton>
    </Card>
  );
}
