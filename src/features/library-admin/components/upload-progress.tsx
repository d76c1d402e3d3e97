// How far the upload is, in words ("已上传 45%") with a bar beside them.
import { View } from '@tarojs/components';

export function UploadProgress({ fraction }: { fraction: number }) {
  const percent = Math.min(100, Math.max(0, Math.round(fraction * 100)));
  return (
    <View className='upload-progress'>
      <View className='upload-progress__words' aria-live='polite'>
        {percent < 100 ? `正在上传，已上传 ${percent}%。请不要关闭网页。` : '已上传完，正在读取音频的长度…'}
      </View>
      <View
        className='upload-progress__track'
        role='progressbar'
        aria-label='上传进度'
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <View className='upload-progress__bar' style={{ width: `${percent}%` }} />
      </View>
    </View>
  );
}
