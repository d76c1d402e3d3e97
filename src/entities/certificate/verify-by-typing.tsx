// 核验证明 by hand, for whoever holds the paper but cannot scan it: the certificate's number and the check code
// printed under it, typed in (spaces and small letters in the number forgiven), then the verdict below.
import { useState } from 'react';
import { View } from '@tarojs/components';
import { certificateKindOf } from '../../../contracts/certificate-scene';
import { BigButton } from '../../components/big-button';
import { TextField } from '../../components/text-field';
import { hasProblems, problemsSentence, type Problems } from '../../lib/form-problems';
import { VerifyView } from './verify-view';
import './certificate.scss';

type Field = 'number' | 'code';

/** The number as printed: capitals, no spaces ("sj 20261203-7kq2mx" → "SJ20261203-7KQ2MX"). */
export const typedNumber = (text: string) => text.replace(/\s+/g, '').toUpperCase();
/** The check code without the spaces it is printed with (its letters keep their case). */
export const typedCode = (text: string) => text.replace(/\s+/g, '');

export function typingProblems(number: string, code: string): Problems<Field> {
  return {
    number:
      /^[A-Z]{2}\d{8}-[0-9A-Z]{6}$/.test(number) && certificateKindOf(number)
        ? undefined
        : '证明编号要照证明上写的填，像 SJ20261203-7KQ2MX 这样。',
    code: /^[A-Za-z0-9_-]{16}$/.test(code)
      ? undefined
      : '核验码是证明上“核验码”后面的16个字母和数字，大小写要和纸上一样。',
  };
}

export function VerifyByTyping() {
  const [number, setNumber] = useState('');
  const [code, setCode] = useState('');
  const [problems, setProblems] = useState<Problems<Field>>({});
  const [asked, setAsked] = useState<{ number: string; sig: string } | null>(null);
  const check = () => {
    const n = typedNumber(number);
    const c = typedCode(code);
    const found = typingProblems(n, c);
    setProblems(found);
    setAsked(hasProblems(found) ? null : { number: n, sig: c });
  };
  return (
    <View className='certificate-stack'>
      <View className='certificate-note'>
        扫不了二维码时，可以照着证明右下角写的“证明编号”和“核验码”填在下面，再按“核验”。
      </View>
      <TextField
        id='verify-number'
        label='证明编号'
        placeholder='例如 SJ20261203-7KQ2MX'
        value={number}
        onChange={setNumber}
        error={problems.number}
        maxLength={24}
      />
      <TextField
        id='verify-code'
        label='核验码'
        hint='16个字母和数字，大小写要和纸上一样'
        value={code}
        onChange={setCode}
        error={problems.code}
        maxLength={24}
      />
      {problemsSentence(problems) ? (
        <View className='certificate-note certificate-note--failed'>{problemsSentence(problems)}</View>
      ) : null}
      <BigButton variant='primary' onClick={check}>
        核验
      </BigButton>
      {asked ? <VerifyView key={`${asked.number}.${asked.sig}`} number={asked.number} sig={asked.sig} /> : null}
    </View>
  );
}
