// 支部学习情况: a secretary's (or admin's) month of study in the branch or subtree they manage.
import { PageFrame } from '../../../components/page-frame';
import { SessionGate } from '../../../entities/session/components/session-gate';
import { BranchStudyView } from '../../../features/study-records/components/branch-study-view';

export default function BranchStudyPage() {
  return (
    <PageFrame title='支部学习情况'>
      {/* No role gate here: the server's refusal names the reason in its own words. */}
      <SessionGate reason='支部学习情况只给支部书记和管理员看。请先登录。'>
        {(user) => <BranchStudyView viewer={user} />}
      </SessionGate>
    </PageFrame>
  );
}
