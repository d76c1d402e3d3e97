// 服务卡 (?person= for an elder she acts for; her own without it): the card to print, and 挂失.
import { useRouter } from '@tarojs/taro';
import { PageFrame } from '../../../components/page-frame';
import { SessionGate } from '../../../entities/session/components/session-gate';
import { CardView } from '../../../features/timebank/components/card-view';
import { idParam } from '../../../lib/routes';

export default function TimebankCardPage() {
  const personId = idParam(useRouter().params.person);
  return (
    <PageFrame title='时间银行服务卡'>
      <SessionGate reason='服务卡印着老人自己的二维码，登录以后才能打印。'>
        {(user) => <CardView personId={personId ?? user.id} />}
      </SessionGate>
    </PageFrame>
  );
}
