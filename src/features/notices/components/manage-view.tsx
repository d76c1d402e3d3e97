// 我发的通知: the notices the caller published or manages, each with where it is (显示中, 定时发布, 已撤回, 已过期)
// and how far it has got (已读 120 / 290 人，已收到 80 人), asked again each time the page shows (others read meanwhile).
import { View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useRef } from 'react';
import { BigButton } from '../../../components/big-button';
import { ListRow } from '../../../components/list-row';
import { StateView } from '../../../components/state-view';
import { RemoteView } from '../../../entities/remote/remote-view';
import { useRemote } from '../../../entities/remote/use-remote';
import { dateTimeWords } from '../../../entities/time/calendar';
import { a11y } from '../../../lib/a11y';
import { listManaged } from '../api/list-managed';
import { managedCountsWords, managedStatus } from '../notice-words';
import { NOTICE_ROUTES, openNoticePage } from '../routes';
import './notices.scss';

export function ManageView() {
  const remote = useRemote(() => listManaged(), []);
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) remote.retry();
    shown.current = true;
  });
  return (
    <View className='notices-view'>
      <BigButton variant='primary' onClick={() => openNoticePage(NOTICE_ROUTES.publish)}>
        发新通知
      </BigButton>
      <RemoteView remote={remote} loading='正在读取您发的通知，请稍等。' failed='没能读取您发的通知'>
        {({ items }) =>
          items.length === 0 ? (
            <StateView kind='empty' title='还没有发过通知' message='点上面的“发新通知”，写好后先预览，再确认发出。' />
          ) : (
            <View className='notice-list' {...a11y({ role: 'list', label: '我发的通知' })}>
              {items.map((n) => {
                const counts = managedCountsWords(n, new Date());
                return (
                  <View key={n.id} {...a11y({ role: 'listitem' })}>
                    <ListRow
                      title={n.title}
                      description={`${n.importance === 'important' ? '重要，' : ''}发给 ${n.audienceName}，${dateTimeWords(n.publishAt)}${counts ? `。${counts}` : ''}`}
                      status={managedStatus(n, new Date())}
                      onClick={() => openNoticePage(NOTICE_ROUTES.detail, { id: n.id })}
                    />
                  </View>
                );
              })}
            </View>
          )
        }
      </RemoteView>
    </View>
  );
}
