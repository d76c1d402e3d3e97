// A transfer sent and not yet accepted, said on the person page (and to the member on 我的): where to and since
// when; 撤回转接 for whoever may, asked once. The sentences of sending and of 撤回 are said here, brought into view,
// and 撤回's stays after the card goes.
import { useState } from 'react';
import { View } from '@tarojs/components';
import type { PersonDetail } from '../../../../contracts/org';
import { BigButton } from '../../../components/big-button';
import { Card } from '../../../components/card';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { Said } from '../../../entities/remote/said-line';
import { useAction, type Said as Sentence } from '../../../entities/remote/use-action';
import { withdrawTransfer } from '../api/withdraw-transfer';
import { confirmWithdrawWords, pendingTransferWords } from '../roster-words';
import './org.scss';

export function PendingTransfer({
  person,
  self,
  sent = null,
  onWithdrawn,
}: {
  person: Pick<PersonDetail, 'name' | 'orgUnitName' | 'pendingTransfer'>;
  /** The member looking at her own record. */
  self: boolean;
  /** The sentence the transfer was sent with, said here beside what it started (not at the foot of the page). */
  sent?: Sentence | null;
  onWithdrawn: () => void;
}) {
  const [asking, setAsking] = useState(false);
  const { run, busy, said } = useAction();
  const pending = person.pendingTransfer;
  const withdraw = async () => {
    if (!pending) return;
    setAsking(false);
    await run((requestId) => withdrawTransfer(pending.id, requestId), {
      intent: String(pending.id),
      unexplained: '没有撤回，请再试一次。',
      sentence: (answer) => answer.message,
      then: onWithdrawn,
    });
  };
  if (!pending && !said) return null;
  return (
    <View className='org-pending'>
      {pending ? (
        <Card title={self ? '我的组织关系转接' : '正在转接'}>
          <View className='org-note'>{pendingTransferWords(pending.toOrgUnitName, pending.createdAt, self)}</View>
          <Said said={sent} className='org-result' />
          {pending.withdrawable ? (
            <BigButton onClick={() => setAsking(true)} busy={busy} busyLabel='正在撤回…'>
              撤回转接
            </BigButton>
          ) : null}
        </Card>
      ) : null}
      <Said said={said} className='org-result' failedNote />
      {pending ? (
        <ConfirmDialog
          open={asking}
          title='撤回转接'
          message={confirmWithdrawWords(person.name, pending.toOrgUnitName, person.orgUnitName)}
          confirmLabel='确定撤回'
          onConfirm={() => void withdraw()}
          onCancel={() => setAsking(false)}
        />
      ) : null}
    </View>
  );
}
