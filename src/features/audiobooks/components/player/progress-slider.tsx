// Where in the chapter: a bar with a large thumb to drag (or tap), elapsed and total time in words beside it.
// Dragging only previews; the jump happens when the finger lifts, so a shaky hand does not stutter the sound.
// A quick tap and a slow press both jump: the bar's place on screen is measured when the finger lands, and a
// finger that lifts before that answer comes (WeChat answers a moment later) jumps as soon as it does.
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

interface Box {
  left: number;
  width: number;
}

/** One finger on the bar: where it is now, whether it has lifted, and the bar's box once measured. */
interface Press {
  x: number;
  lifted: boolean;
  box: Box | null;
}

/** Taro types View touch handlers loosely; the event does carry touches on both platforms. */
const touchX = (e: CommonEvent): number | undefined => {
  const t = e as unknown as ITouchEvent;
  return (t.touches?.[0] ?? t.changedTouches?.[0])?.clientX;
};

/** A mouse click (H5 on a computer): the pointer's x, from the DOM event or WeChat's tap detail. */
const clickX = (e: CommonEvent): number | undefined => {
  const x = (e as unknown as { clientX?: number }).clientX ?? (e.detail as { x?: number } | undefined)?.x;
  return typeof x === 'number' ? x : undefined;
};

const TRACK_ID = 'player-progress-track';
const KEY_STEP = 15;
/** A touch is followed by a click the browser makes up from it; that click is the same tap, not a second one. */
const CLICK_AFTER_TOUCH_MS = 800;

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
      const delta =
        e.key === 'ArrowRight' || e.key === 'ArrowUp'
          ? KEY_STEP
          : e.key === 'ArrowLeft' || e.key === 'ArrowDown'
            ? -KEY_STEP
            : 0;
      if (delta !== 0) {
        e.preventDefault();
        onKey(delta);
      }
    },
  };
}

export function ProgressSlider({ position, duration, onSeek }: ProgressSliderProps) {
  const [preview, setPreview] = useState<number | null>(null);
  const press = useRef<Press | null>(null);
  const lastTouchAt = useRef(0);
  const shown = preview ?? position;
  const fraction = duration > 0 ? Math.min(1, Math.max(0, shown / duration)) : 0;

  const at = (x: number, box: Box): number | null => {
    if (box.width <= 0 || duration <= 0) return null;
    return Math.min(1, Math.max(0, (x - box.left) / box.width)) * duration;
  };

  /** The finger has lifted and the bar is measured: jump there. */
  const finish = (p: Press) => {
    if (press.current !== p || !p.lifted || !p.box) return;
    press.current = null;
    setPreview(null);
    const target = at(p.x, p.box);
    if (target !== null) onSeek(target);
  };

  const begin = (x: number, lifted: boolean) => {
    const p: Press = { x, lifted, box: null };
    press.current = p;
    Taro.createSelectorQuery()
      .select(`#${TRACK_ID}`)
      .boundingClientRect((r) => {
        const found = Array.isArray(r) ? r[0] : r;
        if (press.current !== p) return; // a newer press took over
        if (!found) {
          press.current = null;
          return;
        }
        p.box = { left: found.left, width: found.width };
        if (p.lifted) finish(p);
        else setPreview(at(p.x, p.box));
      })
      .exec();
  };

  const onStart = (e: CommonEvent) => {
    const x = touchX(e);
    if (x === undefined) return;
    lastTouchAt.current = Date.now();
    begin(x, false);
  };
  const onMove = (e: CommonEvent) => {
    const p = press.current;
    const x = touchX(e);
    if (!p || x === undefined) return;
    p.x = x;
    if (p.box) setPreview(at(x, p.box));
  };
  const onEnd = (e: CommonEvent) => {
    const p = press.current;
    if (!p) return;
    const x = touchX(e);
    if (x !== undefined) p.x = x;
    p.lifted = true;
    lastTouchAt.current = Date.now();
    finish(p);
  };
  const onCancel = () => {
    press.current = null;
    setPreview(null);
  };
  const onClick = (e: CommonEvent) => {
    if (Date.now() - lastTouchAt.current < CLICK_AFTER_TOUCH_MS) return;
    const x = clickX(e);
    if (x !== undefined) begin(x, true);
  };

  return (
    <View className='progress-slider'>
      <View
        className='progress-slider__hit'
        onTouchStart={onStart}
        onTouchMove={onMove}
        onTouchEnd={onEnd}
        onTouchCancel={onCancel}
        onClick={onClick}
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
