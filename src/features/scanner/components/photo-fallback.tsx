// H5: take or choose a photo of the QR code instead of using the live camera.
import { useRef, useState, type ChangeEvent } from 'react';
import { View } from '@tarojs/components';
import { BigButton } from '../../../components/big-button';
import { decodePhoto } from '../decode-qr';

export const NO_CODE_IN_PHOTO = '这张照片里没有找到二维码。请把二维码拍得大一些、清楚一些，再试一次。';
export const PHOTO_UNREADABLE = '这张照片打不开。请重新拍一张，或换一张照片。';

interface PhotoFallbackProps {
  primary: boolean;
  onText: (text: string) => void;
  onProblem: (message: string) => void;
}

export function PhotoFallback({ primary, onText, onProblem }: PhotoFallbackProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);

  const handleChange = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setBusy(true);
    try {
      const text = await decodePhoto(file);
      if (text) onText(text);
      else onProblem(NO_CODE_IN_PHOTO);
    } catch {
      onProblem(PHOTO_UNREADABLE);
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className='photo-fallback'>
      <input
        ref={inputRef}
        className='photo-fallback__input'
        type='file'
        accept='image/*'
        capture='environment'
        aria-label='二维码照片'
        onChange={(e) => void handleChange(e)}
      />
      <BigButton
        variant={primary ? 'primary' : 'secondary'}
        onClick={() => inputRef.current?.click()}
        busy={busy}
        busyLabel='正在看照片里的二维码…'
      >
        拍照上传二维码
      </BigButton>
    </View>
  );
}
