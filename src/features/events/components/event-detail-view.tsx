// One event: what, when, where, seats; the member's state in a full sentence; ONE big button that says what it will
// do (报名 / 排队候补 / 申请抽签 / 取消报名 / 确认参加). Cancelling asks first. The answer is said here in a sentence
// and stays (no timer). Organisers also get 报名名单 and the attendance code.
import { useState } from 'react';
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

export function EventDetailView({ eventId, askConsent }: { eventId: number; askConsent?: AskConsent }) {
  const remote = useRemote(() => getEvent(eventId), [eventId]);
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

  return (
    <View className='events'>
      <View className='events__facts'>
        <View>活动：{e.title}</View>
        <View>
          种类：{EVENT_TYPE_NAMES[e.type]}（{EVENT_MODE_NAMES[e.mode]}）
        </View>
        <View>
          时间：{dateTimeWords(e.startAt)} 到 {timeWords(e.endAt)}
        </View>
        <View>地点：{e.place}</View>
        <View>
          名额：共 {e.capacity} 个，已报名 {e.confirmed} 人{e.waitlisted > 0 ? `，候补 ${e.waitlisted} 人` : ''}
        </View>
        {e.description ? <View>{e.description}</View> : null}
        {e.mode === 'lottery' && e.seedHash ? (
          <View className='events__muted'>抽签种子的哈希值（事先公布）：{e.seedHash}</View>
        ) : null}
        {e.seed ? <View className='events__muted'>抽签种子（已揭晓）：{e.seed}</View> : null}
      </View>
      <View className='events__state' {...a11y({ role: 'status', live: 'polite' })}>
        <View className='events__state-title'>{state.title}</View>
        <View className='events__sentence'>{state.sentence}</View>
        {mine.signedUpByName ? <View className='events__sentence'>是{mine.signedUpByName}替您报的名。</View> : null}
      </View>
      <Said said={said} className='events__done' />
      {state.action ? (
        <BigButton variant='primary' busy={busy} onClick={() => press(state.action!)}>
          {ACTION_LABELS[state.action]}
        </BigButton>
      ) : null}
      {state.secondary ? (
        <BigButton onClick={() => press(state.secondary!)} disabled={busy}>
          {ACTION_LABELS[state.secondary]}
        </BigButton>
      ) : null}
      {!e.cancelled && Date.now() < Date.parse(e.signupClosesAt) ? <SignUpForFamily eventId={e.id} /> : null}
      {e.manageable ? <BigButton onClick={() => openRoster(e.id)}>报名名单和签到二维码</BigButton> : null}
      <ConfirmDialog
        open={asking}
        title='要取消报名吗？'
        message={
          mine.status === 'waitlisted'
            ? '取消以后，您在候补里的位置就没有了。'
            : '取消以后，名额会让给候补的同志。想参加还可以再报名，但不一定还有名额。'
        }
        confirmLabel='确定取消报名'
        onConfirm={() => void run('cancel')}
        onCancel={() => setAsking(false)}
      />
    </View>
  );
}
