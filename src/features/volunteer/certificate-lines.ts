// The 志愿服务证明's words, line by line (the A4 sheet on screen and the saved picture say the same): the volunteer
// number, the times served and what was served where; the issuer's lines are every kind's.
import type { CertificateView } from '../../../contracts/volunteer';
import { issuerLines, type CertificateLines } from '../../entities/certificate/certificate-lines';
import { plainDateWords } from '../../entities/time/calendar';
import { hoursText } from './volunteer-words';

export function certificateLines(cert: CertificateView): CertificateLines {
  return {
    title: '志愿服务证明',
    statement: `兹证明 ${cert.name}（志愿者编号 ${cert.volunteerNumber}）于 ${plainDateWords(cert.from)} 至 ${plainDateWords(cert.to)} 期间参加志愿服务 ${cert.records} 次，累计服务时长 ${hoursText(cert.hours)}。`,
    emphasis: [cert.name, hoursText(cert.hours)],
    heading: '服务内容：',
    details: cert.services.map((s) => `${s.post}：${s.service}，${s.times} 次，${hoursText(s.hours)}`),
    foot: issuerLines(cert),
  };
}
