// The 服务时间证明's words, line by line (the A4 sheet on screen and the saved picture say the same): the hours she
// earned by helping other elders, how many visits, and what she helped with; the issuer's lines are every kind's.
import type { TimeCertificateView } from '../../../contracts/timebank';
import { issuerLines, type CertificateLines } from '../../entities/certificate/certificate-lines';
import { plainDateWords } from '../../entities/time/calendar';
import { hoursWords } from './timebank-words';

export function certificateLines(cert: TimeCertificateView): CertificateLines {
  const hours = hoursWords(cert.hours);
  return {
    title: '服务时间证明',
    statement: `兹证明 ${cert.name} 于 ${plainDateWords(cert.from)} 至 ${plainDateWords(cert.to)} 期间参加时间银行互助服务，上门帮助老人 ${cert.visits} 次，经老人或家人确认，累计服务时间 ${hours}。`,
    emphasis: [cert.name, hours],
    heading: '服务内容：',
    details: cert.services.map((s) => `${s.service}：${s.times} 次，${hoursWords(s.hours)}`),
    foot: issuerLines(cert),
  };
}
