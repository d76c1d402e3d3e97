// 打印邀请单 in the mini-program, which cannot print: each slip's QR is written to the phone and opened in WeChat's
// image viewer (wx.previewImage), where a long press forwards it to the member or to WeChat on a computer to print.
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { BigButton } from '../../../components/big-button';
import { Said } from '../../../entities/remote/said-line';
import { useAction } from '../../../entities/remote/use-action';
import {
  INVITE_IMAGES_FAILED,
  inviteImageName,
  inviteImagesSentence,
  OPEN_INVITE_IMAGES_LABEL,
  pngBase64OfDataUrl,
} from '../invite-images';

interface PrintInvitesProps {
  slips: { personId: number; image: string }[];
}

function writeImage(fs: Taro.FileSystemManager, path: string, base64: string): Promise<void> {
  return new Promise((resolve, reject) =>
    fs.writeFile({ filePath: path, data: base64, encoding: 'base64', success: () => resolve(), fail: reject }),
  );
}

export function PrintInvites({ slips }: PrintInvitesProps) {
  const { run, busy, said } = useAction();
  // Every failure here is the phone's (writing a file, opening the viewer): each gets the one sentence.
  const open = () =>
    run(
      async () => {
        const dir = Taro.env.USER_DATA_PATH;
        if (!dir) throw new Error('no user data path');
        const fs = Taro.getFileSystemManager();
        const paths: string[] = [];
        for (const slip of slips) {
          const base64 = pngBase64OfDataUrl(slip.image);
          if (!base64) continue;
          const path = `${dir}/${inviteImageName(slip.personId)}`;
          await writeImage(fs, path, base64);
          paths.push(path);
        }
        if (paths.length === 0) throw new Error('no images');
        await Taro.previewImage({ urls: paths, current: paths[0], showmenu: true });
      },
      { unexplained: INVITE_IMAGES_FAILED },
    );
  return (
    <View>
      <View className='org-note'>{inviteImagesSentence(slips.length)}</View>
      <Said said={said} failedNote />
      <BigButton variant='primary' onClick={() => void open()} busy={busy} busyLabel='正在打开…'>
        {OPEN_INVITE_IMAGES_LABEL}
      </BigButton>
    </View>
  );
}
