// 扫码签到: where she stands is said first ("您中午12点53分已经签到，正在服务（已服务25分钟）"), then one huge button.
// Checked in already, the main button is not 签退: 签退 is the second button, and an early one asks first, saying what
// it costs; a 签退 can be taken back for a few minutes (撤销签退). Every result is a sentence under a heading (✓ for
// done), and a refusal offers only what can help: 再按一次 where pressing again can work, else the real next step
// (sign up for a shift, how to join, check out elsewhere first). At a geo post the reason for the location is said
// before the phone asks, and without a location she is told who can register her instead. If the network fails, the
// scan is kept on the phone with its time and sent when the line is back; scans kept earlier are sent as this screen
// opens. A refused location in the mini-program gets its own main button, 打开定位权限 (wx.openSetting, which only
// a tap may open).
import { useEffect, useState } from 'react';
import { View } from '@tarojs/components';
import type { PostDetail, ServiceRecord } from '../../../../contracts/volunteer';
import { BigButton } from '../../../components/big-button';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { TextField } from '../../../components/text-field';
import { useRemote } from '../../../entities/remote/use-remote';
import { RemoteView } from '../../../entities/remote/remote-view';
import { useAction } from '../../../entities/remote/use-action';
import { Said } from '../../../entities/remote/said-line';
import { holdsScope } from '../../../entities/session/scopes';
import { useSession } from '../../../entities/session/use-session';
import { timeWords } from '../../../entities/time/calendar';
import { a11y } from '../../../lib/a11y';
import { isUnanswered } from '../../../lib/api-error';
import { openTab, TAB_ROUTES } from '../../../lib/routes';
import { checkIn } from '../api/check-in';
import { checkOut } from '../api/check-out';
import { getMyRecords } from '../api/get-my-records';
import { getPost } from '../api/get-post';
import { syncOffline } from '../api/sync-offline';
import { undoCheckOut } from '../api/undo-check-out';
import {
  afterSettingSentence,
  earlyCheckOutQuestion,
  elsewhereSentence,
  joinSentence,
  keptOfflineSentence,
  LOCATION_REASON,
  managerHelpSentence,
  nextStepAfter,
  noFixSentence,
  OPEN_LOCATION_SETTING_LABEL,
  servingSentence,
  verbOf,
  type ClockKind,
} from '../check-in-words';
import { CAN_OPEN_LOCATION_SETTING, currentFix, openLocationSetting } from '../../../entities/location/location';
import type { LocationFailure } from '../../../entities/location/location-reason';
import { newClientId } from '../../../entities/offline-queue/offline-queue';
import { keepScan, sendKept } from '../offline-scans';
import { openPost } from '../routes';
import './volunteer.scss';

interface CheckInScreenProps {
  /** The check-in code as scanned; without it (a rotating post's page) the 6 digits on the manager's phone are typed. */
  scene?: string;
  postId: number;
}

export function CheckInScreen({ scene, postId }: CheckInScreenProps) {
  const remote = useRemote(async () => {
    // Scans kept while offline go first, so the screen knows whether this person is checked in.
    await sendKept(syncOffline).catch(() => null);
    const [post, mine] = await Promise.all([getPost(postId), getMyRecords()]);
    return { post, records: mine.records };
  }, [postId]);
  return (
    <RemoteView remote={remote} loading='正在读取驿站，请稍等。' failed='没能读取驿站'>
      {({ post, records }) => <CheckInBody scene={scene} post={post} records={records} reload={remote.retry} />}
    </RemoteView>
  );
}

/** What the last press did, for the heading over its sentence and the buttons after it. */
type Last = {
  kind: ClockKind | 'undo';
  recordId?: number;
  /** Until when the server lets her take a 签退 back (ms), if it does. */
  undoUntil?: number;
  location?: LocationFailure;
  kept?: boolean;
};

interface BodyProps {
  scene?: string;
  post: PostDetail;
  records: ServiceRecord[];
  /** Reads the records again, quietly (the data stays on screen). */
  reload: () => void;
}

function CheckInBody({ scene, post, records, reload }: BodyProps) {
  const { user } = useSession();
  const action = useAction();
  const [last, setLast] = useState<Last | null>(null);
  const [asking, setAsking] = useState<string | null>(null);
  const [locating, setLocating] = useState(false);
  /** Not a result: a line between presses (the location switch is on now). */
  const [note, setNote] = useState<string | null>(null);
  const [typed, setTyped] = useState('');
  const [now, setNow] = useState(() => new Date());
  const code = typed.replace(/\D/g, '');
  // The minutes served go on while she looks at the screen.
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);

  const openHere = records.find((r) => r.status === 'open' && r.postId === post.id) ?? null;
  const openElsewhere = records.find((r) => r.status === 'open' && r.postId !== post.id) ?? null;
  const kind: ClockKind = openHere ? 'out' : 'in';
  const notVolunteer = user !== null && !holdsScope(user, 'serve');
  const said = action.said;
  // A scanned code the rotating post no longer takes (rotated out, or a photo of an old one): the 6 digits on the
  // manager's phone are the way in, typed here, from then on.
  const [typing, setTyping] = useState(!scene);
  useEffect(() => {
    if (
      post.checkInMode === 'rotating' &&
      said &&
      !said.ok &&
      (said.code === 'QR_EXPIRED' || said.code === 'QR_INVALID')
    )
      setTyping(true);
  }, [said, post.checkInMode]);
  const step = said && !said.ok ? nextStepAfter(said.code, typing) : null;

  const clock = async (clockKind: ClockKind) => {
    const at = new Date();
    const clientId = newClientId();
    let fix: { lat: number; lng: number; accuracy: number } | null = null;
    action.say(null);
    setNote(null);
    if (post.checkInMode === 'geo') {
      setLocating(true);
      const outcome = await currentFix();
      setLocating(false);
      if (!outcome.ok) {
        setLast({ kind: clockKind, location: outcome.failure });
        action.say({
          ok: false,
          text: noFixSentence(clockKind, outcome.failure, CAN_OPEN_LOCATION_SETTING),
          // No location found (weak signal) can work on the next press; a refusal needs the switch first.
          code: outcome.failure === 'no-fix' ? undefined : 'LOCATION_REQUIRED',
        });
        return;
      }
      fix = outcome.fix;
    }
    const where = scene && !typing ? { scene } : { postId: post.id, code };
    const input = { ...where, clientId, ...(fix ?? {}) };
    let kept = false;
    const answer = await action.run(
      async () => {
        try {
          return clockKind === 'in' ? await checkIn(input) : await checkOut(input);
        } catch (error) {
          // No answer from the service (not only no network: a cloud timeout, a full database): kept and resent later.
          if (!isUnanswered(error)) throw error;
          keepScan({ clientId, kind: clockKind, ...where, ...(fix ?? {}), scannedAt: at.toISOString() });
          kept = true;
          return { message: keptOfflineSentence(clockKind, timeWords(at)), record: null };
        }
      },
      { intent: `${clockKind}:${clientId}`, sentence: (a) => a.message },
    );
    const recordId = answer?.record ? answer.record.id : undefined;
    const until = answer?.record && 'undoUntil' in answer.record ? answer.record.undoUntil : null;
    setLast({ kind: clockKind, recordId, kept, undoUntil: until ? Date.parse(until) : undefined });
    // What she is doing now (or, after a refusal about it, what she was doing) is read again, quietly.
    // Nothing changed on the server when the scan was only kept on the phone (it is sent when the line is back).
    if (!kept) reload();
  };

  const pressCheckOut = () => {
    const question = openHere ? earlyCheckOutQuestion(openHere, new Date()) : null;
    if (question) setAsking(question);
    else void clock('out');
  };

  const undo = async (recordId: number) => {
    const answer = await action.run((requestId) => undoCheckOut(recordId, requestId), {
      intent: `undo:${recordId}`,
      sentence: (a) => a.message,
    });
    if (answer) {
      setLast({ kind: 'undo', recordId });
      reload();
    }
  };

  // Straight from the tap, with no await before it: WeChat opens its settings page only then.
  const openSetting = async () => {
    const allowed = await openLocationSetting();
    if (allowed) {
      action.say(null);
      setLast(null);
      setNote(afterSettingSentence(kind, true));
    } else action.say({ ok: false, text: afterSettingSentence(kind, false), code: 'LOCATION_REQUIRED' });
  };

  const verb = verbOf(last && last.kind !== 'undo' ? last.kind : kind);
  const refused = step !== null && last?.location === 'refused';
  const undoable =
    said?.ok === true &&
    last?.kind === 'out' &&
    last.recordId !== undefined &&
    last.undoUntil !== undefined &&
    now.getTime() < last.undoUntil;
  // After a refusal, the clock button stays only where pressing it again can help.
  const clockButtonShown =
    !notVolunteer && !openElsewhere && (step === null || step === 'again' || step === 'closer' || step === 'state');
  const done = said?.ok === true;
  const showClockIn = kind === 'in' && clockButtonShown && !done;
  const showClockOut = kind === 'out' && clockButtonShown;
  const offerSetting = refused && CAN_OPEN_LOCATION_SETTING;
  const codeField = !typing ? null : (
    <TextField
      id='totp'
      label='负责人手机上的 6 位数字'
      value={typed}
      onChange={setTyped}
      maxLength={6}
      hint='不会扫码的，请负责人把手机上的数字念给您，在这里输入。'
    />
  );
  const clockLabel =
    step === 'again'
      ? `再按一次${verbOf(kind)}`
      : step === 'closer'
        ? `到了驿站，再按这里${verbOf(kind)}`
        : kind === 'out'
          ? '服务结束了，按这里签退'
          : '按这里签到';

  return (
    <View className='volunteer-stack'>
      <View className='volunteer-note'>
        <View className='volunteer-note__title'>{post.name}</View>
        <View>{post.address}</View>
      </View>
      {/* Where she stands, first; after a press its result sentence says it instead (nothing moves above it). */}
      {openHere && !said?.ok ? (
        <View className='volunteer-note volunteer-note--done check-in__state' {...a11y({ role: 'status' })}>
          {servingSentence(openHere, now)}
        </View>
      ) : null}
      {openElsewhere ? (
        <View className='volunteer-note volunteer-note--quiet check-in__state' {...a11y({ role: 'status' })}>
          {elsewhereSentence(openElsewhere)}
        </View>
      ) : null}
      {notVolunteer ? (
        <View className='volunteer-note volunteer-note--quiet check-in__join'>{joinSentence(post)}</View>
      ) : null}
      {post.checkInMode === 'geo' && kind === 'in' && !said && !note && !notVolunteer && !openElsewhere ? (
        <View className='volunteer-note volunteer-note--quiet'>{LOCATION_REASON}</View>
      ) : null}
      {said ? (
        <View className={`volunteer-note ${said.ok ? 'volunteer-note--done' : 'volunteer-note--failed'}`}>
          <View className='volunteer-note__title' {...a11y({ role: 'heading', level: 2 })}>
            {said.ok
              ? `✓ ${last?.kind === 'undo' ? '已撤销签退' : last?.kept ? '已记在手机上' : `${verb}成功`}`
              : `没有${verb}成功`}
          </View>
          <Said said={step === 'join' ? { ...said, text: joinSentence(post) } : said} />
          {refused && post.checkInMode === 'geo' ? <View>{managerHelpSentence(post)}</View> : null}
        </View>
      ) : null}
      {note ? (
        <View className='volunteer-note volunteer-note--done' {...a11y({ role: 'status', live: 'polite' })}>
          {note}
        </View>
      ) : null}
      <View className='check-in__button'>
        {offerSetting ? (
          <BigButton variant='primary' onClick={() => void openSetting()}>
            {OPEN_LOCATION_SETTING_LABEL}
          </BigButton>
        ) : null}
        {step === 'shifts' ? (
          <BigButton variant='primary' onClick={() => openPost(post.id)}>
            看这个驿站的班次，去报名
          </BigButton>
        ) : null}
        {showClockIn ? (
          <>
            {codeField}
            <BigButton
              variant={offerSetting ? 'secondary' : 'primary'}
              onClick={() => void clock('in')}
              busy={locating || action.busy}
              busyLabel={locating ? '正在确认位置…' : '正在签到…'}
              disabled={typing && code.length !== 6}
            >
              {clockLabel}
            </BigButton>
          </>
        ) : (
          <BigButton
            variant={step === 'shifts' || offerSetting ? 'secondary' : 'primary'}
            onClick={() => openTab(TAB_ROUTES.volunteer)}
          >
            看我的服务时长
          </BigButton>
        )}
        {undoable && last?.recordId !== undefined ? (
          <BigButton
            variant='secondary'
            onClick={() => void undo(last.recordId!)}
            busy={action.busy}
            busyLabel='正在撤销…'
          >
            撤销签退
          </BigButton>
        ) : null}
        {showClockOut ? (
          <>
            {codeField}
            <BigButton
              variant='secondary'
              onClick={pressCheckOut}
              busy={locating || action.busy}
              busyLabel={locating ? '正在确认位置…' : '正在签退…'}
              disabled={typing && code.length !== 6}
            >
              {clockLabel}
            </BigButton>
          </>
        ) : null}
      </View>
      <ConfirmDialog
        open={asking !== null}
        title='现在就签退吗？'
        message={asking ?? ''}
        confirmLabel='确定签退'
        cancelLabel='不签退，继续服务'
        onConfirm={() => {
          setAsking(null);
          void clock('out');
        }}
        onCancel={() => setAsking(null)}
      />
    </View>
  );
}
