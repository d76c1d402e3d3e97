// 导入名册 (H5): download the template, choose the filled-in file, upload it (with progress), read the check's
// sentences row by row, and only then import — nothing is written until the file is right.
import { useRef, useState, type ChangeEvent } from 'react';
import { View } from '@tarojs/components';
import type { ImportResult } from '../../../../contracts/org';
import { BigButton } from '../../../components/big-button';
import { Card } from '../../../components/card';
import { ErrorNote } from '../../../components/error-note';
import { Toast } from '../../../components/toast';
import { useToast } from '../../../components/toast/use-toast';
import { ApiError } from '../../../lib/api-error';
import { importRoster } from '../api/import-roster';
import { rosterTemplate } from '../api/roster-template';
import { saveFileLink } from '../../../lib/save-file-link';
import { uploadRoster } from '../api/upload-roster';
import { rosterFileProblem } from '../roster-upload';
import { CheckedCard, DoneCard } from './import-result-card';
import './org.scss';

type Step =
  | { kind: 'choose' }
  | { kind: 'uploading'; fraction: number }
  | { kind: 'checking' }
  | { kind: 'checked'; fileRef: string; result: ImportResult }
  | { kind: 'importing' }
  | { kind: 'done'; result: ImportResult };

export function ImportView() {
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [problem, setProblem] = useState<string | null>(null);
  const toast = useToast();

  const picked = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0] ?? null;
    event.target.value = '';
    if (!chosen) return;
    const refused = rosterFileProblem(chosen.name, chosen.size);
    if (refused) return setProblem(refused);
    setProblem(null);
    setFile(chosen);
    setStep({ kind: 'choose' });
  };
  const check = async () => {
    if (!file) return;
    setProblem(null);
    try {
      setStep({ kind: 'uploading', fraction: 0 });
      const { fileRef } = await uploadRoster(file, (fraction) => setStep({ kind: 'uploading', fraction }));
      setStep({ kind: 'checking' });
      setStep({ kind: 'checked', fileRef, result: await importRoster(fileRef, true) });
    } catch (error) {
      setStep({ kind: 'choose' });
      setProblem(error instanceof ApiError ? error.message : '没有检查完，请再试一次。');
    }
  };
  const run = async (fileRef: string) => {
    setStep({ kind: 'importing' });
    try {
      const result = await importRoster(fileRef, false);
      setStep(result.errors.length > 0 ? { kind: 'checked', fileRef, result } : { kind: 'done', result });
    } catch (error) {
      setStep({ kind: 'choose' });
      setProblem(error instanceof ApiError ? error.message : '没有导入，请再试一次。');
    }
  };
  const template = async () => {
    try {
      await saveFileLink(await rosterTemplate());
      toast.show('模板已经下载。第一行的列名不要改，从第 2 行起每行填一位党员。');
    } catch (error) {
      toast.show(error instanceof ApiError ? error.message : '模板没有下载下来，请再试一次。');
    }
  };
  const busy = step.kind === 'uploading' || step.kind === 'checking' || step.kind === 'importing';
  return (
    <View className='org-screen'>
      <Toast message={toast.message} onClose={toast.close} />
      <Card title='第一步：下载模板'>
        <View className='org-note'>
          模板的列是：姓名、性别、出生年份、手机号、入党时间、原单位职务、所在支部。所在支部写完整的路径（例如
          东湖区/湖滨街道/莲花社区/莲花社区离退休干部党支部）或支部编号。模板里张秀英那一行是示例，导入时会跳过。
          也可以直接用自己的名册：有标题行、有几个工作表都不要紧，会读打开时看到的、有这些列名的那一张。
        </View>
        <BigButton onClick={() => void template()}>下载名册模板</BigButton>
      </Card>
      <Card title='第二步：选择填好的名册'>
        <input
          ref={input}
          className='org-file-input'
          type='file'
          accept='.xlsx,.csv'
          aria-label='名册文件'
          onChange={picked}
        />
        <View className='org-note'>
          {file ? `已选好：${file.name}` : '还没有选择文件。只能是 .xlsx 或 .csv，不超过 20 MB。'}
        </View>
        <BigButton onClick={() => input.current?.click()} disabled={busy}>
          {file ? '换一个文件' : '选择名册文件'}
        </BigButton>
        {file ? (
          <BigButton variant='primary' onClick={() => void check()} busy={busy} busyLabel='正在检查…'>
            先检查一遍（不会写入）
          </BigButton>
        ) : null}
      </Card>
      {problem ? <ErrorNote>{problem}</ErrorNote> : null}
      {step.kind === 'uploading' ? (
        <View
          className='org-progress'
          role='progressbar'
          aria-label='上传进度'
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(step.fraction * 100)}
        >
          {step.fraction < 1
            ? `正在上传，已上传 ${Math.round(step.fraction * 100)}%。请不要关闭网页。`
            : '已上传完，正在逐行检查…'}
        </View>
      ) : null}
      {step.kind === 'checking' ? (
        <View className='org-progress' aria-live='polite'>
          正在逐行检查，人多的文件要等半分钟左右。
        </View>
      ) : null}
      {step.kind === 'importing' ? (
        <View className='org-progress' aria-live='polite'>
          正在导入，请不要关闭网页。人多的文件要等一分钟左右。
        </View>
      ) : null}
      {step.kind === 'checked' ? (
        <CheckedCard
          result={step.result}
          onImport={() => void run(step.fileRef)}
          fixHint='请在 Excel 里改好这些行，保存后重新选择文件，再检查一遍。'
        />
      ) : null}
      {step.kind === 'done' ? <DoneCard result={step.result} /> : null}
    </View>
  );
}
