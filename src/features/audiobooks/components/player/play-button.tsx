// The biggest thing on the player: 播放 / 暂停 in words, with a picture beside it.
import { Button, View } from '@tarojs/components';
import { a11y } from '../../../../lib/a11y';
import type { PlayerStatus } from '../../player/player-store';
import './play-button.scss';

export function PlayButton({ status, onPress }: { status: PlayerStatus; onPress: () => void }) {
  const playing = status === 'playing' || status === 'buffering';
  const label = playing ? '暂停' : status === 'finished' ? '从头再听' : '播放';
  return (
    <Button className='play-button' onClick={onPress} {...a11y({ role: 'button' })}>
      <View className='play-button__content'>
        <View
          className={
            playing ? 'play-button__icon play-button__icon--pause' : 'play-button__icon play-button__icon--play'
          }
          {...a11y({ hidden: true })}
        />
        <View className='play-button__label'>{label}</View>
      </View>
    </Button>
  );
}
