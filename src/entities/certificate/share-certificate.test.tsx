// 发给家人 copies what the certificate says and its public check link, and says in a sentence what to do next.
import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { CertificateSheetFacts } from '../../../contracts/certificates';
import { SHARED_SENTENCE, ShareCertificate, shareText } from './share-certificate';

const cert = {
  kind: 'volunteer',
  number: 'ZY20261201-AB12',
  from: '2026-01-01',
  to: '2026-12-01',
  hours: 2.75,
  codeUrl: 'https://example.org/s?scene=z.1.abc',
} as CertificateSheetFacts;

it('copies the certificate’s words and its check link, and says how to send it', async () => {
  expect(shareText(cert)).toBe(
    '这是我的志愿服务证明（编号 ZY20261201-AB12，2026年1月1日至2026年12月1日，累计服务2小时45分）。打开这个链接可以核验真假：https://example.org/s?scene=z.1.abc',
  );
  const copy = jest.spyOn(Taro, 'setClipboardData').mockResolvedValue({ errMsg: 'setClipboardData:ok', data: '' });
  render(<ShareCertificate cert={cert} />);
  fireEvent.click(screen.getByText('发给家人'));
  await act(async () => undefined);
  expect(copy).toHaveBeenCalledWith({ data: shareText(cert) });
  expect(screen.getByText(SHARED_SENTENCE)).toBeTruthy();
});

it('names a time-bank certificate by its own title', () => {
  expect(shareText({ ...cert, kind: 'timebank', number: 'SJ20261201-AB12CD' })).toMatch(
    /^这是我的服务时间证明（编号 SJ20261201-AB12CD，/,
  );
});
