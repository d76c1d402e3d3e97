// One notice in large type: its labels in words, who sent it and when (已更新 after an edit), 朗读, the body, and a
// big 我已收到 on notices that ask for it. Opening it marks it read. Its managers also get 回执, 修改 and 撤回.
import { View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { speechText } from '../../../../contracts/notice-speech';
import type { NoticeDetail } from '../../../../contracts/notices';
import type { SubscribeTemplate } from '../../../../contracts/inbox';
import { BigButton } from '../../../components/big-button';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ListRow } from '../../../components/list-row';
import { RemoteView } from '../../../entities/remote/remote-view';
import { Said } from '../../../entities/remote/said-line';
import { useAction } from '../../../entities/remote/use-action';
import { useRemote } from '../../../entities/remote/use-remote';
import { sinceWords } from '../../../entities/time/calendar';
import { a11y } from '../../../lib/a11y';
import { acknowledgeNotice } from '../api/acknowledge';
import { getNotice } from '../api/get-notice';
import { markNoticeRead } from '../api/mark-read';
import { withdrawNotice } from '../api/withdraw-notice';
import { noticeLabels, paragraphsOf } from '../notice-words';
import { NOTICE_ROUTES, openNoticePage } from '../routes';
import { NoticeLabels } from './notice-item';
import { ReadAloudBar } from './read-aloud-bar';
import './notices.scss';

/**
 * The WeChat message 我已收到 asks consent for: the secretary's 提醒 about a notice not yet read. Asked on this tap
 * because a member who confirms notices is one who wants the next one, and each yes allows one reminder.
 */
export const NOTICE_CONSENTS: readonly SubscribeTemplate[] = ['notice_posted'];

/** Asks WeChat's consent for these messages; called first on the tap (see src/features/inbox/subscribe). */
export type AskConsent = (templates: readonly SubscribeTemplate[]) => unknown;

export function NoticeDetailView({ noticeId, askConsent }: { noticeId: number; askConsent?: AskConsent }) {
  const remote = useRemote(() => getNotice(noticeId), [noticeId]);
  return (
    <RemoteView remote={remote} loading='正在打开通知，请稍等。' failed='没能打开这条通知'>
      {({ notice }) => (
        <NoticeBody notice={notice} onChanged={(n) => remote.update(() => ({ notice: n }))} askConsent={askConsent} />
      )}
    </RemoteView>
  );
}

function NoticeBody({
  notice,
  onChanged,
  askConsent,
}: {
  notice: NoticeDetail;
  onChanged: (n: NoticeDetail) => void;
  askConsent?: AskConsent;
}) {
  const { run, pending, said } = useAction();
  const [confirmWithdraw, setConfirmWithdraw] = useState(false);

  // Opening marks it read; a reader the notice is not addressed to (its manager) has nothing to mark.
  useEffect(() => {
    if (!notice.showing || !notice.forYou || (notice.read && !notice.updatedSinceRead)) return;
    markNoticeRead(notice.id).then(
      () => onChanged({ ...notice, read: true, updatedSinceRead: false }),
      () => undefined,
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per notice version.
  }, [notice.id, notice.version]);

  const acknowledge = () => {
    // First, before anything is awaited: WeChat opens its consent prompt only straight after a tap.
    askConsent?.(NOTICE_CONSENTS);
    void run((requestId) => acknowledgeNotice(notice.id, requestId), {
      intent: 'acknowledge',
      sentence: (r) => r.message,
      then: () => onChanged({ ...notice, read: true, acknowledged: true }),
    });
  };
  const withdraw = () => {
    setConfirmWithdraw(false);
    void run((requestId) => withdrawNotice(notice.id, requestId), {
      intent: 'withdraw',
      sentence: (r) => r.message,
      then: () => onChanged({ ...notice, withdrawn: true, showing: false }),
    });
  };

  const wantsAck = notice.needsAck && notice.showing && notice.forYou && !notice.acknowledged;
  return (
    <View className='notice-detail'>
      <NoticeLabels labels={noticeLabels(notice)} />
      <View className='notice-detail__title' {...a11y({ role: 'heading', level: 2 })}>
        {notice.title}
      </View>
      <View className='notice-detail__meta'>
        {notice.audienceName}，{notice.publisherName} 发于 {sinceWords(notice.publishedAt)}。
        {notice.updated ? ` 已更新：${sinceWords(notice.updatedAt)} 改过内容。` : ''}
        {notice.withdrawn ? ' 这条通知已经撤回，大家看不到了。' : ''}
      </View>
      <ReadAloudBar noticeId={notice.id} text={speechText(notice)} />
      <View className='notice-detail__body'>
        {paragraphsOf(notice.body).map((p, i) => (
          <View key={i}>{p}</View>
        ))}
      </View>
      {wantsAck ? (
        <BigButton
          variant='primary'
          onClick={acknowledge}
          busy={pending === 'acknowledge'}
          busyLabel='正在告诉发通知的人…'
        >
          收到
        </BigButton>
      ) : null}
      {/* Said once: right after 收到 the result sentence below says it. */}
      {notice.needsAck && notice.acknowledged && !said?.ok ? (
        <View className='notice-sentence'>您已经按了“收到”，发通知的人知道您看到了。</View>
      ) : null}
      <Said said={said} className='notice-sentence' failedNote />
      {notice.canSeeReceipts || notice.canManage ? (
        <View className='notice-actions'>
          {notice.canSeeReceipts ? (
            <ListRow
              title='看谁看了，给没看的人打电话'
              description='谁已读、谁已收到，还没看的人的电话。'
              onClick={() => openNoticePage(NOTICE_ROUTES.receipts, { id: notice.id })}
            />
          ) : null}
          {notice.canManage && !notice.withdrawn ? (
            <ListRow
              title='修改这条通知'
              description='改完后大家会看到“已更新”。'
              onClick={() => openNoticePage(NOTICE_ROUTES.publish, { id: notice.id })}
            />
          ) : null}
          {notice.canManage && !notice.withdrawn ? (
            <ListRow
              kind='button'
              title='撤回这条通知'
              description='撤回后大家都看不到了。'
              onClick={() => setConfirmWithdraw(true)}
            />
          ) : null}
        </View>
      ) : null}
      <ConfirmDialog
        open={confirmWithdraw}
        title='要撤回这条通知吗？'
        message={`撤回后，${notice.audienceName}的党员都看不到“${notice.title}”了。`}
        confirmLabel='确定撤回'
        onConfirm={withdraw}
        onCancel={() => setConfirmWithdraw(false)}
      />
    </View>
  );
}
