// 待接收的转接: members other branches are sending to a branch the caller manages; each accepted after one question.
import { useState } from 'react';
import { View } from '@tarojs/components';
import type { TransferView } from '../../../../contracts/org';
import { BigButton } from '../../../components/big-button';
import { Card } from '../../../components/card';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { StateView } from '../../../components/state-view';
import { Toast } from '../../../components/toast';
import { useToast } from '../../../components/toast/use-toast';
import { RemoteView } from '../../../entities/remote/remote-view';
import { useRemote } from '../../../entities/remote/use-remote';
import { dateWords } from '../../../entities/time/calendar';
import { acceptTransfer } from '../api/accept-transfer';
import { incomingTransfers } from '../api/incoming-transfers';
import { confirmAcceptWords } from '../roster-words';
import { Said } from '../../../entities/remote/said-line';
import { useAction } from '../../../entities/remote/use-action';
import './org.scss';

export function TransfersView() {
  const remote = useRemote(() => incomingTransfers(), []);
  const [asking, setAsking] = useState<TransferView | null>(null);
  const { run, said } = useAction();
  const toast = useToast();
  const accept = async () => {
    if (!asking) return;
    const t = asking;
    setAsking(null);
    // The success is a toast; only a failure stays on the screen.
    await run((requestId) => acceptTransfer(t.id, requestId), {
      intent: String(t.id),
      unexplained: '没有接收上，请再试一次。',
      then: (answer) => {
        toast.show(answer.message);
        remote.update((d) => ({ transfers: d.transfers.filter((x) => x.id !== t.id) }));
      },
    });
  };
  return (
    <View className='org-screen'>
      <Toast message={toast.message} onClose={toast.close} />
      <Said said={said} failedNote />
      <RemoteView remote={remote} loading='正在读取转接，请稍等。' failed='没能读取转接'>
        {({ transfers }) =>
          transfers.length === 0 ? (
            <StateView
              kind='empty'
              title='没有要接收的转接'
              message='别的支部把党员转给您时，会在这里出现，也会发消息告诉您。'
            />
          ) : (
            <>
              {transfers.map((t) => (
                <Card key={t.id} title={`${t.personName}同志`}>
                  <View className='org-note'>
                    从“{t.fromOrgUnitName}”转入“{t.toOrgUnitName}”，{dateWords(t.createdAt)}发出。
                  </View>
                  <BigButton variant='primary' onClick={() => setAsking(t)}>
                    {`接收${t.personName}同志`}
                  </BigButton>
                </Card>
              ))}
            </>
          )
        }
      </RemoteView>
      <ConfirmDialog
        open={asking !== null}
        title='接收转入的党员'
        message={asking ? confirmAcceptWords(asking.personName, asking.fromOrgUnitName, asking.toOrgUnitName) : ''}
        confirmLabel='确定接收'
        onConfirm={() => void accept()}
        onCancel={() => setAsking(null)}
      />
    </View>
  );
}
