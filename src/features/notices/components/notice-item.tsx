// One notice in the list: its labels in words (重要, 未读, 已更新, 请按“收到”), the title, who sent it and when.
import { View } from '@tarojs/components';
import type { NoticeSummary } from '../../../../contracts/notices';
import { sinceWords } from '../../../entities/time/calendar';
import { a11y } from '../../../lib/a11y';
import { noticeLabels } from '../notice-words';

const LOUD = new Set(['重要', '未读', '已更新', '请按“收到”']);

export function NoticeLabels({ labels }: { labels: string[] }) {
  return (
    <View className='notice-labels'>
      {labels.map((label) => (
        <View key={label} className={LOUD.has(label) ? 'notice-label' : 'notice-label notice-label--quiet'}>
          {label}
        </View>
      ))}
    </View>
  );
}

export function NoticeItem({ notice, onOpen }: { notice: NoticeSummary; onOpen: (id: number) => void }) {
  return (
    <View {...a11y({ role: 'listitem' })}>
      <View
        className={notice.read ? 'notice-item' : 'notice-item notice-item--unread'}
        onClick={() => onOpen(notice.id)}
        {...a11y({ role: 'link' })}
      >
        <NoticeLabels labels={noticeLabels(notice)} />
        {/* Plain text: React escapes it, so a title with <script> shows as those characters. */}
        <View className='notice-item__title'>{notice.title}</View>
        <View className='notice-item__meta'>
          {notice.audienceName} · {sinceWords(notice.publishedAt)}
        </View>
        <View className='notice-item__action'>
          点这里查看
          <View {...a11y({ hidden: true })}>›</View>
        </View>
      </View>
    </View>
  );
}
