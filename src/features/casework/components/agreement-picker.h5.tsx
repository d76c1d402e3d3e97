// H5: the signed agreement, photographed or as a PDF, chosen with the browser's own file picker (a phone offers its
// camera), uploaded to /upload/agreement with progress, then kept on the case. The server judges the bytes.
import { View } from '@tarojs/components';
import { useRef, useState, type ChangeEvent } from 'react';
import { BigButton } from '../../../components/big-button';
import { Card } from '../../../components/card';
import { Said } from '../../../entities/remote/said-line';
import { useAction } from '../../../entities/remote/use-action';
import { attachAgreement } from '../api/attach-agreement';
import { uploadAgreement } from '../api/upload-agreement';
import './casework.scss';

export function AgreementPicker({ caseId, onDone }: { caseId: number; onDone: () => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [percent, setPercent] = useState<number | null>(null);
  const { run, busy, said } = useAction();
  const picked = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    void run(
      async (requestId) => {
        setPercent(0);
        try {
          const uploaded = await uploadAgreement(file, (f) => setPercent(Math.round(f * 100)));
          return await attachAgreement(caseId, uploaded.fileRef, requestId);
        } finally {
          setPercent(null);
        }
      },
      {
        intent: `${file.name}:${file.size}:${file.lastModified}`,
        sentence: () => '调解协议已经上传好了。',
        then: onDone,
      },
    );
  };
  return (
    <Card title='上传调解协议'>
      <input
        ref={input}
        className='casework-file-input'
        type='file'
        accept='image/jpeg,image/png,application/pdf'
        aria-label='调解协议的照片或文件'
        onChange={picked}
      />
      <View className='casework-note'>
        拍一张签好字的协议，或选一个 PDF 文件，不超过 10 MB。只给办理的同志和上级看。
      </View>
      {percent !== null ? <View className='casework-line'>已经传了 {percent}%。</View> : null}
      <Said said={said} failedNote />
      <BigButton onClick={() => input.current?.click()} busy={busy} busyLabel='正在上传…'>
        拍照或选择文件
      </BigButton>
    </Card>
  );
}
