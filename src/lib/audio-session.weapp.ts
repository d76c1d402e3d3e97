// How the mini-program's sound behaves, set once at app start. On an iPhone WeChat keeps inner audio (朗读, and
// any InnerAudioContext) silent while the mute switch is on unless told otherwise; an elder who flipped it by
// accident would hear nothing and not know why, so the app plays through it.
import Taro from '@tarojs/taro';

export function prepareAudioSession(): void {
  // A base library too old for the option has no mute-switch setting either: nothing to do then.
  Taro.setInnerAudioOption({ obeyMuteSwitch: false }).catch(() => undefined);
}
