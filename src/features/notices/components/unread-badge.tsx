// The unread count in words on a high-contrast label; zero says so plainly.
import { View } from '@tarojs/components';
import './unread-badge.scss';

export function UnreadBadge({ count }: { count: number }) {
  if (count <= 0) return <View className='unread-badge unread-badge--none'>没有未读</View>;
  return <View className='unread-badge'>{count > 99 ? '99 条以上未读' : `${count} 条未读`}</View>;
}
