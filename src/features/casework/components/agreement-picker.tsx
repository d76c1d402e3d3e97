// The mini-program: the signed agreement photographed (or a photo from the album), put in cloud storage
// (wx.cloud.uploadFile) and its cloud:// id kept on the case, where the server judges the bytes and keeps them in
// the private store. The H5 build takes agreement-picker.h5.tsx, the browser's file picker.
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { BigButton } from '../../../components/big-button';
import { Card } from '../../../components/card';
import { Said } from '../../../entities/remote/said-line';
import { useAction } from '../../../entities/remote/use-action';
import { attachAgreement } from '../api/attach-agreement';
import './casework.scss';

export function AgreementPicker({ caseId, onDone }: { caseId: number; onDone: () => void }) {
  const { run, busy, said } = useAction();
  // Straight from the tap: WeChat opens the camera only then.
  const choose = async () => {
    let path: string | undefined;
    try {
      path = (await Taro.chooseImage({ count: 1, sizeType: ['compressed'], sourceType: ['camera', 'album'] }))
        .tempFilePaths[0];
    } catch {
      return; // closed without choosing: nothing to say
    }
    if (!path) return;
    const chosen = path;
    void run(
      async (requestId) => {
        const { fileID } = await Taro.cloud.uploadFile({
          cloudPath: `agreement-uploads/${Date.now().toString(36)}-${caseId}.jpg`,
          filePath: chosen,
        });
        return attachAgreement(caseId, fileID, requestId);
      },
      { intent: chosen, sentence: () => '调解协议已经上传好了。', then: onDone },
    );
  };
  return (
    <Card title='上传调解协议'>
      <View className='casework-note'>拍一张签好字的协议，不超过 10 MB。只给办理的同志和上级看。</View>
      <Said said={said} failedNote />
      <BigButton onClick={() => void choose()} busy={busy} busyLabel='正在上传…'>
        拍照上传
      </BigButton>
    </Card>
  );
}
