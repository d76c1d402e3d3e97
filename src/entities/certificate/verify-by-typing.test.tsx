// 核验 by hand: the number forgiven its spaces and small letters, the code kept as typed; each mistake said under
// its box, and nothing asked of the server until both are right.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { verifyCertificate } from './api/verify-certificate';
import { typedCode, typedNumber, typingProblems, VerifyByTyping } from './verify-by-typing';

jest.mock('./api/verify-certificate', () => ({ verifyCertificate: jest.fn() }));

it('forgives spaces and small letters in the number, never the code’s case', () => {
  expect(typedNumber(' sj2026 1203-7kq2mx ')).toBe('SJ20261203-7KQ2MX');
  expect(typedCode('abcd EFGH 1234 _-xy')).toBe('abcdEFGH1234_-xy');
  expect(typingProblems('SJ20261203-7KQ2MX', 'abcdEFGH1234_-xy')).toEqual({ number: undefined, code: undefined });
  expect(typingProblems('XX20261203-7KQ2MX', 'abcdEFGH1234_-xy').number).toContain('证明编号');
  expect(typingProblems('SJ20261203-7KQ2MX', 'abcd').code).toContain('16个');
});

it('says each mistake under its box and asks nothing until both are right', async () => {
  jest.mocked(verifyCertificate).mockResolvedValue({
    kind: 'timebank',
    status: 'valid',
    message: '这份服务时间证明真实有效，和时间银行的记录一致。',
    number: 'SJ20261203-7KQ2MX',
    name: '夏*华',
    from: '2026-01-01',
    to: '2026-12-01',
    hours: 2,
    issuer: '厦门市委老干部局',
    issuedOn: '2026-12-01',
  });
  const { container } = render(<VerifyByTyping />);
  fireEvent.click(screen.getByText('核验'));
  await act(async () => undefined);
  expect(screen.getByText('有2处要改一下，已经在各自的格子下面说明了。')).toBeTruthy();
  expect(verifyCertificate).not.toHaveBeenCalled();
  const [number, code] = Array.from(container.querySelectorAll('input'));
  fireEvent.input(number, { target: { value: 'sj20261203-7kq2mx' } });
  fireEvent.input(code, { target: { value: 'abcd EFGH 1234 _-xy' } });
  fireEvent.click(screen.getByText('核验'));
  await act(async () => undefined);
  expect(verifyCertificate).toHaveBeenCalledWith('SJ20261203-7KQ2MX', 'abcdEFGH1234_-xy');
  expect(screen.getByText('✓ 这张证书是真的')).toBeTruthy();
});
