// On 我的: 时间银行 with her hours said in a sentence ("您存了12小时，可以随时用。"), the way to 我的时间银行.
import { ListRow } from '../../../components/list-row';
import { useRemote } from '../../../entities/remote/use-remote';
import { getBalance } from '../api/get-balance';
import { openTimebankPage } from '../routes';

export function TimebankMineEntry() {
  const remote = useRemote(() => getBalance(), []);
  const sentence =
    remote.state.status === 'ready' ? remote.state.data.sentence : '互相帮忙，帮别人的时间存起来，自己要用时再用。';
  return <ListRow title='时间银行' description={sentence} onClick={() => openTimebankPage('mine')} />;
}
