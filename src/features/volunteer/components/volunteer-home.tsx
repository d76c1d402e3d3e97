// 志愿 tab: 扫码签到 first, then my hours this month / this year / in total in big type, my next shift, my records and the
// certificate, the manager's way in, and 附近驿站 (nearest first once the person lets the phone say where it is).
// Scans kept while offline are sent as the tab opens, and what became of them is said in a sentence.
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { User } from '../../../../contracts/account';
import { BigButton } from '../../../components/big-button';
import { Card } from '../../../components/card';
import { ListRow } from '../../../components/list-row';
import { useRemote } from '../../../entities/remote/use-remote';
import { RemoteView } from '../../../entities/remote/remote-view';
import { a11y } from '../../../lib/a11y';
import { getManagedPosts } from '../api/get-managed-posts';
import { getMyHours } from '../api/get-my-hours';
import { getMyShifts } from '../api/get-my-shifts';
import { syncOffline } from '../api/sync-offline';
import { sendKept } from '../offline-scans';
import { openPost, openVolunteerPage } from '../routes';
import { hoursParts, SCAN_BUTTON_LABEL, shiftTimeWords } from '../volunteer-words';
import { NearbyPosts } from './nearby-posts';
import './volunteer.scss';

interface VolunteerHomeProps {
  user: User | null;
  /** Opens the camera (the scanner feature, handed in by the page); resolves with a sentence to show, or null. */
  onScan: () => Promise<string | null>;
}

export function VolunteerHome({ user, onScan }: VolunteerHomeProps) {
  const volunteer = user !== null && user.roles.includes('volunteer');
  return (
    <View className='volunteer-stack'>
      {volunteer ? <MyService onScan={onScan} /> : null}
      {user && !volunteer ? (
        <View className='volunteer-note'>
          想参加志愿服务，请联系您所在的志愿服务队，由服务队登记后就能报名驿站的班次。
        </View>
      ) : null}
      {user ? <ManagerEntry /> : null}
      <NearbyPosts />
    </View>
  );
}

function MyService({ onScan }: { onScan: () => Promise<string | null> }) {
  const [sent, setSent] = useState<string | null>(null);
  const [scanProblem, setScanProblem] = useState<string | null>(null);
  const scan = () => {
    setScanProblem(null);
    void onScan().then(setScanProblem);
  };
  const hours = useRemote(async () => {
    // Scans kept offline count first, so the hours below include them.
    const results = await sendKept(syncOffline).catch(() => null);
    if (results && results.length > 0) setSent(results.map((r) => r.message).join(''));
    return getMyHours();
  }, []);
  const shifts = useRemote(getMyShifts, []);
  return (
    <>
      {/* The one thing she comes here for at the post, first on the first screen in every text size. */}
      <BigButton variant='primary' onClick={scan}>
        {SCAN_BUTTON_LABEL}
      </BigButton>
      {scanProblem ? (
        <View className='volunteer-note volunteer-note--failed' {...a11y({ role: 'alert' })}>
          {scanProblem}
        </View>
      ) : null}
      {sent ? (
        <View className='volunteer-note volunteer-note--done' {...a11y({ role: 'status', live: 'polite' })}>
          {sent}
        </View>
      ) : null}
      <RemoteView remote={hours} loading='正在读取服务时长，请稍等。' failed='没能读取服务时长'>
        {(h) => (
          <View className='hours-board' {...a11y({ role: 'group', label: '我的服务时长' })}>
            <HoursCell label='本月' hours={h.month} />
            <HoursCell label='今年' hours={h.year} />
            <HoursCell label='累计' hours={h.total} />
          </View>
        )}
      </RemoteView>
      <RemoteView remote={shifts} loading='正在读取我的班次，请稍等。' failed='没能读取我的班次'>
        {({ occurrences }) => {
          const next = occurrences[0];
          return next ? (
            <ListRow
              title={`下一次服务：${next.postName}`}
              description={`${shiftTimeWords(next)}，${next.service}`}
              onClick={() => openPost(next.postId)}
            />
          ) : (
            <View className='volunteer-note'>您还没有报名以后的班次。在下面的驿站里选一个，就能报名。</View>
          );
        }}
      </RemoteView>
      <ListRow
        title='我的服务记录'
        description='每次签到签退的记录，可以申请更正。'
        onClick={() => openVolunteerPage('records')}
      />
      <ListRow
        title='开具志愿服务证明'
        description='选一段时间，打印带核验二维码的证明。'
        onClick={() => openVolunteerPage('certificate')}
      />
    </>
  );
}

function HoursCell({ label, hours }: { label: string; hours: number }) {
  return (
    <View className='hours-board__cell'>
      <View className='hours-board__label'>{label}</View>
      <View className='hours-board__figure'>
        {hoursParts(hours).map(({ figure, unit }) => (
          <Text key={unit}>
            <Text className='hours-board__number'>{figure}</Text>
            <Text className='hours-board__unit'>{unit}</Text>
          </Text>
        ))}
      </View>
    </View>
  );
}

/** Only for people who manage a post: the queue, the rotating code and the figures. */
function ManagerEntry() {
  const managed = useRemote(getManagedPosts, []);
  if (managed.state.status !== 'ready' || managed.state.data.posts.length === 0) return null;
  const count = managed.state.data.posts.length;
  return (
    <Card title='驿站管理'>
      <ListRow
        title='确认和更正服务记录'
        description={`您负责 ${count} 个驿站：待确认的记录、更正申请、动态签到码和服务统计。`}
        onClick={() => openVolunteerPage('manage')}
      />
    </Card>
  );
}
