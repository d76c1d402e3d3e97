// H5: the live camera picture, read a few times a second until a code is found. Stops the camera when it leaves.
import { useEffect, useRef } from 'react';
import { View } from '@tarojs/components';
import { openBackCamera, stopCamera, cameraProblemOf, type CameraProblem } from '../camera';
import { decodeImageData } from '../decode-qr';

/** Frames read per second: enough to feel instant, light enough for a cheap phone. */
const READS_PER_SECOND = 4;

interface CameraViewfinderProps {
  onText: (text: string) => void;
  onProblem: (problem: CameraProblem) => void;
  onStarted: () => void;
}

export function CameraViewfinder({ onText, onProblem, onStarted }: CameraViewfinderProps) {
  const videoRef = useRef<HTMLVideoElement>(null);
  // Latest callbacks without restarting the camera when the parent re-renders.
  const handlers = useRef({ onText, onProblem, onStarted });
  handlers.current = { onText, onProblem, onStarted };

  useEffect(() => {
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setInterval> | null = null;
    let stopped = false;
    const canvas = document.createElement('canvas');

    const readFrame = async () => {
      const video = videoRef.current;
      if (!video || video.readyState < 2 || video.videoWidth === 0) return;
      const scale = Math.min(1, 800 / Math.max(video.videoWidth, video.videoHeight));
      canvas.width = Math.round(video.videoWidth * scale);
      canvas.height = Math.round(video.videoHeight * scale);
      const ctx = canvas.getContext('2d', { willReadFrequently: true });
      if (!ctx) return;
      ctx.drawImage(video, 0, 0, canvas.width, canvas.height);
      const text = await decodeImageData(ctx.getImageData(0, 0, canvas.width, canvas.height));
      if (text && !stopped) {
        stopped = true;
        handlers.current.onText(text);
      }
    };

    openBackCamera()
      .then(async (s) => {
        if (stopped) return stopCamera(s);
        stream = s;
        const video = videoRef.current;
        if (!video) return;
        video.srcObject = s;
        await video.play();
        handlers.current.onStarted();
        timer = setInterval(() => void readFrame(), 1000 / READS_PER_SECOND);
      })
      .catch((error: unknown) => {
        if (!stopped) handlers.current.onProblem(cameraProblemOf(error));
      });

    return () => {
      stopped = true;
      if (timer) clearInterval(timer);
      stopCamera(stream);
    };
  }, []);

  return (
    <View className='camera-viewfinder'>
      <video ref={videoRef} className='camera-viewfinder__video' muted playsInline aria-label='相机画面' />
      <View className='camera-viewfinder__frame' aria-hidden='true' />
    </View>
  );
}
