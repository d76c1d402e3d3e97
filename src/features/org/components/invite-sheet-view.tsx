// 邀请单: one slip per member who does not sign in yet — name, code in large type, QR — with dashed cut lines, to
// print and hand out in person (print-invites: the browser prints; the mini-program opens the QR images to forward).
// Making the sheet issues fresh codes and voids earlier unused ones, so it is made only when asked, and it asks
// first, saying how many codes it voids, when there are any.
import { useState } from 'react';
import { Image, View } from '@tarojs/components';
import type { InviteSlip } from '../../../../contracts/account';
import { BigButton } from '../../../components/big-button';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { RemoteView } from '../../../entities/remote/remote-view';
import { useRemote } from '../../../entities/remote/use-remote';
import { Said } from '../../../entities/remote/said-line';
import { useAction } from '../../../entities/remote/use-action';
import { StateView } from '../../../components/state-view';
import { dateWords } from '../../../entities/time/calendar';
import { inviteSheet } from '../api/invite-sheet';
import { inviteSheetPlan } from '../api/invite-sheet-plan';
import { confirmSheetWords, sheetPlanWords, spacedCode } from '../roster-words';
import { PrintInvites } from './print-invites';
import './org.scss';

export function InviteSheetView({ orgUnitId }: { orgUnitId: number }) {
  const [sheet, setSheet] = useState<{ branchName: string; slips: InviteSlip[]; skipped: number } | null>(null);
  const [asking, setAsking] = useState(false);
  const plan = useRemote(() => inviteSheetPlan(orgUnitId), [orgUnitId]);
  const { run, busy, said, say } = useAction();
  const make = async () => {
    setAsking(false);
    say(null);
    await run(() => inviteSheet(orgUnitId), { unexplained: '没有生成邀请单，请再试一次。', then: setSheet });
  };
  if (!sheet) {
    return (
      <RemoteView remote={plan} loading='正在查看支部的党员，请稍等。' failed='没能查看支部的党员'>
        {({ slips, openCodes, skipped, branchName }) =>
          slips === 0 ? (
            <StateView kind='empty' title='不需要邀请单' message={`“${branchName}”的党员都已经能登录了。`} />
          ) : (
            <View className='org-screen'>
              <View className='org-note'>{sheetPlanWords(slips, openCodes, skipped)}</View>
              <Said said={said} failedNote />
              <BigButton
                variant='primary'
                onClick={() => (openCodes > 0 ? setAsking(true) : void make())}
                busy={busy}
                busyLabel='正在生成…'
              >
                生成邀请单
              </BigButton>
              <ConfirmDialog
                open={asking}
                title='生成邀请单'
                message={confirmSheetWords(openCodes)}
                confirmLabel='确定生成'
                onConfirm={() => void make()}
                onCancel={() => setAsking(false)}
              />
            </View>
          )
        }
      </RemoteView>
    );
  }
  if (sheet.slips.length === 0) {
    return <StateView kind='empty' title='不需要邀请单' message={`“${sheet.branchName}”的党员都已经能登录了。`} />;
  }
  return (
    <View className='org-screen'>
      <View className='org-note no-print'>{`共 ${sheet.slips.length} 张，${dateWords(sheet.slips[0].expiresAt)}以前有效。${sheet.skipped > 0 ? `另有 ${sheet.skipped} 人已经能登录，不需要。` : ''}`}</View>
      <View className='no-print'>
        <PrintInvites slips={sheet.slips} />
      </View>
      <View className='invite-sheet'>
        {sheet.slips.map((s) => (
          <View key={s.personId} className='invite-slip'>
            <View className='invite-slip__text'>
              <View className='invite-slip__name'>{`${s.personName}同志`}</View>
              <View className='invite-slip__words'>{`请用微信扫二维码加入“${sheet.branchName}”，或在“我的 → 登录”页填写邀请码：`}</View>
              <View className='invite-slip__code'>{spacedCode(s.code)}</View>
            </View>
            <Image
              className='invite-slip__qr'
              src={s.image}
              mode='aspectFit'
              nativeProps={{ alt: `${s.personName}同志的邀请二维码` }}
            />
          </View>
        ))}
      </View>
    </View>
  );
}
