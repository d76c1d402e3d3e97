// 驿站页面: where the post is, when it is open, the services, and this week's shifts. A volunteer taps a shift to
// sign up (or, on their own, to give the place back), and says yes once more in a dialog naming the shift's day and
// time; each result is said in a sentence.
import { useState } from 'react';
import { View } from '@tarojs/components';
import type { SubscribeTemplate } from '../../../../contracts/inbox';
import type { PostDetail, ShiftOccurrence } from '../../../../contracts/volunteer';
import { Card } from '../../../components/card';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ListRow } from '../../../components/list-row';
import { Said } from '../../../entities/remote/said-line';
import { useAction } from '../../../entities/remote/use-action';
import { useRemote } from '../../../entities/remote/use-remote';
import { RemoteView } from '../../../entities/remote/remote-view';
import { useSession } from '../../../entities/session/use-session';
import { getPost } from '../api/get-post';
import { joinShift } from '../api/join-shift';
import { leaveShift } from '../api/leave-shift';
import { placesWords, shiftQuestion, shiftTimeWords } from '../volunteer-words';
import { CheckInScreen } from './check-in-screen';
import './volunteer.scss';

/** The WeChat message a shift sign-up leads to: the reminder the evening before. */
export const SHIFT_CONSENTS: readonly SubscribeTemplate[] = ['volunteer_shift_reminder'];

/** Asks WeChat's consent for these messages; called first on the tap (see src/features/inbox/subscribe). */
export type AskConsent = (templates: readonly SubscribeTemplate[]) => unknown;

export function PostView({ id, askConsent }: { id: number; askConsent?: AskConsent }) {
  const remote = useRemote(() => getPost(id), [id]);
  return (
    <RemoteView remote={remote} loading='正在读取驿站，请稍等。' failed='没能读取驿站'>
      {(post) => <PostBody post={post} onChanged={remote.retry} askConsent={askConsent} />}
    </RemoteView>
  );
}

function PostBody({
  post,
  onChanged,
  askConsent,
}: {
  post: PostDetail;
  onChanged: () => void;
  askConsent?: AskConsent;
}) {
  const { user } = useSession();
  const volunteer = user?.roles.includes('volunteer') ?? false;
  const { run, busy, said } = useAction();
  // The shift whose 报名 or 取消报名 waits for her yes: one tap changes nothing.
  const [asking, setAsking] = useState<ShiftOccurrence | null>(null);
  const toggle = async (o: ShiftOccurrence) => {
    if (busy) return;
    // First, before anything is awaited: WeChat opens its consent prompt only straight after a tap (the dialog's yes).
    if (!o.mine) askConsent?.(SHIFT_CONSENTS);
    await run<{ message: string }>(
      (requestId) =>
        o.mine ? leaveShift(o.shiftId, o.occursOn, requestId) : joinShift(o.shiftId, o.occursOn, requestId),
      {
        intent: `${o.mine ? 'leave' : 'join'}:${o.shiftId}:${o.occursOn}`,
        sentence: (r) => r.message,
        then: onChanged,
      },
    );
  };
  return (
    <View className='volunteer-stack'>
      <View className='volunteer-note'>
        <View className='volunteer-note__title'>{post.name}</View>
        <View>地址：{post.address}</View>
        <View>开放时间：{post.openHours || '请电话询问'}</View>
        <View>提供的服务：{post.services.join('、') || '请电话询问'}</View>
        {post.contactPhone ? <View>联系电话：{post.contactPhone}</View> : null}
        <View>所属单位：{post.orgUnitName}</View>
      </View>
      <Said
        said={said}
        className='volunteer-note'
        doneClassName='volunteer-note--done'
        failedClassName='volunteer-note--failed'
      />
      <Card title='本周的服务'>
        {post.thisWeek.length === 0 ? <View>这一周没有安排班次。</View> : null}
        {post.thisWeek.map((o) => (
          <ListRow
            key={`${o.shiftId}:${o.occursOn}`}
            title={`${shiftTimeWords(o)}`}
            description={
              volunteer
                ? `${o.service}。${o.mine ? '点这里可以取消报名。' : o.taken < o.capacity ? '点这里报名。' : ''}`
                : o.service
            }
            status={placesWords(o)}
            kind='button'
            onClick={volunteer && (o.mine || o.taken < o.capacity) ? () => setAsking(o) : undefined}
          />
        ))}
        {!volunteer ? <View>想来这里服务，请先登录，并由志愿服务队登记为志愿者。</View> : null}
      </Card>
      {volunteer && post.checkInMode === 'rotating' ? (
        <Card title='不会扫码？输入数字码签到'>
          <CheckInScreen postId={post.id} />
        </Card>
      ) : null}
      <ConfirmDialog
        open={asking !== null}
        title={asking?.mine ? '取消报名吗？' : '报名这个班次吗？'}
        message={asking ? shiftQuestion(asking) : ''}
        confirmLabel={asking?.mine ? '确定取消报名' : '确定报名'}
        cancelLabel={asking?.mine ? '不取消，返回' : '先不报名，返回'}
        onConfirm={() => {
          const o = asking;
          setAsking(null);
          if (o) void toggle(o);
        }}
        onCancel={() => setAsking(null)}
      />
    </View>
  );
}
