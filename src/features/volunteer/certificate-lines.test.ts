import type { CertificateView } from '../../../contracts/volunteer';
import { pictureLines } from '../../entities/certificate/certificate-lines';
import { certificateLines } from './certificate-lines';

it('writes the certificate’s lines with dates and hours in words', () => {
  const lines = certificateLines({
    kind: 'volunteer',
    number: 'ZY20261201-AB12',
    name: '夏文华',
    volunteerNumber: 'V0012',
    from: '2026-01-01',
    to: '2026-12-01',
    hours: 2.75,
    records: 2,
    services: [{ post: '湖滨驿站', service: '义诊', hours: 2.75, times: 2 }],
    issuer: { org: '湖滨街道', personInCharge: '林海', contact: '0592-1234567' },
    sig: 'abcdEFGH1234_-xy',
    issuedOn: '2026-12-01',
  } as CertificateView);
  const picture = pictureLines(lines);
  expect(picture.body[0]).toBe(
    '兹证明 夏文华（志愿者编号 V0012）于 2026年1月1日 至 2026年12月1日 期间参加志愿服务 2 次，累计服务时长 2小时45分。',
  );
  expect(picture.body).toContain('湖滨驿站：义诊，2 次，2小时45分');
  expect(picture.foot).toContain('出具日期：2026年12月1日');
  expect(picture.foot).toContain('核验码：abcd EFGH 1234 _-xy');
  expect(JSON.stringify(picture)).not.toMatch(/\d{4}-\d{2}-\d{2}|\d\.\d/);
});
