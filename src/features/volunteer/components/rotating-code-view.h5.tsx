// H5 动态打卡码: the six digits and the QR code of the short-lived check-in scene, drawn here and redrawn every 30 s.
import { useEffect, useState } from 'react';
import { Image, View } from '@tarojs/components';
import QRCode from 'qrcode';
import type { PostSummary } from '../../../../contracts/volunteer';
import { a11y } from '../../../lib/a11y';
import { useRotatingCode } from './use-rotating-code';
import './volunteer.scss';

export function RotatingCodeView({ post }: { post: PostSummary }) {
  const { code, problem } = useRotatingCode(post.id);
  const [image, setImage] = useState<string | null>(null);
  useEffect(() => {
    if (code) void QRCode.toDataURL(code.url, { margin: 1, width: 480 }).then(setImage);
  }, [code]);
  return (
    <View className='volunteer-stack'>
      <View className='volunteer-note'>
        <View className='volunteer-note__title'>{post.name} 打卡码</View>
        <View>请志愿者扫下面的二维码；不会扫码的，请他输入 6 位数字。每 30 秒换一次。</View>
      </View>
      {image ? (
        <Image className='rotating-code__qr' src={image} mode='aspectFit' {...a11y({ label: '签到二维码' })} />
      ) : null}
      <View className='rotating-code' {...a11y({ role: 'status', live: 'polite', label: '当前打卡数字码' })}>
        {code ? code.code.split('').join(' ') : '……'}
      </View>
      {problem ? <View className='volunteer-note volunteer-note--failed'>{problem}</View> : null}
    </View>
  );
}
