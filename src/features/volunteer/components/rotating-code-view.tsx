// 动态打卡码 on the manager's phone: the six digits, big, changing every 30 s (the mini-program shows the digits;
// the H5 build, rotating-code-view.h5.tsx, also draws the QR code). Refreshed while the screen is open.
import { useEffect, useState } from 'react';
import { View } from '@tarojs/components';
import type { PostSummary, RotatingCode } from '../../../../contracts/volunteer';
import { a11y } from '../../../lib/a11y';
import { messageOf } from '../../../lib/api-error';
import { getRotatingCode } from '../api/get-rotating-code';
import './volunteer.scss';

const REFRESH_MS = 30_000;

export function useRotatingCode(postId: number): { code: RotatingCode | null; problem: string | null } {
  const [code, setCode] = useState<RotatingCode | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let alive = true;
    const load = () =>
      getRotatingCode(postId).then(
        (c) => alive && (setCode(c), setProblem(null)),
        (e: unknown) => alive && setProblem(messageOf(e)),
      );
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => {
      alive = false;
      clearInterval(timer);
    };
  }, [postId]);
  return { code, problem };
}

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
