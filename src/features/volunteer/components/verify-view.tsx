// 核验志愿服务证明 (public, from the certificate's QR code): the verdict in one big sentence — valid, revoked, or
// changed since — with what the paper should say: the name with its middle masked (夏*华) and the last 4
// characters of the volunteer number, so the reader can check the paper names this person.
import { View } from '@tarojs/components';
import { useRemote } from '../../../entities/remote/use-remote';
import { RemoteView } from '../../../entities/remote/remote-view';
import { a11y } from '../../../lib/a11y';
import { verifyCertificate } from '../api/verify-certificate';
import { hoursText } from '../volunteer-words';
import './volunteer.scss';

const VERDICT_TITLES = { valid: '证明有效', revoked: '证明已作废', changed: '记录已更正，证明已过时' } as const;

export function VerifyView({ number, sig }: { number: string; sig: string }) {
  const remote = useRemote(() => verifyCertificate(number, sig), [number, sig]);
  return (
    <RemoteView remote={remote} loading='正在核验证明，请稍等。' failed='没能核验这份证明'>
      {(v) => (
        <View className='volunteer-stack'>
          <View
            className={`volunteer-note ${v.status === 'valid' ? 'volunteer-note--done' : 'volunteer-note--failed'}`}
            {...a11y({ role: 'status' })}
          >
            <View className='volunteer-note__title'>{VERDICT_TITLES[v.status]}</View>
            <View>{v.message}</View>
          </View>
          <View className='volunteer-note'>
            <View>证明编号：{v.number}</View>
            <View>志愿者：{v.name}</View>
            {v.volunteerNumberTail ? <View>志愿者编号末四位：{v.volunteerNumberTail}</View> : null}
            <View>请核对证明上的姓名和志愿者编号与这里一致。</View>
            <View>
              服务期间：{v.from} 至 {v.to}
            </View>
            <View>证明上的时长：{hoursText(v.hours ?? 0)}</View>
            {v.hoursNow !== undefined ? <View>现在记录上的时长：{hoursText(v.hoursNow)}</View> : null}
            <View>出具单位：{v.issuer}</View>
            <View>出具日期：{v.issuedOn}</View>
          </View>
        </View>
      )}
    </RemoteView>
  );
}
