// 动态打卡码 on the manager's phone: the six digits, big, changing every 30 s (the mini-program shows the digits;
// the H5 build, rotating-code-view.h5.tsx, also draws the QR code). Refreshed while the screen is open.
import { View } from '@tarojs/components';
import type { PostSummary } from '../../../../contracts/volunteer';
import { a11y } from '../../../lib/a11y';
import { useRotatingCode } from './use-rotating-code';
import './volunteer.scss';

export function RotatingCodeView({ post }: { post: PostSummary }) {
  const { code, problem } = useRotatingCode(post.id);
  return (
    <View className='volunteer-stack'>
      <View className='volunteer-note'>
        <View className='volunteer-note__title'>{post.name} 打卡码</View>
        <View>请志愿者用微信扫码；不会扫码的，请他在签到页输入下面的 6 位数字。</View>
      </View>
      <View className='rotating-code' {...a11y({ role: 'status', live: 'polite', label: '当前打卡数字码' })}>
        {code ? code.code.split('').join(' ') : '……'}
      </View>
      {problem ? <View className='volunteer-note volunteer-note--failed'>{problem}</View> : null}
    </View>
  );
}
