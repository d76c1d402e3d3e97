// Where in the chapter: a bar with a large thumb to drag (or tap), elapsed and total time in words beside it.
// Dragging only previews; the jump happens when the finger lifts, so a shaky hand does not stutter the sound.
import { useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { CommonEvent, ITouchEvent } from '@tarojs/components';
import { spokenDuration } from '../../../../entities/time/durations';
import './progress-slider.scss';

interface ProgressSliderProps {
  position: number;
  duration: number;
  onSeek: (seconds: number) => void;
}

/** Taro types View touch handlers loosely; the event does carry touches on both platforms. */
const touchX = (e: CommonEvent): number | undefined => (e as unknown as ITouchEvent).touches?.[0]?.clientX;

const TRACK_ID = 'player-progress-track';
const KEY_STEP = 15;

function sliderAttrs(position: number, duration: number, onKey: (delta: number) => void): object {
  if (process.env.TARO_ENV !== 'h5') return {};
  return {
    role: 'slider',
    tabIndex: 0,
    'data-tappable': 'true',
    'aria-label': '播放进度',
    'aria-valuemin': 0,
    'aria-valuemax': Math.round(duration),
    'aria-valuenow': Math.round(position),
    'aria-valuetext': `已播放${spokenDuration(position)}，共${spokenDuration(duration)}`,
    onKeyDown: (e: KeyboardEvent) => {
      const delta = e.key === 'ArrowRight' || e.key === 'ArrowUp' ? KEY_STEP : e.key === 'ArrowLeft' || e.key === 'ArrowDown' ? -KEY_STEP : 0;
      if (delta !== 0) {
        e.preventDefault();
        onKey(delta);
      }
    },
  };
}

export function ProgressSlider({ position, duration, onSeek }: ProgressSliderProps) {
  const [preview, setPreview] = useState<number | null>(null);
  const rect = useRef<{ left: number; width: number } | null>(null);
  const shown = preview ?? position;
  const fraction = duration > 0 ? Math.min(1, Math.max(0, shown / duration)) : 0;

  const at = (clientX: number): number | null => {
    const r = rect.current;
    if (!r || r.width <= 0 || duration <= 0) return null;
    return Math.min(1, Math.max(0, (clientX - r.left) / r.width)) * duration;
  };

  const onStart = (e: CommonEvent) => {
    const x = touchX(e);
    Taro.createSelectorQuery()
      .select(`#${TRACK_ID}`)
      .boundingClientRect((r) => {
        const box = Array.isArray(r) ? r[0] : r;
        if (!box) return;
        rect.current = { left: box.left, width: box.width };
        if (x !== undefined) setPreview(at(x));
      })
      .exec();
  };
  const onMove = (e: CommonEvent) => {
    const x = touchX(e);
    if (x !== undefined) setPreview(at(x));
  };
  const onEnd = () => {
    if (preview !== null) onSeek(preview);
    setPreview(null);
  };

  return (
    <View className='progress-slider'>
      <View
        className='progress-slider__hit'
        onTouchStart={onStart}
        onTouchMove={onMove}
        onTouchEnd={onEnd}
        onTouchCancel={() => setPreview(null)}
        {...sliderAttrs(position, duration, (delta) => onSeek(position + delta))}
      >
        <View id={TRACK_ID} className='progress-slider__track'>
          <View className='progress-slider__fill' style={{ width: `${fraction * 100}%` }} />
          <View className='progress-slider__thumb' style={{ left: `${fraction * 100}%` }} />
        </View>
      </View>
      <View className='progress-slider__times'>
        <View>已播放 {spokenDuration(shown)}</View>
        <View>共 {spokenDuration(duration)}</View>
      </View>
    </View>
  );
}
