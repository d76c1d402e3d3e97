// 动态打卡码 on the manager's phone in the mini-program: the QR code of the short-lived check-in scene, drawn on a
// canvas (the qrcode package's renderers need the DOM), and the six digits, big; both change every 30 s. The H5
// build takes rotating-code-view.h5.tsx.
import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Canvas, View } from '@tarojs/components';
import type { PostSummary } from '../../../../contracts/volunteer';
import { a11y } from '../../../lib/a11y';
import { paintQr, qrMatrix } from '../../../lib/qr-matrix';
import { ROTATING_CODE_SENTENCE } from '../volunteer-words';
import { useRotatingCode } from './use-rotating-code';
import './volunteer.scss';

const CANVAS_ID = 'rotating-code-qr';
/** CSS pixels; the canvas is painted at the screen's pixel ratio so the modules stay sharp for a camera. */
const QR_SIDE = 280;

interface CanvasNode {
  width: number;
  height: number;
  getContext(kind: '2d'): CanvasRenderingContext2D;
}

function drawOnCanvas(text: string): Promise<boolean> {
  return new Promise((resolve) => {
    Taro.createSelectorQuery()
      .select(`#${CANVAS_ID}`)
      .fields({ node: true, size: true })
      .exec((res: { node?: CanvasNode }[] | null) => {
        const canvas = res?.[0]?.node;
        if (!canvas) return resolve(false);
        const ratio = Math.min(3, Taro.getSystemInfoSync().pixelRatio || 2);
        const side = Math.round(QR_SIDE * ratio);
        canvas.width = side;
        canvas.height = side;
        paintQr(canvas.getContext('2d'), qrMatrix(text), side);
        resolve(true);
      });
  });
}

export function RotatingCodeView({ post }: { post: PostSummary }) {
  const { code, problem } = useRotatingCode(post.id);
  const [drawn, setDrawn] = useState(true);
  useEffect(() => {
    if (!code) return;
    // After this render has reached the page, so the canvas node exists.
    Taro.nextTick(() => void drawOnCanvas(code.url).then(setDrawn));
  }, [code]);
  return (
    <View className='volunteer-stack'>
      <View className='volunteer-note'>
        <View className='volunteer-note__title'>{post.name} 打卡码</View>
        <View>{ROTATING_CODE_SENTENCE}</View>
      </View>
      <View className='rotating-code__frame' {...a11y({ label: '签到二维码' })}>
        <Canvas
          type='2d'
          id={CANVAS_ID}
          className='rotating-code__canvas'
          style={{ width: `${QR_SIDE}px`, height: `${QR_SIDE}px` }}
        />
      </View>
      {drawn ? null : (
        <View className='volunteer-note volunteer-note--failed'>
          二维码没有画出来，请志愿者在签到页输入下面的 6 位数字。
        </View>
      )}
      <View className='rotating-code' {...a11y({ role: 'status', live: 'polite', label: '当前打卡数字码' })}>
        {code ? code.code.split('').join(' ') : '……'}
      </View>
      {problem ? <View className='volunteer-note volunteer-note--failed'>{problem}</View> : null}
    </View>
  );
}
