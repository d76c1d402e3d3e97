// 核验: a real certificate reads green ✓ 这张证书是真的 with its dates in words; a forged one a clear red 查不到这张证书
// with no 再试一次 (trying again cannot make it real).
import { act, render, screen } from '@testing-library/react';
import { ApiError } from '../../lib/api-error';
import { verifyCertificate } from './api/verify-certificate';
import { VerifyView } from './verify-view';

jest.mock('./api/verify-certificate', () => ({ verifyCertificate: jest.fn() }));

it('says a real certificate is real, in green, with its dates in words', async () => {
  jest.mocked(verifyCertificate).mockResolvedValue({
    kind: 'volunteer',
    status: 'valid',
    message: '这份证明是真的，和服务记录一致。',
    number: 'ZY20261201-AB12',
    name: '夏*华',
    from: '2026-01-01',
    to: '2026-12-01',
    hours: 2.75,
    issuer: '湖滨街道',
    issuedOn: '2026-12-01',
  });
  const { container } = render(<VerifyView number='ZY20261201-AB12' sig='abcdefgh' />);
  await act(async () => undefined);
  const verdict = screen.getByText('✓ 这张证书是真的');
  expect(verdict.closest('.certificate-note--done')).not.toBeNull();
  expect(container.textContent).toContain('服务期间：2026年1月1日 至 2026年12月1日');
  expect(container.textContent).toContain('证明上的时长：2小时45分');
  expect(container.textContent).not.toMatch(/\d{4}-\d{2}-\d{2}/);
});

it('says a forged one plainly, in red, with no 再试一次', async () => {
  jest
    .mocked(verifyCertificate)
    .mockRejectedValue(new ApiError('QR_INVALID', '这个核验二维码无法识别，证明可能是伪造或被改动过的。'));
  render(<VerifyView number='ZY20261201-AB12' sig='forgedxx' />);
  await act(async () => undefined);
  const verdict = screen.getByText('查不到这张证书');
  expect(verdict.closest('.certificate-note--failed')).not.toBeNull();
  expect(screen.queryByText('再试一次')).toBeNull();
  expect(screen.queryByText('✓ 这张证书是真的')).toBeNull();
});

it('names a time-bank certificate’s kind and its holder, with no volunteer number to match', async () => {
  jest.mocked(verifyCertificate).mockResolvedValue({
    kind: 'timebank',
    status: 'changed',
    message: '这份证明开具以后，时间银行里这段时间的记录有了变化。',
    number: 'SJ20261201-AB12CD',
    name: '夏*华',
    from: '2026-01-01',
    to: '2026-12-01',
    hours: 2,
    hoursNow: 3.5,
    issuer: '厦门市委老干部局',
    issuedOn: '2026-12-01',
  });
  const { container } = render(<VerifyView number='SJ20261201-AB12CD' sig='abcdefgh' />);
  await act(async () => undefined);
  expect(screen.getByText('记录已更正，这张证书已过时').closest('.certificate-note--failed')).not.toBeNull();
  expect(container.textContent).toContain('证明种类：服务时间证明');
  expect(container.textContent).toContain('服务人：夏*华');
  expect(container.textContent).toContain('现在记录上的时长：3小时30分');
  expect(container.textContent).not.toContain('志愿者编号');
});
