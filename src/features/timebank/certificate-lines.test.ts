import type { TimeCertificateView } from '../../../contracts/timebank';
import { pictureLines } from '../../entities/certificate/certificate-lines';
import { certificateLines } from './certificate-lines';

it('writes the 服务时间证明 with the visits, the hours and the services in words', () => {
  const lines = certificateLines({
    kind: 'timebank',
    number: 'SJ20261201-AB12CD',
    name: '夏文华',
    from: '2026-01-01',
    to: '2026-12-01',
    hours: 3.5,
    visits: 3,
    services: [
      { service: '代购', times: 2, hours: 2 },
      { service: '陪聊', times: 1, hours: 1.5 },
    ],
    issuer: { org: '厦门市委老干部局', personInCharge: '林海', contact: '0592-1234567' },
    sig: 'abcdEFGH1234_-xy',
    issuedOn: '2026-12-01',
  } as TimeCertificateView);
  expect(lines.title).toBe('服务时间证明');
  expect(lines.emphasis).toEqual(['夏文华', '3小时30分']);
  const picture = pictureLines(lines);
  expect(picture.body[0]).toBe(
    '兹证明 夏文华 于 2026年1月1日 至 2026年12月1日 期间参加时间银行互助服务，上门帮助老人 3 次，经老人或家人确认，累计服务时间 3小时30分。',
  );
  expect(picture.body).toEqual(expect.arrayContaining(['代购：2 次，2小时', '陪聊：1 次，1小时30分', '特此证明。']));
  expect(picture.foot).toContain('证明编号：SJ20261201-AB12CD');
  expect(JSON.stringify(picture)).not.toMatch(/\d{4}-\d{2}-\d{2}|\d\.\d/);
});
