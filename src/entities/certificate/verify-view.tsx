// 核验证明 (public, from a certificate's QR code or its typed number and code), for every kind: the verdict in one
// big sentence — valid (green, ✓ 这张证书是真的), revoked, or changed since — with what the paper should say: its
// kind, the name with its middle masked (夏*华), the period and the hours (and for a 志愿服务证明 the last 4 characters
// of the volunteer number), so the reader can check the paper names this person. A forged or altered code is a clear
// red 查不到这张证书, with no 再试一次: trying again cannot make it real.
import { View } from '@tarojs/components';
import { CERTIFICATE_KIND_FACTS } from '../../../contracts/certificate-scene';
import { minutesWords } from '../../../contracts/time-words';
import { a11y } from '../../lib/a11y';
import { useRemote } from '../remote/use-remote';
import { RemoteView } from '../remote/remote-view';
import { plainDateWords } from '../time/calendar';
import { verifyCertificate } from './api/verify-certificate';
import './certificate.scss';

const VERDICT_TITLES = {
  valid: '✓ 这张证书是真的',
  revoked: '这张证书已经作废',
  changed: '记录已更正，这张证书已过时',
} as const;
/** The answers that mean the paper's code names no certificate we issued. */
const NOT_OURS = new Set(['QR_INVALID', 'NOT_FOUND', 'VALIDATION']);

const hoursWords = (hours: number) => minutesWords(Math.round(hours * 60));

export function VerifyView({ number, sig }: { number: string; sig: string }) {
  const remote = useRemote(() => verifyCertificate(number, sig), [number, sig]);
  const { state } = remote;
  if (state.status === 'error' && state.code !== null && NOT_OURS.has(state.code))
    return (
      <View className='certificate-stack'>
        <View className='certificate-note certificate-note--failed' {...a11y({ role: 'alert' })}>
          <View className='certificate-note__title' {...a11y({ role: 'heading', level: 2 })}>
            查不到这张证书
          </View>
          <View>{state.message}</View>
          <View>请不要相信这张纸上的内容，可以打电话问证书上写的出具单位。</View>
        </View>
      </View>
    );
  return (
    <RemoteView remote={remote} loading='正在核验证明，请稍等。' failed='没能核验这份证明'>
      {(v) => {
        const kind = CERTIFICATE_KIND_FACTS[v.kind];
        return (
          <View className='certificate-stack'>
            <View
              className={`certificate-note ${v.status === 'valid' ? 'certificate-note--done' : 'certificate-note--failed'}`}
              {...a11y({ role: 'status' })}
            >
              <View className='certificate-note__title' {...a11y({ role: 'heading', level: 2 })}>
                {VERDICT_TITLES[v.status]}
              </View>
              <View>{v.message}</View>
            </View>
            <View className='certificate-note'>
              <View>证明种类：{kind.title}</View>
              <View>证明编号：{v.number}</View>
              <View>
                {kind.holder}：{v.name}
              </View>
              {v.volunteerNumberTail ? <View>志愿者编号末四位：{v.volunteerNumberTail}</View> : null}
              <View>
                {v.volunteerNumberTail
                  ? '请核对证明上的姓名和志愿者编号与这里一致。'
                  : '请核对证明上的姓名和编号与这里一致。'}
              </View>
              <View>
                服务期间：{v.from ? plainDateWords(v.from) : ''} 至 {v.to ? plainDateWords(v.to) : ''}
              </View>
              <View>证明上的时长：{hoursWords(v.hours ?? 0)}</View>
              {v.hoursNow !== undefined ? <View>现在记录上的时长：{hoursWords(v.hoursNow)}</View> : null}
              <View>出具单位：{v.issuer}</View>
              <View>出具日期：{v.issuedOn ? plainDateWords(v.issuedOn) : ''}</View>
            </View>
          </View>
        );
      }}
    </RemoteView>
  );
}
