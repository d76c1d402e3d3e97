// 服务菜单: what the pool of a unit offers, field by field: how many talents, their specialities, and the names and
// communities of those who chose to be listed. Printable on A4 (print-menu.h5.tsx; talent.scss hides the buttons).
import { View } from '@tarojs/components';
import { Card } from '../../../components/card';
import { RemoteView } from '../../../entities/remote/remote-view';
import { useRemote } from '../../../entities/remote/use-remote';
import { getMenu } from '../api/get-menu';
import { PrintMenu } from './print-menu';
import './talent.scss';

export function MenuView({ orgUnitId }: { orgUnitId: number }) {
  const remote = useRemote(() => getMenu(orgUnitId), [orgUnitId]);
  return (
    <RemoteView remote={remote} loading='正在读取服务菜单，请稍等。' failed='没能读取服务菜单'>
      {({ unitName, fields }) => (
        <View className='talent-stack'>
          <View className='talent-heading'>{`${unitName}银发人才库服务菜单`}</View>
          <View className='talent-no-print'>
            <PrintMenu />
          </View>
          {fields.map((f) => (
            <View key={f.field} className='talent-menu-field'>
              <Card title={`${f.field}：${f.count}位`}>
                <View>
                  {f.specialities.length > 0 ? `能提供：${f.specialities.join('、')}` : '这个领域暂时还没有人。'}
                </View>
                {f.people.length > 0 ? (
                  <View>{`愿意列出名字的：${f.people.map((p) => `${p.name}（${p.communityName ?? '本区'}）`).join('、')}`}</View>
                ) : null}
              </Card>
            </View>
          ))}
          <View className='talent-note'>需要哪方面的帮忙，请告诉社区或支部书记，由他们在人才库里邀请。</View>
        </View>
      )}
    </RemoteView>
  );
}
