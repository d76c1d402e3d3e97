// 听书 until the audiobook library lands: what is coming and what to do meanwhile.
import { StateView } from '../../../components/state-view';

export function AudiobooksComingSoon() {
  return (
    <StateView
      kind='empty'
      title='有声书屋正在准备'
      message='过些日子，您就能在这里收听党史和理论学习的有声书，下次还能接着上次停下的地方听。书架和海报上的二维码现在还扫不了，想借书或听书，请先问问您的支部书记。'
    />
  );
}
