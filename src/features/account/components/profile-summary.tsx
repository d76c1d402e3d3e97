// Who you are: name, branch and roles in Chinese.
import { View } from '@tarojs/components';
import type { User } from '../../../../contracts/account';
import { Card } from '../../../components/card';
import { describeRoles } from '../../../entities/session/role-names';
import './profile-summary.scss';

export function ProfileSummary({ user }: { user: User }) {
  return (
    <Card title='我的信息'>
      <View className='profile-summary__row'>
        <View className='profile-summary__label'>姓名：</View>
        <View className='profile-summary__value'>{user.name}</View>
      </View>
      <View className='profile-summary__row'>
        <View className='profile-summary__label'>所在支部：</View>
        <View className='profile-summary__value'>{user.orgUnitName}</View>
      </View>
      <View className='profile-summary__row'>
        <View className='profile-summary__label'>身份：</View>
        <View className='profile-summary__value'>{describeRoles(user.roles)}</View>
      </View>
    </Card>
  );
}
