// H5 (the default; WeChat takes top-bar.weapp.tsx and its own navigation bar): the bar above every page that is not
// a tab, with one large 返回 in words. Opened directly (a QR code, a link), it says 返回首页 and goes there.
import { View } from '@tarojs/components';
import { a11y } from '../../lib/a11y';
import { goBack, type WayBack } from '../../lib/way-back';

export function TopBar({ way }: { way: WayBack; title: string }) {
  if (way === 'none') return null;
  // Two words that may sit on two lines when the screen is narrow, each kept whole.
  const words = way === 'back' ? ['返回'] : ['返回', '首页'];
  return (
    <View className='page-frame__top-bar' {...a11y({ role: 'navigation', label: '返回' })}>
      <View
        className='page-frame__back'
        onClick={() => goBack(way)}
        {...a11y({ role: 'button', label: words.join('') })}
      >
        <View className='page-frame__back-arrow' {...a11y({ hidden: true })} />
        <View className='page-frame__back-words'>
          {words.map((word) => (
            <View key={word} className='page-frame__back-word'>
              {word}
            </View>
          ))}
        </View>
      </View>
    </View>
  );
}
