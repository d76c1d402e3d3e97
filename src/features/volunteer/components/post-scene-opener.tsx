// A service post's printed code, scanned: the post's name and address, and the way to its page.
import { View } from '@tarojs/components';
import type { PostScene } from '../../../../contracts/qrcode';
import { BigButton } from '../../../components/big-button';
import { openPost } from '../routes';
import './volunteer.scss';

export function PostSceneOpener({ post }: { post: PostScene }) {
  return (
    <View className='volunteer-stack'>
      <View className='volunteer-note'>
        <View className='volunteer-note__title'>{post.name}</View>
        <View>{post.address}</View>
        <View>这是志愿服务驿站的二维码。打开驿站页面，可以看到开放时间、本周的服务和可以报名的班次。</View>
      </View>
      <BigButton variant='primary' onClick={() => openPost(post.id)}>
        打开驿站页面
      </BigButton>
    </View>
  );
}
