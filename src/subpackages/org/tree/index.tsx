// 组织管理 (admins): browse the tree from the admin's top unit, add, rename, close, export.
import { PageFrame } from '../../../components/page-frame';
import { SessionGate } from '../../../entities/session/components/session-gate';
import { OrgTreeView } from '../../../features/org/components/org-tree-view';

export default function TreePage() {
  return (
    <PageFrame title='组织管理'>
      <SessionGate
        reason='组织管理只给管理员用。请先登录。'
        only={{
          scope: 'manageOrg',
          title: '这里只给管理员用',
          message: '区、街道、社区和支部由管理员维护。如有需要，请联系上级管理员。',
        }}
      >
        {() => <OrgTreeView />}
      </SessionGate>
    </PageFrame>
  );
}
