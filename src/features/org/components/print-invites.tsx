// 打印邀请单 in a browser: its own print dialog (org.scss hides what is not a slip). The mini-program, which has no
// printing, takes print-invites.weapp.tsx.
import { BigButton } from '../../../components/big-button';

export interface PrintInvitesProps {
  slips: { personId: number; image: string }[];
}

export function PrintInvites(_props: PrintInvitesProps) {
  return (
    <BigButton variant='primary' onClick={() => window.print()}>
      打印邀请单
    </BigButton>
  );
}
