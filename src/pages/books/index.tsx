// 听书 tab: the feature's own screen (an honest "coming soon" until it lands).
import { PageFrame } from '../../components/page-frame';
import { AudiobooksComingSoon } from '../../features/audiobooks/components/audiobooks-coming-soon';

export default function BooksPage() {
  return (
    <PageFrame title='听书'>
      <AudiobooksComingSoon />
    </PageFrame>
  );
}
