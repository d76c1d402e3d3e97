// One event: when and where, the member's state in a full sentence and ONE big button that says what it will do
// (报名 / 排队等空位 / 申请抽签 / 取消报名 / 确认参加), first, so it is on the first screen in 特大; the rest of the
// facts below it. Cancelling asks first. The answer is said here in a sentence and stays (no timer). On an
// organiser's own event the main button is 报名名单 (what they came for); the page heading is the event's name.
import { useEffect, useState } from 'react';
import { View } from '@tarojs/components';
import { EVENT_MODE_NAMES, EVENT_TYPE_NAMES } from '../../../../contracts/event-names';
import type { EventsApi } from '../../../../contracts/events';
import type { SubscribeTemplate } from '../../../../contracts/inbox';
import { BigButton } from '../../../components/big-button';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { RemoteView } from '../../../entities/remote/remote-view';
import { Said } from '../../../entities/remote/said-line';
import { useAction, type Action } from '../../../entities/remote/use-action';
import { useRemote } from '../../../entities/remote/use-remote';
import { dateTimeWords, timeWords } from '../../../entities/time/calendar';
import { a11y } from '../../../lib/a11y';
import { cancelSignUp } from '../api/cancel-sign-up';
import { confirmPromotion } from '../api/confirm-promotion';
import { getEvent } from '../api/get-event';
import { signUp } from '../api/sign-up';
import { ACTION_LABELS, CONSENTS_FOR_ACTION, eventState, type EventAction } from '../event-state';
import { openRoster } from '../routes';
import { SignUpForFamily } from './sign-up-for-family';
import './events.scss';

type Got = EventsApi['get']['output'];

/** Asks WeChat's consent for these messages; called first on the tap (see src/features/inbox/subscribe). */
export type AskConsent = (templates: readonly SubscribeTemplate[]) => unknown;

export function EventDetailView({
  eventId,
  askConsent,
  onTitle,
}: {
  eventId: number;
  askConsent?: AskConsent;
  /** The event's name, once read: the page's heading. */
  onTitle?: (title: string) => void;
}) {
  const remote = useRemote(() => getEvent(eventId), [eventId]);
  const title = remote.state.status === 'ready' ? remote.state.data.event.title : null;
  useEffect(() => {
    if (title !== null) onTitle?.(title);
  }, [title, onTitle]);
  // Kept here, above the reload after a change, so the answer stays on screen while the page refreshes.
  const action = useAction();
  return (
    <RemoteView remote={remote} loading='正在读取活动，请稍等。' failed='没能读取这个活动'>
      {(got) => <EventDetail got={got} onChanged={remote.retry} action={action} askConsent={askConsent} />}
    </RemoteView>
  );
}

function EventDetail({
  got,
  onChanged,
  action: { run: send, busy, said },
  askConsent,
}: {
  got: Got;
  onChanged: () => void;
  action: Action;
  askConsent?: AskConsent;
}) {
  const { event: e, mine } = got;
  const [asking, setAsking] = useState(false);
  const state = eventState(e, mine, new Date());

  const run = async (what: EventAction) => {
    setAsking(false);
    await send(
      (requestId) =>
        what === 'cancel'
          ? cancelSignUp(e.id, requestId)
          : what === 'confirm'
            ? confirmPromotion(e.id, requestId)
            : signUp(e.id, requestId),
      {
        intent: what,
        sentence: (answer) => answer.message,
        then: onChanged,
      },
    );
  };
  const press = (what: EventAction) => {
    if (what === 'cancel') return setAsking(true);
    // First, before anything is awaited: WeChat opens its consent prompt only straight after a tap. The sign-up
    // itself neither waits for the answer nor depends on it.
    if (askConsent && CONSENTS_FOR_ACTION[what].length > 0) askConsent(CONSENTS_FOR_ACTION[what]);
    void run(what);
  };

  const main = (what: EventAction, primary: boolean) => (
    <BigButton variant={primary ? 'primary' : 'secondary'} busy={busy} onClick={() => press(what)}>
      {ACTION_LABELS[what]}
    </BigButton>
  );
  return (
    <View className='events'>
      <View className='events__facts'>
        <View>
          时间：{dateTimeWords(e.startAt)} 到 {timeWords(e.endAt)}
        </View>
        <View>地点：{e.place}</View>
      </View>
      <View className='events__state' {...a11y({ role: 'status', live: 'polite' })}>
        <View className='events__state-title'>{state.title}</View>
        <View className='events__sentence'>{state.sentence}</View>
        {mine.signedUpByName ? <View className='events__sentence'>是{mine.signedUpByName}替您报的名。</View> : null}
      </View>
      <Said said={said} className='events__done' />
      {e.manageable ? (
        <BigButton variant='primary' onClick={() => openRoster(e.id)}>
          报名名单和签到二维码
        </BigButton>
      ) : null}
      {state.action ? main(state.action, !e.manageable) : null}
      {state.secondary ? (
        <BigButton onClick={() => press(state.secondary!)} disabled={busy}>
          {ACTION_LABELS[state.secondary]}
        </BigButton>
      ) : null}
      {!e.cancelled && Date.now() < Date.parse(e.signupClosesAt) ? <SignUpForFamily eventId={e.id} /> : null}
      <View className='events__facts'>
        <View>
          种类：{EVENT_TYPE_NAMES[e.type]}（{EVENT_MODE_NAMES[e.mode]}）
        </View>
        <View>名额：{seatFacts(e)}</View>
        {e.description ? <View>{e.description}</View> : null}
      </View>
      {e.mode === 'lottery' && e.seedHash ? <FairnessFold seedHash={e.seedHash} seed={e.seed} /> : null}
      <ConfirmDialog
        open={asking}
        title='要取消报名吗？'
        message={
          mine.status === 'waitlisted'
            ? '取消以后，您排队的位置就没有了。'
            : '取消以后，名额会让给排队等空位的同志。想参加还可以再报名，但不一定还有名额。'
        }
        confirmLabel='确定取消报名'
        onConfirm={() => void run('cancel')}
        onCancel={() => setAsking(false)}
      />
    </View>
  );
}

/** The 名额 line: seats and the queue; a lottery counts everyone who applied until its draw. */
function seatFacts(e: Got['event']): string {
  const queue = e.waitlisted > 0 ? `，${e.waitlisted} 人在排队等空位` : '';
  if (e.mode === 'lottery' && !e.drawnAt) return `共 ${e.capacity} 个，抽签决定，已申请 ${e.signedUp} 人`;
  if (e.mode === 'lottery') return `共 ${e.capacity} 个，已抽签，${e.confirmed} 人抽中${queue}`;
  return `共 ${e.capacity} 个，已报名 ${e.confirmed} 人${queue}`;
}

/** The lottery's proof, folded: most people only want to know it is fair; the digits are there for whoever checks. */
function FairnessFold({ seedHash, seed }: { seedHash: string; seed: string | null }) {
  const [open, setOpen] = useState(false);
  return (
    <View className='events__facts'>
      <BigButton onClick={() => setOpen(!open)}>{open ? '收起“怎么保证公平？”' : '怎么保证公平？'}</BigButton>
      {open ? (
        <View className='events__muted'>
          抽签用电脑随机决定。报名开始以前，这个随机数的“指纹”就公布在这里，谁也改不了：{seedHash}。
          {seed
            ? `抽签以后随机数本身也公布了：${seed}。任何人都可以核对它和指纹对得上。`
            : '抽签以后会公布随机数本身，任何人都可以核对。'}
        </View>
      ) : null}
    </View>
  );
}
