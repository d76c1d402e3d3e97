// 扫码签到: one huge button and a full-sentence result ("签到成功，14:02。服务结束时请再扫一次签退。"). At a geo post
// the reason for the location is said before the phone asks. If the network fails, the scan is kept on the phone
// with its time and sent when the line is back; scans kept earlier are sent as this screen opens. A refused location
// in the mini-program gets its own main button, 打开定位权限 (wx.openSetting, which only a tap may open).
import { useEffect, useState } from 'react';
import { View } from '@tarojs/components';
import type { PostDetail, ServiceRecord } from '../../../../contracts/volunteer';
import { BigButton } from '../../../components/big-button';
import { TextField } from '../../../components/text-field';
import { useRemote } from '../../../entities/remote/use-remote';
import { RemoteView } from '../../../entities/remote/remote-view';
import { a11y } from '../../../lib/a11y';
import { isUnanswered, messageOf } from '../../../lib/api-error';
import { openTab, TAB_ROUTES } from '../../../lib/routes';
import { checkIn } from '../api/check-in';
import { checkOut } from '../api/check-out';
import { getMyRecords } from '../api/get-my-records';
import { getPost } from '../api/get-post';
import { syncOffline } from '../api/sync-offline';
import {
  afterSettingSentence,
  clockKindFor,
  clockOf,
  keptOfflineSentence,
  LOCATION_REASON,
  noFixSentence,
  OPEN_LOCATION_SETTING_LABEL,
  verbOf,
  type ClockKind,
} from '../check-in-words';
import { CAN_OPEN_LOCATION_SETTING, currentFix, openLocationSetting } from '../../../entities/location/location';
import type { LocationFailure } from '../../../entities/location/location-reason';
import { newClientId } from '../../../entities/offline-queue/offline-queue';
import { keepScan, sendKept } from '../offline-scans';
import './volunteer.scss';

interface CheckInScreenProps {
  /** The check-in code as scanned; without it (a rotating post's page) the 6 digits on the manager's phone are typed. */
  scene?: string;
  postId: number;
}

type Step =
  | { kind: 'ready'; note?: string }
  | { kind: 'working'; label: string }
  | { kind: 'done'; sentence: string }
  | { kind: 'failed'; sentence: string; location?: LocationFailure };

export function CheckInScreen({ scene, postId }: CheckInScreenProps) {
  const remote = useRemote(async () => {
    // Scans kept while offline go first, so the button below knows whether this person is checked in.
    await sendKept(syncOffline).catch(() => null);
    const [post, mine] = await Promise.all([getPost(postId), getMyRecords()]);
    return { post, records: mine.records };
  }, [postId]);
  return (
    <RemoteView remote={remote} loading='正在读取驿站，请稍等。' failed='没能读取驿站'>
      {({ post, records }) => <CheckInBody scene={scene} post={post} records={records} />}
    </RemoteView>
  );
}

function CheckInBody({ scene, post, records }: { scene?: string; post: PostDetail; records: ServiceRecord[] }) {
  const [kind, setKind] = useState<ClockKind>(() => clockKindFor(records, post.id));
  const [step, setStep] = useState<Step>({ kind: 'ready' });
  const [typed, setTyped] = useState('');
  const code = typed.replace(/\D/g, '');
  const verb = verbOf(kind);
  useEffect(() => setKind(clockKindFor(records, post.id)), [records, post.id]);

  const clock = async () => {
    const at = new Date();
    const clientId = newClientId();
    let fix: { lat: number; lng: number; accuracy: number } | null = null;
    if (post.checkInMode === 'geo') {
      setStep({ kind: 'working', label: '正在确认位置…' });
      const outcome = await currentFix();
      if (!outcome.ok) {
        setStep({
          kind: 'failed',
          sentence: noFixSentence(kind, outcome.failure, CAN_OPEN_LOCATION_SETTING),
          location: outcome.failure,
        });
        return;
      }
      fix = outcome.fix;
    }
    setStep({ kind: 'working', label: `正在${verb}…` });
    const input = { ...(scene ? { scene } : { postId: post.id, code }), clientId, ...(fix ?? {}) };
    try {
      const result = kind === 'in' ? await checkIn(input) : await checkOut(input);
      setStep({ kind: 'done', sentence: result.message });
      setKind(kind === 'in' ? 'out' : 'in');
    } catch (error) {
      // No answer from the service (not only no network: a cloud timeout, a full database): kept and resent later.
      if (isUnanswered(error)) {
        keepScan({
          clientId,
          kind,
          ...(scene ? { scene } : { postId: post.id, code }),
          ...(fix ?? {}),
          scannedAt: at.toISOString(),
        });
        setStep({ kind: 'done', sentence: keptOfflineSentence(kind, clockOf(at)) });
        setKind(kind === 'in' ? 'out' : 'in');
        return;
      }
      setStep({ kind: 'failed', sentence: messageOf(error) });
    }
  };

  // Straight from the tap, with no await before it: WeChat opens its settings page only then.
  const openSetting = async () => {
    const allowed = await openLocationSetting();
    setStep(
      allowed
        ? { kind: 'ready', note: afterSettingSentence(kind, true) }
        : { kind: 'failed', sentence: afterSettingSentence(kind, false), location: 'refused' },
    );
  };
  const refused = CAN_OPEN_LOCATION_SETTING && step.kind === 'failed' && step.location === 'refused';

  return (
    <View className='volunteer-stack'>
      <View className='volunteer-note'>
        <View className='volunteer-note__title'>{post.name}</View>
        <View>{post.address}</View>
      </View>
      {post.checkInMode === 'geo' && step.kind === 'ready' && !step.note ? (
        <View className='volunteer-note volunteer-note--quiet'>{LOCATION_REASON}</View>
      ) : null}
      {step.kind === 'ready' && step.note ? (
        <View className='volunteer-note volunteer-note--done' {...a11y({ role: 'status', live: 'polite' })}>
          {step.note}
        </View>
      ) : null}
      {step.kind === 'done' ? (
        <View className='volunteer-note volunteer-note--done' {...a11y({ role: 'status', live: 'polite' })}>
          {step.sentence}
        </View>
      ) : null}
      {step.kind === 'failed' ? (
        <View className='volunteer-note volunteer-note--failed' {...a11y({ role: 'alert' })}>
          <View className='volunteer-note__title'>没有{verb}成功</View>
          <View>{step.sentence}</View>
        </View>
      ) : null}
      {step.kind === 'done' ? (
        <BigButton variant='primary' onClick={() => openTab(TAB_ROUTES.volunteer)}>
          看我的服务时长
        </BigButton>
      ) : (
        <View className='check-in__button'>
          {scene ? null : (
            <TextField
              id='totp'
              label='负责人手机上的 6 位数字'
              value={typed}
              onChange={setTyped}
              maxLength={6}
              hint='不会扫码的，请负责人把手机上的数字念给您，在这里输入。'
            />
          )}
          {refused ? (
            <BigButton variant='primary' onClick={() => void openSetting()}>
              {OPEN_LOCATION_SETTING_LABEL}
            </BigButton>
          ) : null}
          <BigButton
            variant={refused ? 'secondary' : 'primary'}
            onClick={() => void clock()}
            busy={step.kind === 'working'}
            busyLabel={step.kind === 'working' ? step.label : undefined}
            disabled={!scene && code.length !== 6}
          >
            {step.kind === 'failed' ? `再按一次${verb}` : `按这里${verb}`}
          </BigButton>
        </View>
      )}
    </View>
  );
}
