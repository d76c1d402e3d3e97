// 导入名册 in the mini-program, where a roster usually arrives as a file in a WeChat chat: pick it from the chat
// (wx.chooseMessageFile), put it in cloud storage (wx.cloud.uploadFile), and hand its cloud:// id to
// org.importRoster, which takes it into the file store on the check; the import names the key the check answered.
// Nothing is written until the check has passed; .xlsx and .csv are read in the cloud function as on the host. The H5
// build takes import-view.h5.tsx, the upload form.
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { ImportResult } from '../../../../contracts/org';
import { BigButton } from '../../../components/big-button';
import { Card } from '../../../components/card';
import { ErrorNote } from '../../../components/error-note';
import { messageOf } from '../../../lib/api-error';
import { importRoster } from '../api/import-roster';
import { rosterCloudPath, rosterFileProblem } from '../roster-upload';
import { CheckedCard, DoneCard } from './import-result-card';
import './org.scss';

interface Chosen {
  name: string;
  path: string;
}

type Step =
  | { kind: 'choose' }
  | { kind: 'uploading' }
  | { kind: 'checking' }
  | { kind: 'checked'; result: ImportResult }
  | { kind: 'importing' }
  | { kind: 'done'; result: ImportResult };

const UPLOAD_FAILED = '名册没有传上去，可能是网络不好。请再按一次“先检查一遍”。';

export function ImportView() {
  const [file, setFile] = useState<Chosen | null>(null);
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [problem, setProblem] = useState<string | null>(null);

  // Straight from the tap: WeChat opens the chat picker only then.
  const choose = async () => {
    let picked: Taro.chooseMessageFile.ChooseFile | undefined;
    try {
      picked = (await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['xlsx', 'csv'] })).tempFiles[0];
    } catch {
      return; // closed without choosing: nothing to say
    }
    if (!picked) return;
    const refused = rosterFileProblem(picked.name, picked.size);
    setProblem(refused);
    setFile(refused ? null : { name: picked.name, path: picked.path });
    setStep({ kind: 'choose' });
  };
  const check = async () => {
    if (!file) return;
    setProblem(null);
    setStep({ kind: 'uploading' });
    let fileID: string;
    try {
      fileID = (
        await Taro.cloud.uploadFile({
          cloudPath: rosterCloudPath(file.name, new Date(), Math.random()),
          filePath: file.path,
        })
      ).fileID;
    } catch {
      setStep({ kind: 'choose' });
      return setProblem(UPLOAD_FAILED);
    }
    try {
      setStep({ kind: 'checking' });
      setStep({ kind: 'checked', result: await importRoster(fileID, true) });
    } catch (error) {
      setStep({ kind: 'choose' });
      setProblem(messageOf(error));
    }
  };
  const run = async (result: ImportResult) => {
    setStep({ kind: 'importing' });
    try {
      const done = await importRoster(result.fileRef, false);
      setStep(done.errors.length > 0 ? { kind: 'checked', result: done } : { kind: 'done', result: done });
    } catch (error) {
      setStep({ kind: 'checked', result });
      setProblem(messageOf(error));
    }
  };
  const busy = step.kind === 'uploading' || step.kind === 'checking' || step.kind === 'importing';
  return (
    <View className='org-screen'>
      <Card title='第一步：从微信聊天里选出名册'>
        <View className='org-note'>
          别人用微信发给您的名册文件，可以直接在这里导入。只能是 .xlsx 或 .csv，不超过 20
          MB。名册模板请在电脑上打开网页版下载。
        </View>
        <View className='org-note'>{file ? `已选好：${file.name}` : '还没有选择文件。'}</View>
        <BigButton onClick={() => void choose()} disabled={busy}>
          {file ? '换一个文件' : '从微信聊天里选名册'}
        </BigButton>
        {file && step.kind !== 'checked' && step.kind !== 'done' ? (
          <BigButton variant='primary' onClick={() => void check()} busy={busy} busyLabel='正在检查…'>
            先检查一遍（不会写入）
          </BigButton>
        ) : null}
      </Card>
      {problem ? <ErrorNote>{problem}</ErrorNote> : null}
      {step.kind === 'uploading' ? (
        <View className='org-progress' aria-live='polite'>
          正在上传名册，请不要离开这一页。
        </View>
      ) : null}
      {step.kind === 'checking' ? (
        <View className='org-progress' aria-live='polite'>
          正在逐行检查，人多的文件要等半分钟左右。
        </View>
      ) : null}
      {step.kind === 'importing' ? (
        <View className='org-progress' aria-live='polite'>
          正在导入，请不要离开这一页。人多的文件要等一分钟左右。
        </View>
      ) : null}
      {step.kind === 'checked' ? (
        <CheckedCard
          result={step.result}
          onImport={() => void run(step.result)}
          fixHint='请让发名册的人在 Excel 里改好这些行，重新发给您，再从聊天里选出来检查一遍。'
        />
      ) : null}
      {step.kind === 'done' ? <DoneCard result={step.result} /> : null}
    </View>
  );
}
