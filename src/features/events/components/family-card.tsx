// 家人代报名 on 我的活动: the member shows a short family code to a son or daughter, who types it on their own phone;
// from then on the relative may sign the member up and cancel for them (and the member is told who did it). The
// member sees who is linked and may remove one, after a question that names them.
import { useState } from 'react';
import { View } from '@tarojs/components';
import { BigButton } from '../../../components/big-button';
import { Card } from '../../../components/card';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { TextField } from '../../../components/text-field';
import { Said } from '../../../entities/remote/said-line';
import { useAction } from '../../../entities/remote/use-action';
import { useRemote } from '../../../entities/remote/use-remote';
import { dateTimeWords } from '../../../entities/time/calendar';
import { a11y } from '../../../lib/a11y';
import { getMyFamily } from '../../../entities/family/api/get-my-family';
import { makeFamilyCode } from '../../../entities/family/api/make-family-code';
import { redeemFamilyCode } from '../../../entities/family/api/redeem-family-code';
import { removeRelative } from '../../../entities/family/api/remove-relative';
import { removeRelativeLabel, removeRelativeQuestion } from '../../../entities/family/family-words';
import './events.scss';

export function FamilyCard() {
  const family = useRemote(() => getMyFamily(), []);
  const [code, setCode] = useState<{ code: string; expiresAt: string } | null>(null);
  const [typed, setTyped] = useState('');
  const { run, pending, said } = useAction();
  // Showing the code is a read: the link buttons stay as they are meanwhile, and only a failure is said.
  const busy = pending !== null && pending !== 'show';
  const [asking, setAsking] = useState<{ id: number; name: string } | null>(null);

  const show = () => run(() => makeFamilyCode(), { intent: 'show', then: setCode });
  const redeem = () =>
    run((requestId) => redeemFamilyCode(typed, requestId), {
      intent: `redeem:${typed}`,
      sentence: (linked) => `已经和${linked.memberName}关联。以后可以在活动页面替${linked.memberName}报名。`,
      then: () => {
        setTyped('');
        family.retry();
      },
    });
  const remove = async () => {
    if (!asking) return;
    const relative = asking;
    setAsking(null);
    await run((requestId) => removeRelative(relative.id, requestId), {
      intent: `remove:${relative.id}`,
      sentence: (a) => a.message,
      then: () => family.retry(),
    });
  };
  const data = family.state.status === 'ready' ? family.state.data : null;
  return (
    <Card title='家人代报名'>
      <View className='events'>
        <View className='events__sentence'>
          子女可以用自己的手机替您报名：点“显示我的家人码”，把码念给子女，请他们在自己手机的“我的活动”里输入。
        </View>
        {code ? (
          <View className='events__state' {...a11y({ role: 'status' })}>
            <View className='events__state-title'>您的家人码：{code.code.split('').join(' ')}</View>
            <View className='events__sentence'>{dateTimeWords(code.expiresAt)}以前有效，只能用一次。</View>
          </View>
        ) : (
          <BigButton onClick={() => void show()}>显示我的家人码</BigButton>
        )}
        <TextField
          id='family-code'
          label='输入家人给您的家人码'
          hint='6 位字母和数字'
          value={typed}
          onChange={setTyped}
          maxLength={12}
        />
        <BigButton busy={busy} onClick={() => void redeem()}>
          关联家人
        </BigButton>
        <Said said={said} className='events__done' />
        {data && data.members.length > 0 ? (
          <View className='events__sentence'>您可以替这些家人报名：{data.members.map((m) => m.name).join('、')}。</View>
        ) : null}
        {data && data.relatives.length > 0 ? (
          <View className='events__sentence'>可以替您报名的家人：{data.relatives.map((m) => m.name).join('、')}。</View>
        ) : null}
        {data?.relatives.map((r) => (
          <BigButton key={r.id} variant='secondary' busy={busy} onClick={() => setAsking(r)}>
            {removeRelativeLabel(r.name)}
          </BigButton>
        ))}
      </View>
      <ConfirmDialog
        open={asking !== null}
        title='取消家人关联'
        message={asking ? removeRelativeQuestion(asking.name) : ''}
        confirmLabel='确定取消关联'
        onConfirm={() => void remove()}
        onCancel={() => setAsking(null)}
      />
    </Card>
  );
}
