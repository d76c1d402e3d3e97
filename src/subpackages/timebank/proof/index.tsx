// 服务时间证明: choose a period and issue; with ?no= the sheet to print.
import { useRouter } from '@tarojs/taro';
import { PageFrame } from '../../../components/page-frame';
import { SessionGate } from '../../../entities/session/components/session-gate';
import { IssueProof, ProofSheetView } from '../../../features/timebank/components/proof-view';

export default function TimebankProofPage() {
  const no = useRouter().params.no;
  const number = no ? decodeURIComponent(no) : null;
  return (
    <PageFrame title='服务时间证明'>
      <SessionGate reason='证明按您本人帮忙的记录开具，登录以后才能开。'>
        {() => (number ? <ProofSheetView number={number} /> : <IssueProof />)}
      </SessionGate>
    </PageFrame>
  );
}
