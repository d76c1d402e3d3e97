// The 卷宗 for the 司法所, on one A4 sheet: 受理登记 (parties, type, source, date), the mediation record with who
// was present, the agreement's presence, the 回访记录 and the outcome. Loading it is a view like the case page.
import { View } from '@tarojs/components';
import {
  CASE_SOURCE_NAMES,
  CASE_TYPE_NAMES,
  OUTCOME_NAMES,
  PARTY_ROLE_NAMES,
  REFERRAL_OFFICE_NAMES,
} from '../../../../contracts/casework-names';
import type { CaseDetail } from '../../../../contracts/casework';
import { RemoteView } from '../../../entities/remote/remote-view';
import { useRemote } from '../../../entities/remote/use-remote';
import { dateTimeWords, plainDateWords } from '../../../entities/time/calendar';
import { a11y } from '../../../lib/a11y';
import { getCase } from '../api/get-case';
import { PrintCaseFile } from './print-case-file';
import './casework.scss';

export function CaseFileView({ caseId }: { caseId: number }) {
  const remote = useRemote(() => getCase(caseId), [caseId]);
  return (
    <RemoteView remote={remote} loading='正在准备卷宗，请稍等。' failed='没能打开卷宗'>
      {({ case: c }) => (
        <View className='casework'>
          <PrintCaseFile />
          <CaseFileSheet c={c} />
        </View>
      )}
    </RemoteView>
  );
}

function Row({ label, children }: { label: string; children: string }) {
  return (
    <View className='case-file__row'>
      <View className='case-file__label'>{label}</View>
      <View className='case-file__value'>{children}</View>
    </View>
  );
}

function CaseFileSheet({ c }: { c: CaseDetail }) {
  const steps = c.steps.filter((s) => s.kind === 'step');
  const followUps = c.steps.filter((s) => s.kind === 'follow_up');
  return (
    <View className='case-file'>
      <View className='case-file__title' {...a11y({ role: 'heading', level: 2 })}>
        人民调解卷宗
      </View>
      <View className='case-file__subtitle'>
        {c.studio.communityName} {c.studio.name} · 第 {c.id} 号
      </View>
      <View className='case-file__section'>一、受理登记</View>
      {c.partiesInFull.map((p, i) => (
        <Row key={i} label={PARTY_ROLE_NAMES[p.role]}>
          {`${p.name}${p.phone ? `，电话 ${p.phone}` : ''}`}
        </Row>
      ))}
      <Row label='纠纷种类'>{CASE_TYPE_NAMES[c.type]}</Row>
      <Row label='纠纷来源'>{CASE_SOURCE_NAMES[c.source]}</Row>
      <Row label='受理日期'>{plainDateWords(c.acceptedAt)}</Row>
      <Row label='纠纷简要情况'>{c.summary}</Row>
      <View className='case-file__section'>二、调解记录</View>
      {steps.length === 0 ? <Row label='记录'>无</Row> : null}
      {steps.map((s) => (
        <Row key={s.id} label={dateTimeWords(s.at)}>
          {`${s.note}${s.present ? `（参加人员：${s.present}）` : ''} 记录人：${s.recordedBy}`}
        </Row>
      ))}
      <Row label='调解协议'>{c.agreement ? `已上传，${plainDateWords(c.agreement.attachedAt)}` : '无'}</Row>
      <View className='case-file__section'>三、回访记录</View>
      {followUps.length === 0 ? <Row label='记录'>还没有回访</Row> : null}
      {followUps.map((s) => (
        <Row key={s.id} label={dateTimeWords(s.at)}>
          {`${s.note} 当事人${s.satisfied ? '满意' : '不满意'}。记录人：${s.recordedBy}`}
        </Row>
      ))}
      <View className='case-file__section'>四、调解结果</View>
      <Row label='结果'>
        {c.outcome
          ? `${OUTCOME_NAMES[c.outcome]}${c.referredTo ? `：${REFERRAL_OFFICE_NAMES[c.referredTo.office]}（${c.referredTo.name}）` : ''}`
          : '还在调解中'}
      </Row>
      <Row label='结案日期'>{c.closedAt ? plainDateWords(c.closedAt) : '未结案'}</Row>
      <View className='case-file__sign'>调解员签名：</View>
      <View className='case-file__sign'>日期：</View>
    </View>
  );
}
