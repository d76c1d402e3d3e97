// 语速 and 定时停止: two choice lists; the sleep timer says in a sentence when it will stop.
import { useEffect, useState } from 'react';
import { View } from '@tarojs/components';
import { BigButton } from '../../../../components/big-button';
import { Card } from '../../../../components/card';
import { ChoiceList } from '../../../../components/choice-list';
import { RATES, rateLabel, type Rate } from '../../player/playback-rates';
import { minutesLeft, SLEEP_CHOICES, sleepLabel, type SleepChoice } from '../../player/sleep-timer';

interface PlaybackSettingsProps {
  rate: Rate;
  sleep: SleepChoice | null;
  sleepEndsAt: number | null;
  onRate: (rate: Rate) => void;
  onSleep: (choice: SleepChoice | null) => void;
}

/** The time now, refreshed every 20 s while a timer runs (and at once when a new one is set). */
function useMinuteClock(endsAt: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    if (endsAt === null) return undefined;
    const timer = setInterval(() => setNow(Date.now()), 20_000);
    return () => clearInterval(timer);
  }, [endsAt]);
  return now;
}

export function PlaybackSettings({ rate, sleep, sleepEndsAt, onRate, onSleep }: PlaybackSettingsProps) {
  const now = useMinuteClock(sleepEndsAt);
  const sleepSentence =
    sleep === 'chapter'
      ? '这一章听完后停止播放。'
      : sleepEndsAt !== null
        ? `大约 ${minutesLeft(sleepEndsAt, now)} 分钟后停止播放。`
        : '不定时，会一直播放下去。';
  return (
    <Card>
      <ChoiceList
        id='player-rate'
        label='语速'
        layout='grid'
        choices={RATES.map((r) => ({ value: r, label: rateLabel(r) }))}
        selected={rate}
        onSelect={onRate}
      />
      <ChoiceList<SleepChoice>
        id='player-sleep'
        label='定时停止'
        layout='grid'
        choices={SLEEP_CHOICES.map((c) => ({ value: c, label: sleepLabel(c) }))}
        selected={sleep}
        onSelect={onSleep}
      />
      <View>{sleepSentence}</View>
      {sleep !== null ? <BigButton onClick={() => onSleep(null)}>取消定时</BigButton> : null}
    </Card>
  );
}
