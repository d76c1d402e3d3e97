// 附近驿站: every post, and nearest first once the person taps to let the phone say where it is (asked with why).
import { useState } from 'react';
import { View } from '@tarojs/components';
import { BigButton } from '../../../components/big-button';
import { Card } from '../../../components/card';
import { ListRow } from '../../../components/list-row';
import { useRemote } from '../../../entities/remote/use-remote';
import { RemoteView } from '../../../entities/remote/remote-view';
import { getPosts } from '../api/get-posts';
import { currentFix } from '../../../entities/location/location';
import { openPost } from '../routes';
import { distanceText } from '../volunteer-words';

export function NearbyPosts() {
  const [near, setNear] = useState<{ lat: number; lng: number } | null>(null);
  const [asking, setAsking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const posts = useRemote(() => getPosts(near ?? undefined), [near?.lat, near?.lng]);
  const sortByDistance = async () => {
    setAsking(true);
    setProblem(null);
    const outcome = await currentFix();
    setAsking(false);
    if (outcome.ok) setNear({ lat: outcome.fix.lat, lng: outcome.fix.lng });
    else setProblem('没有拿到手机的位置，驿站按原来的顺序排列。');
  };
  return (
    <Card title='附近驿站'>
      <RemoteView remote={posts} loading='正在读取驿站，请稍等。' failed='没能读取驿站'>
        {({ posts: list }) => (
          <View>
            {list.map((p) => (
              <ListRow
                key={p.id}
                title={p.name}
                description={`${p.kind}，${p.address}。${p.openHours}`}
                status={p.distance !== undefined ? `约 ${distanceText(p.distance)}` : undefined}
                onClick={() => openPost(p.id)}
              />
            ))}
          </View>
        )}
      </RemoteView>
      {near ? null : (
        <>
          <View>想知道哪个驿站离您最近，可以让手机说一下您在哪里。位置只用来排顺序，不会保存。</View>
          <BigButton onClick={() => void sortByDistance()} busy={asking} busyLabel='正在确认位置…'>
            按离我远近排列
          </BigButton>
        </>
      )}
      {problem ? <View>{problem}</View> : null}
    </Card>
  );
}
