// 扫一扫 on H5 (the default): the live camera first; if it is refused or missing, say so and offer a photo instead.
// The mini-program takes scanner-view.weapp.tsx (WeChat's own scanner) in place of this file.
import { useEffect, useState } from 'react';
import { View } from '@tarojs/components';
import { a11y } from '../../../lib/a11y';
import { CAMERA_MESSAGES, type CameraProblem } from '../camera';
import { preloadDecoder } from '../decode-qr';
import { openScene } from '../routes';
import { NOT_OURS_MESSAGES, type ScanPurpose } from '../scan-purpose';
import { sceneFromScan } from '../scene-from-scan';
import { CameraViewfinder } from './camera-viewfinder';
import { PhotoFallback } from './photo-fallback';
import './scanner.scss';

type Camera = { kind: 'starting' } | { kind: 'on' } | { kind: 'off'; problem: CameraProblem };

export function ScannerView({ purpose = 'home' }: { purpose?: ScanPurpose }) {
  const [camera, setCamera] = useState<Camera>({ kind: 'starting' });
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(preloadDecoder, []);

  const handleText = (text: string) => {
    const scene = sceneFromScan(text);
    if (scene) openScene(scene, true);
    else setProblem(NOT_OURS_MESSAGES[purpose]);
  };

  return (
    <>
      {camera.kind === 'off' ? (
        <View className='scanner__notice' {...a11y({ role: 'status', live: 'polite' })}>
          {CAMERA_MESSAGES[camera.problem]}
        </View>
      ) : (
        <>
          <View className='scanner__hint'>
            {camera.kind === 'on'
              ? '请把二维码放在方框里，对准后会自动打开。'
              : '正在打开相机，请稍等。如果手机问要不要允许使用相机，请点“允许”。'}
          </View>
          <CameraViewfinder
            onStarted={() => setCamera({ kind: 'on' })}
            onProblem={(p) => setCamera({ kind: 'off', problem: p })}
            onText={handleText}
          />
        </>
      )}
      {problem ? (
        <View className='scanner__problem' {...a11y({ role: 'alert' })}>
          {problem}
        </View>
      ) : null}
      <View className='scanner__or'>
        {camera.kind === 'off' ? '拍一张二维码的照片，也能打开：' : '相机扫不出来时，也可以拍照：'}
      </View>
      <PhotoFallback primary={camera.kind === 'off'} onText={handleText} onProblem={setProblem} />
    </>
  );
}
