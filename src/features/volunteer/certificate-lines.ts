// The certificate's words, line by line, as the saved picture draws them (the A4 sheet on screen says the same).
import type { CertificateView } from '../../../contracts/volunteer';
import { plainDateWords } from '../../entities/time/calendar';
import { hoursText } from './volunteer-words';

export function certificateLines(cert: CertificateView): { title: string; body: string[]; foot: string[] } {
  return {
    title: '志愿服务证明',
    body: [
      `兹证明 ${cert.name}（志愿者编号 ${cert.volunteerNumber}）于 ${plainDateWords(cert.from)} 至 ${plainDateWords(cert.to)} 期间参加志愿服务 ${cert.records} 次，累计服务时长 ${hoursText(cert.hours)}。`,
      '服务内容：',
      ...cert.services.map((s) => `${s.post}：${s.service}，${s.times} 次，${hoursText(s.hours)}`),
      '特此证明。',
    ],
    foot: [
      `出具单位：${cert.issuer.org}`,
      `负责人：${cert.issuer.personInCharge}`,
      `联系方式：${cert.issuer.contact}`,
      `证明编号：${cert.number}`,
      `出具日期：${plainDateWords(cert.issuedOn)}`,
    ],
  };
}
