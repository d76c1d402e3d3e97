// 支部通知: the person's notices (pinned on top, then unread, then newest), and for secretaries and admins the way
// to publish one and to the notices they manage.
import { View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useRef } from 'react';
import type { User } from '../../../../contracts/account';
import { BigButton } from '../../../components/big-button';
import { ListRow } from '../../../components/list-row';
import { StateView } from '../../../components/state-view';
import { RemoteView } from '../../../entities/remote/remote-view';
import { useRemote } from '../../../entities/remote/use-remote';
import { holdsScope } from '../../../entities/session/scopes';
import { a11y } from '../../../lib/a11y';
import { listNotices } from '../api/list-notices';
import { listSentence } from '../notice-words';
import { NOTICE_ROUTES, openNoticePage } from '../routes';
import { NoticeItem } from './notice-item';
import './notices.scss';

export function NoticeList({ viewer }: { viewer: User }) {
  const remote = useRemote(() => listNotices(), []);
  // Back from a notice: ask again, so what was just read no longer says 未读.
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) remote.retry();
    shown.current = true;
  });
  const publisher = holdsScope(viewer, 'manageBranch');
  return (
    <View className='notices-view'>
      {publisher ? (
        <>
          <BigButton variant='primary' onClick={() => openNoticePage(NOTICE_ROUTES.publish)}>
            发新通知
          </BigButton>
          <ListRow
            title='我发的通知'
            description='看谁已读、谁还没确认，修改或撤回。'
            onClick={() => openNoticePage(NOTICE_ROUTES.manage)}
          />
        </>
      ) : null}
      <RemoteView remote={remote} loading='正在读取通知，请稍等。' failed='没能读取通知'>
        {({ items }) =>
          items.length === 0 ? (
            <StateView
              kind='empty'
              title='现在没有通知'
              message='支部书记或上级发了通知，会显示在这里。没看过的会标上“未读”。'
            />
          ) : (
            <>
              <View className='notices-summary' {...a11y({ role: 'status' })}>
                {listSentence(items)}
              </View>
              <View className='notice-list' {...a11y({ role: 'list', label: '通知列表' })}>
                {items.map((n) => (
                  <NoticeItem key={n.id} notice={n} onOpen={(id) => openNoticePage(NOTICE_ROUTES.detail, { id })} />
                ))}
              </View>
            </>
          )
        }
      </RemoteView>
    </View>
  );
}
