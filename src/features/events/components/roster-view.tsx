// For the organiser: the attendance QR code shown large (members scan it at the door), 导出名单 (.xlsx), and the
// roster — name, branch, status, who signed up, attended — with 登记签到 by hand for those without a phone.
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
import { dateTimeWords } from '../../../entities/time/calendar';
import { getAttendanceCode } from '../api/attendance-code';
import { cancelEvent } from '../api/cancel-event';
import { exportRoster } from '../api/export-roster';
import { getRoster } from '../api/get-roster';
import { markAttendance } from '../api/mark-attendance';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { saveFileLink } from '../../../lib/save-file-link';
import './events.scss';

const STATUS_WORDS: Record<EnrolmentStatus, string> = {
  confirmed: '已报名',
  waitlisted: '候补',
  applied: '已申请抽签',
  promoted: '待确认',
  cancelled: '已取消',
  attended: '已签到',
};

const SEATED: readonly EnrolmentStatus[] = ['confirmed', 'promoted', 'attended'];

function rowWords(r: RosterRow): string {
  if (r.status === 'waitlisted' && r.place) return `候补第${r.place}位`;
  return STATUS_WORDS[r.status];
}

export function RosterView({ eventId }: { eventId: number }) {
  const remote = useRemote(() => getRoster(eventId), [eventId]);
  const [code, setCode] = useState<{ image: string; expiresAt?: string } | null>(null);
  const { run, pending, said } = useAction();
  const [asking, setAsking] = useState(false);
  const callOff = async () => {
    setAsking(false);
    await run((requestId) => cancelEvent(eventId, requestId), {
      intent: 'cancel',
      sentence: ({ told }) => `活动已经取消，已通知报名的 ${told} 位同志。`,
      then: remote.retry,
    });
  };
  const showCode = () => run(() => getAttendanceCode(eventId), { intent: 'code', then: setCode });
  /** Tapping a seated person's row marks them present by hand (a member without a phone), or takes it back. */
  const mark = (r: RosterRow) =>
    run((requestId) => markAttendance(eventId, r.personId, !r.attended, requestId), {
      intent: `mark:${r.personId}:${!r.attended}`,
      sentence: () => (r.attended ? `已取消${r.name}的签到。` : `已为${r.name}登记签到。`),
      then: remote.retry,
    });
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
      {({ event, rows }) => (
        <View className='events'>
          <View className='events__sentence'>
            {event.title}，{dateTimeWords(event.startAt)}。共 {event.capacity} 个名额，已报名 {event.confirmed} 人，候补{' '}
            {event.waitlisted} 人，签到 {rows.filter((r) => r.attended).length} 人。
          </View>
          <Said said={said} className='events__done' />
          {event.cancelled ? <View className='events__muted'>这个活动已经取消了。</View> : null}
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
          {event.cancelled ? null : <BigButton onClick={() => setAsking(true)}>取消这个活动</BigButton>}
          <ConfirmDialog
            open={asking}
            title='要取消这个活动吗？'
            message={`取消以后，报名的 ${rows.length} 位同志都会收到通知，名单也会清空。这一步不能撤回。`}
            confirmLabel='确定取消活动'
            onConfirm={() => void callOff()}
            onCancel={() => setAsking(false)}
          />
          <Card title={`报名名单（${rows.length} 人）`}>
            <View className='events__muted'>没有手机的同志到了，点他的名字就能登记签到。</View>
            {rows.length === 0 ? <View className='events__muted'>还没有人报名。</View> : null}
            {rows.map((r) => (
              <ListRow
                key={r.personId}
                title={r.name}
                description={`${r.branch} · ${dateTimeWords(r.signedUpAt)}报名${r.signedUpBy ? ` · ${r.signedUpBy}代报` : ''}${SEATED.includes(r.status) ? (r.attended ? ' · 点一下取消签到' : ' · 点一下登记签到') : ''}`}
                status={rowWords(r)}
                {...(SEATED.includes(r.status) ? { kind: 'button' as const, onClick: () => void mark(r) } : {})}
              />
            ))}
          </Card>
        </View>
      )}
    </RemoteView>
  );
}
