// 听书 tab: the audiobook library (继续收听, search, collections, books).
import { PageFrame } from '../../components/page-frame';
import { BooksHome } from '../../features/audiobooks/components/library/books-home';

export default function BooksPage() {
  return (
    <PageFrame title='听书'>
      <BooksHome />
    </PageFrame>
  );
}
