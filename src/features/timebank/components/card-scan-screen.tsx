// The helper has scanned an elder's card (the scan page hands it here): the state first, then one big button —
// 到了，开始服务 on arrival, 帮完了，结束服务 when a visit is running — and the server's sentence with the time and
// the minutes. The phone's location is sent as a hint when the phone gives one; without it the scan still counts
// (the secretary sees the visit marked). Wrong card, lost card, no request with this elder: the server's sentence.
import { useState } from 'react';
import { View } from '@tarojs/components';
import { BigButton } from '../../../components/big-button';
import { currentFix } from '../../../entities/location/location';
import { RemoteView } from '../../../entities/remote/remote-view';
import { Said } from '../../../entities/remote/said-line';
import { useAction } from '../../../entities/remote/use-action';
import { useRemote } from '../../../entities/remote/use-remote';
import { a11y } from '../../../lib/a11y';
import { getRequests } from '../api/get-requests';
import { scanCard } from '../api/scan-card';
import { openTimebankPage } from '../routes';
import './timebank.scss';

export function CardScanScreen({ scene, userId }: { scene: string; userId: number }) {
  const remote = useRemote(() => getRequests({ mine: true }), []);
  return (
    <RemoteView remote={remote} loading='正在读取您接的请求，请稍等。' failed='没能读取您接的请求'>
      {({ requests }) => {
        const running = requests.find((r) => r.status === 'visiting' && r.helper?.id === userId) ?? null;
        const coming = requests.find((r) => r.status === 'matched' && r.helper?.id === userId) ?? null;
        return (
          <ScanBody scene={scene} running={running ? running.elder.name : null} next={coming?.elder.name ?? null} />
        );
      }}
    </RemoteView>
  );
}

function ScanBody({ scene, running, next }: { scene: string; running: string | null; next: string | null }) {
  const action = useAction();
  const [kind, setKind] = useState<'in' | 'out'>(running ? 'out' : 'in');
  const [done, setDone] = useState<'in' | 'out' | null>(null);
  const [locating, setLocating] = useState(false);

  const scan = async () => {
    action.say(null);
    setLocating(true);
    const outcome = await currentFix();
    setLocating(false);
    const where = outcome.ok ? outcome.fix : {};
    await action.run((requestId) => scanCard(kind, { scene, ...where }, requestId), {
      intent: kind,
      sentence: (answer) => answer.message,
      then: () => {
        setDone(kind);
        setKind(kind === 'in' ? 'out' : 'in');
      },
    });
  };

  return (
    <View className='timebank-stack'>
      <View className='timebank-note' {...a11y({ role: 'status' })}>
        {running
          ? `您正在帮${running}。帮完了，请按下面的按钮结束服务。`
          : next
            ? `这是老人的服务卡。您接了${next}的请求，到了请按下面的按钮开始服务。`
            : '这是老人的服务卡。到了老人家里，请按下面的按钮开始服务。'}
      </View>
      {action.said ? (
        <View className={`timebank-note ${action.said.ok ? 'timebank-note--done' : 'timebank-note--failed'}`}>
          <View className='timebank-note__title' {...a11y({ role: 'heading', level: 2 })}>
            {action.said.ok ? (done === 'out' ? '✓ 服务结束' : '✓ 开始服务') : '没有扫成功'}
          </View>
          <Said said={action.said} />
        </View>
      ) : null}
      <View className='timebank-confirm'>
        {done === 'out' ? (
          <BigButton variant='primary' onClick={() => openTimebankPage('help')}>
            看我接的请求
          </BigButton>
        ) : (
          <BigButton
            variant='primary'
            onClick={() => void scan()}
            busy={locating || action.busy}
            busyLabel={locating ? '正在确认位置…' : '请稍等…'}
          >
            {kind === 'in' ? '到了，开始服务' : '帮完了，结束服务'}
          </BigButton>
        )}
      </View>
    </View>
  );
}
