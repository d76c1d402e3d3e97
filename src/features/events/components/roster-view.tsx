// For the organiser: the attendance QR code shown large (members scan it at the door), 导出名单 (.xlsx), and the
// roster — name, branch, phone, status, who signed up, attended — with 登记签到 by hand for those without a phone:
// only from the event's day, asked first, and 撤销 right after. Calling the event off needs a reason; a cancelled
// event keeps its roster with phone numbers, so the organiser can ring each person.
import { useState } from 'react';
import { Image, View } from '@tarojs/components';
import type { EnrolmentStatus, RosterRow } from '../../../../contracts/events';
import { BigButton } from '../../../components/big-button';
import { Card } from '../../../components/card';
import { ListRow } from '../../../components/list-row';
import { RemoteView } from '../../../entities/remote/remote-view';
import { Said } from '../../../entities/remote/said-line';
import { useAction } from '../../../entities/remote/use-action';
import { useRemote } from '../../../entities/remote/use-remote';
import { dateTimeWords, dateWords } from '../../../entities/time/calendar';
import { getAttendanceCode } from '../api/attendance-code';
import { cancelEvent } from '../api/cancel-event';
import { exportRoster } from '../api/export-roster';
import { getRoster } from '../api/get-roster';
import { markAttendance } from '../api/mark-attendance';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { TextField } from '../../../components/text-field';
import { saveFileLink } from '../../../lib/save-file-link';
import { CANCEL_REASON_MAX } from '../../../../contracts/event-names';
import { handMarkingOpen } from '../event-state';
import './events.scss';

const STATUS_WORDS: Record<EnrolmentStatus, string> = {
  confirmed: '已报名',
  waitlisted: '排队等空位',
  applied: '已申请抽签',
  promoted: '轮到了，待确认',
  cancelled: '已取消',
  attended: '已签到',
};

const SEATED: readonly EnrolmentStatus[] = ['confirmed', 'promoted', 'attended'];

function rowWords(r: RosterRow): string {
  if (r.status === 'waitlisted' && r.place) return `排队第${r.place}位`;
  return STATUS_WORDS[r.status];
}

const NO_REASON = '请写上取消的原因，会告诉报名的同志。';

export function RosterView({ eventId }: { eventId: number }) {
  const remote = useRemote(() => getRoster(eventId), [eventId]);
  const [code, setCode] = useState<{ image: string; expiresAt?: string } | null>(null);
  const { run, pending, said } = useAction();
  /** Calling the event off: the reason box is open; what is typed; what is wrong with it. */
  const [callingOff, setCallingOff] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  /** The row whose attendance the organiser tapped, waiting for 确定. */
  const [asking, setAsking] = useState<RosterRow | null>(null);
  /** The person just marked present, offered 撤销 under the sentence. */
  const [justMarked, setJustMarked] = useState<RosterRow | null>(null);
  const callOff = async () => {
    if (reason.trim() === '') return setReasonError(NO_REASON);
    setReasonError(null);
    await run((requestId) => cancelEvent(eventId, reason.trim(), requestId), {
      intent: 'cancel',
      sentence: ({ told }) => `活动已经取消，已把原因告诉报名的 ${told} 位同志。名单还在下面，可以打电话再说一声。`,
      then: () => {
        setCallingOff(false);
        remote.retry();
      },
    });
  };
  const showCode = () => run(() => getAttendanceCode(eventId), { intent: 'code', then: setCode });
  /** Marks a seated person present by hand (a member without a phone), or takes it back (撤销). */
  const mark = (r: RosterRow, attended: boolean) => {
    setAsking(null);
    return run((requestId) => markAttendance(eventId, r.personId, attended, requestId), {
      intent: `mark:${r.personId}:${attended}`,
      sentence: () => (attended ? `已为${r.name}登记签到。` : `已撤销${r.name}的签到。`),
      then: () => {
        setJustMarked(attended ? r : null);
        remote.retry();
      },
    });
  };
  const download = () =>
    run(
      async () => {
        const link = await exportRoster(eventId);
        await saveFileLink(link);
        return link;
      },
      { intent: 'export', sentence: (link) => `名单已经导出，文件名是“${link.name}”。` },
    );
  return (
    <RemoteView remote={remote} loading='正在读取报名名单，请稍等。' failed='没能读取报名名单'>
      {({ event, rows }) => {
        const markingOpen = !event.cancelled && handMarkingOpen(event.startAt, new Date());
        return (
          <View className='events'>
            {event.cancelled ? (
              <View className='events__sentence'>
                {event.title}，{dateTimeWords(event.startAt)}。这个活动已经取消了
                {event.cancelReason ? `，原因：${event.cancelReason}` : ''}。报名的 {rows.length}{' '}
                位同志都已收到通知，下面是他们的电话，可以打电话再说一声。
              </View>
            ) : (
              <View className='events__sentence'>
                {event.title}，{dateTimeWords(event.startAt)}。共 {event.capacity} 个名额，
                {event.mode === 'lottery' && !event.drawnAt
                  ? `已申请抽签 ${event.signedUp} 人`
                  : `已报名 ${event.confirmed} 人，排队等空位 ${event.waitlisted} 人`}
                ，签到 {rows.filter((r) => r.attended).length} 人。
              </View>
            )}
            <Said said={said} className='events__done' />
            {justMarked ? (
              <BigButton
                busy={pending === `mark:${justMarked.personId}:false`}
                onClick={() => void mark(justMarked, false)}
              >
                {`撤销${justMarked.name}的签到`}
              </BigButton>
            ) : null}
            {event.cancelled ? null : code ? (
              <Card title='签到二维码'>
                <Image
                  className='events__qr'
                  src={code.image}
                  mode='widthFix'
                  nativeProps={{ alt: '签到二维码，请参加的同志用扫一扫扫这里' }}
                />
                <View className='events__sentence'>
                  请参加的同志用“扫一扫”扫这个二维码签到。活动开始前一小时到结束都能用。
                </View>
              </Card>
            ) : (
              <BigButton variant='primary' onClick={() => void showCode()}>
                显示签到二维码
              </BigButton>
            )}
            <BigButton busy={pending === 'export'} busyLabel='正在导出…' onClick={() => void download()}>
              导出名单
            </BigButton>
            {event.cancelled ? null : callingOff ? (
              <Card title='取消这个活动'>
                <View className='events__sentence'>
                  取消以后，报名的 {rows.length}{' '}
                  位同志都会收到通知和您写的原因。名单会留着，方便您打电话。这一步不能撤回。
                </View>
                <TextField
                  id='cancel-reason'
                  label='取消的原因'
                  hint='会告诉报名的同志，例如“场地临时停电，改期另行通知”。'
                  value={reason}
                  onChange={(v) => {
                    setReason(v);
                    if (v.trim() !== '') setReasonError(null);
                  }}
                  error={reasonError}
                  maxLength={CANCEL_REASON_MAX}
                  multiline
                />
                <BigButton busy={pending === 'cancel'} onClick={() => void callOff()}>
                  确定取消活动
                </BigButton>
                <BigButton onClick={() => setCallingOff(false)}>不取消了，返回</BigButton>
              </Card>
            ) : (
              <BigButton onClick={() => setCallingOff(true)}>取消这个活动</BigButton>
            )}
            <Card title={`报名名单（${rows.length} 人）`}>
              {event.cancelled ? null : markingOpen ? (
                <View className='events__muted'>没有手机的同志到了，点他的名字，确认以后就登记签到。</View>
              ) : (
                <View className='events__muted'>
                  活动那天（{dateWords(event.startAt)}）才能登记签到，现在点名字不会登记。
                </View>
              )}
              {rows.length === 0 ? <View className='events__muted'>还没有人报名。</View> : null}
              {rows.map((r) => {
                const markable = markingOpen && SEATED.includes(r.status);
                return (
                  <ListRow
                    key={r.personId}
                    title={r.name}
                    description={[
                      r.branch,
                      r.phone ? `电话 ${r.phone}` : '没有登记电话',
                      `${dateTimeWords(r.signedUpAt)}报名${r.signedUpBy ? `，${r.signedUpBy}代报` : ''}`,
                      markable ? (r.attended ? '点一下可以撤销签到' : '点一下登记签到') : '',
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                    status={event.cancelled ? '已通知取消' : rowWords(r)}
                    {...(markable ? { kind: 'button' as const, onClick: () => setAsking(r) } : {})}
                  />
                );
              })}
            </Card>
            <ConfirmDialog
              open={asking !== null}
              title={asking?.attended ? `撤销${asking.name}的签到吗？` : `给${asking?.name ?? ''}登记签到吗？`}
              message={
                asking?.attended
                  ? `撤销以后，${asking.name}算作没有到。`
                  : `请确认${asking?.name ?? ''}本人已经到了。登记错了可以马上撤销。`
              }
              confirmLabel={asking?.attended ? '确定撤销签到' : '确定登记签到'}
              onConfirm={() => asking && void mark(asking, !asking.attended)}
              onCancel={() => setAsking(null)}
            />
          </View>
        );
      }}
    </RemoteView>
  );
}
