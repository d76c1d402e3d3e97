// 邀请卡: the 8-character code in large type and the signed QR that opens 加入支部 ready to redeem, for a member on
// the roster. Someone who already signs in gets a new one only when their phone was lost (old sign-ins then end).
import { useState } from 'react';
import { Image, View } from '@tarojs/components';
import type { Invite } from '../../../../contracts/account';
import type { PersonDetail } from '../../../../contracts/org';
import { BigButton } from '../../../components/big-button';
import { Card } from '../../../components/card';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { Said } from '../../../entities/remote/said-line';
import { useAction } from '../../../entities/remote/use-action';
import { dateWords } from '../../../entities/time/calendar';
import { createInvite } from '../api/create-invite';
import { inviteQr } from '../api/invite-qr';
import { revokeInvite } from '../api/revoke-invite';
import { confirmRevokeWords, spacedCode } from '../roster-words';

export function InviteCard({ person, onClose }: { person: PersonDetail; onClose: () => void }) {
  const [invite, setInvite] = useState<Invite | null>(null);
  const [qr, setQr] = useState<string | null>(null);
  const { run, busy, said, say } = useAction();
  const [asking, setAsking] = useState(false);
  // The server refuses a new code for someone who already signs in, and names the lost-phone way in its sentence.
  const lostPhoneOffered = said !== null && !said.ok && said.code === 'CONFLICT' && said.text.includes('手机丢了');
  const make = async (lostPhone: boolean) => {
    say(null);
    await run(
      async (requestId) => {
        const made = await createInvite(person.id, lostPhone, requestId);
        setInvite(made.invite);
        setQr((await inviteQr(made.invite.invitationId).catch(() => null))?.image ?? null);
      },
      { intent: lostPhone ? 'lost-phone' : 'make', unexplained: '没有生成邀请码，请再试一次。' },
    );
  };
  const revoke = async () => {
    if (!invite) return;
    setAsking(false);
    const { invitationId } = invite;
    await run((requestId) => revokeInvite(invitationId, requestId), {
      intent: `revoke:${invitationId}`,
      unexplained: '没有作废，请再试一次。',
      sentence: () => `给${person.name}同志的邀请码已经作废。`,
      then: () => {
        setInvite(null);
        setQr(null);
      },
    });
  };
  return (
    <Card title={`给${person.name}同志的邀请`}>
      <View className='org-form'>
        {invite ? (
          <View className='invite-card'>
            <View className='invite-card__label'>邀请码</View>
            <View className='invite-card__code' aria-label={`邀请码 ${invite.code.split('').join(' ')}`}>
              {spacedCode(invite.code)}
            </View>
            {qr ? (
              <Image
                className='invite-card__qr'
                src={qr}
                mode='aspectFit'
                nativeProps={{ alt: `${person.name}同志的邀请二维码，用微信扫一扫就能加入支部` }}
              />
            ) : null}
            <View className='org-note'>
              请{person.name}同志用微信扫这个二维码，或者在“我的 → 登录”页的“第一次使用：填写邀请码”里填上面的 8
              位邀请码。{dateWords(invite.expiresAt)}以前有效，只能用一次。
            </View>
            <BigButton onClick={() => setAsking(true)}>作废这个邀请码</BigButton>
          </View>
        ) : (
          <BigButton variant='primary' onClick={() => void make(false)} busy={busy} busyLabel='正在生成…'>
            生成邀请码
          </BigButton>
        )}
        <Said said={said} className='org-note' failedNote />
        {lostPhoneOffered ? <BigButton onClick={() => void make(true)}>手机丢了或换了，重新发邀请码</BigButton> : null}
        <BigButton onClick={onClose}>收起</BigButton>
      </View>
      <ConfirmDialog
        open={asking}
        title='作废邀请码'
        message={confirmRevokeWords(person.name)}
        confirmLabel='确定作废'
        onConfirm={() => void revoke()}
        onCancel={() => setAsking(false)}
      />
    </Card>
  );
}
