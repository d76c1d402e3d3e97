// 服务卡: the elder's own QR code on a card to print and keep (the same code for life, unless reported lost), with
// plain steps for her and for the helper. 挂失 asks first: the old card stops working and a new one is made.
import { useState } from 'react';
import { Image, View } from '@tarojs/components';
import type { PersonalCard } from '../../../../contracts/timebank';
import { BigButton } from '../../../components/big-button';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { RemoteView } from '../../../entities/remote/remote-view';
import { Said } from '../../../entities/remote/said-line';
import { useAction } from '../../../entities/remote/use-action';
import { useRemote } from '../../../entities/remote/use-remote';
import { plainDateWords } from '../../../entities/time/calendar';
import { getPersonalCard } from '../api/get-personal-card';
import { reportCardLost } from '../api/report-card-lost';
import { PrintSheet } from './print-sheet';
import './timebank.scss';

export function CardView({ personId }: { personId: number }) {
  const remote = useRemote(() => getPersonalCard(personId), [personId]);
  return (
    <RemoteView remote={remote} loading='正在准备服务卡，请稍等。' failed='没能准备服务卡'>
      {(card) => <CardBody first={card} personId={personId} />}
    </RemoteView>
  );
}

function CardBody({ first, personId }: { first: PersonalCard; personId: number }) {
  const [card, setCard] = useState(first);
  const [asking, setAsking] = useState(false);
  const action = useAction();
  const reportLost = () => {
    setAsking(false);
    void action.run((requestId) => reportCardLost(personId, requestId), {
      sentence: (done) => done.message,
      then: (done) => setCard(done),
    });
  };
  return (
    <View className='timebank-stack'>
      <View className='timebank-card'>
        <View className='timebank-card__title'>银发先锋 · 时间银行服务卡</View>
        <View className='timebank-card__name'>{card.personName}</View>
        <Image
          className='timebank-card__qr'
          src={card.image}
          mode='aspectFit'
          nativeProps={{ alt: `${card.personName}的服务卡二维码，来帮忙的人到了和走时各扫一次` }}
        />
        <View className='timebank-card__steps'>
          <View>1. 来帮忙的人到了，请他（她）用手机扫这张卡。</View>
          <View>2. 帮完走的时候，再扫一次。</View>
          <View>3. 您或家人的手机上会问“……对吗？”，对的话按“对，确认”。没有手机的，请支部书记帮您确认。</View>
          <View>这张卡请收好，不要给别人拍照。丢了请马上挂失。</View>
          <View>发卡日期：{plainDateWords(card.issuedAt)}</View>
        </View>
      </View>
      <View className='timebank-controls timebank-stack'>
        <PrintSheet label='打印服务卡' how='按“打印服务卡”，用 A4 纸打印，沿虚线剪下，交给老人收好。' />
        <Said said={action.said} className='timebank-note' failedClassName='timebank-note--failed' />
        <BigButton onClick={() => setAsking(true)} busy={action.busy} busyLabel='正在挂失…'>
          卡丢了，挂失
        </BigButton>
      </View>
      <ConfirmDialog
        open={asking}
        title='确定要挂失吗？'
        message='挂失以后，这张旧卡就不能再用了，会马上换一张新卡，要重新打印。'
        confirmLabel='确定挂失'
        cancelLabel='不挂失'
        onConfirm={reportLost}
        onCancel={() => setAsking(false)}
      />
    </View>
  );
}
