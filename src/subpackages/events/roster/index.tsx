// 报名名单: for the organiser — the attendance code, the roster and 导出名单.
import { useRouter } from '@tarojs/taro';
import { PageFrame } from '../../../components/page-frame';
import { StateView } from '../../../components/state-view';
import { SessionGate } from '../../../entities/session/components/session-gate';
import { RosterView } from '../../../features/events/components/roster-view';
import { leavePage, TAB_ROUTES } from '../../../lib/routes';

export default function RosterPage() {
  const { params } = useRouter();
  const id = /^[1-9][0-9]{0,9}$/.test(params.id ?? '') ? Number(params.id) : null;
  return (
    <PageFrame title='报名名单'>
      <SessionGate
        reason='登录后才能看报名名单。'
        only={{
          scope: 'manageBranch',
          title: '这里只给支部书记和管理员用',
          message: '报名名单由组织活动的支部书记管理。想知道自己的报名情况，请看“我的活动”。',
        }}
      >
        {() =>
          id === null ? (
            <StateView
              kind='empty'
              title='没有找到这个活动'
              message='这个链接不完整。请回到活动页再点一次。'
              actionLabel='返回'
              onAction={() => leavePage(TAB_ROUTES.events)}
            />
          ) : (
            <RosterView eventId={id} />
          )
        }
      </SessionGate>
    </PageFrame>
  );
}
