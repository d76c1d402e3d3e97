// 学习记录: the signed-in member's own listening time and finished books.
import { PageFrame } from '../../../components/page-frame';
import { SessionGate } from '../../../entities/session/components/session-gate';
import { MyStudyView } from '../../../features/study-records/components/my-study-view';

export default function MyStudyPage() {
  return (
    <PageFrame title='学习记录'>
      <SessionGate reason='登录后，这里会记下您每天听书的时间。'>{() => <MyStudyView />}</SessionGate>
    </PageFrame>
  );
}
