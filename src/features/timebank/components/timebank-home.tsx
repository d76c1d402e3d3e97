// 我的时间银行: her hours in one sentence ("您存了12小时，可以随时用。"), the visits waiting for her "对，确认", who is
// coming to help and when, and one main action, 请人帮忙. Giving hours to a relative or the pool, 开具服务时间证明,
// her card, and (for a helper or a secretary) their own screens are below it.
import { View } from '@tarojs/components';
import type { User } from '../../../../contracts/account';
import { BigButton } from '../../../components/big-button';
import { Card } from '../../../components/card';
import { ListRow } from '../../../components/list-row';
import { getMyFamily } from '../../../entities/family/api/get-my-family';
import { RemoteView } from '../../../entities/remote/remote-view';
import { useRemote } from '../../../entities/remote/use-remote';
import { holdsScope } from '../../../entities/session/scopes';
import { a11y } from '../../../lib/a11y';
import { getBalance } from '../api/get-balance';
import { getRequests } from '../api/get-requests';
import { getToConfirm } from '../api/get-to-confirm';
import { openTimebankPage } from '../routes';
import { hoursWords, requestSentence } from '../timebank-words';
import { GiveHours } from './give-hours';
import './timebank.scss';

/** Requests still to come or waiting for her, shown on the home screen (done and cancelled ones are history). */
const CURRENT = new Set(['awaiting_approval', 'open', 'matched', 'visiting', 'visited']);

export function TimebankHome({ user }: { user: User }) {
  const remote = useRemote(async () => {
    const [balance, confirm, mine, family] = await Promise.all([
      getBalance(),
      getToConfirm(),
      getRequests({ mine: true }),
      getMyFamily(),
    ]);
    return { balance, visits: confirm.visits, requests: mine.requests, members: family.members };
  }, []);
  return (
    <RemoteView remote={remote} loading='正在读取您的时间银行，请稍等。' failed='没能读取时间银行'>
      {({ balance, visits, requests, members }) => {
        // Her own asks and those for the elders she acts for; the helper's taken requests are on 我能帮忙.
        const asked = requests.filter((r) => CURRENT.has(r.status) && r.helper?.id !== user.id);
        return (
          <View className='timebank-stack'>
            <View className='timebank-note timebank-note--done' {...a11y({ role: 'status' })}>
              <View className='timebank-big-sentence'>{balance.sentence}</View>
              {balance.awaitingConfirmation > 0 ? (
                <View>还有{hoursWords(balance.awaitingConfirmation)}等对方确认，确认以后才记到您的名下。</View>
              ) : null}
              {balance.dormant ? <View>您一年没有用时间银行了，存的时间都还在。</View> : null}
            </View>
            {visits.length > 0 ? (
              <Card title='请您确认'>
                {visits.map((v) => (
                  <ListRow
                    key={v.id}
                    title={v.question}
                    description={v.timeLeft}
                    onClick={() => openTimebankPage('confirm', { visit: v.id })}
                  />
                ))}
              </Card>
            ) : null}
            <BigButton variant='primary' onClick={() => openTimebankPage('ask')}>
              请人帮忙
            </BigButton>
            {asked.length > 0 ? (
              <Card title='谁来帮您'>
                {asked.map((r) => (
                  <View key={r.id} className='timebank-note'>
                    <View>{requestSentence(r, user.id)}</View>
                  </View>
                ))}
              </Card>
            ) : null}
            <GiveHours balance={balance} />
            <BigButton onClick={() => openTimebankPage('certificate')}>开具服务时间证明</BigButton>
            <ListRow
              title='我的服务卡'
              description='印着您的二维码，来帮忙的人到了和走时各扫一次。'
              onClick={() => openTimebankPage('card')}
            />
            {members.map((m) => (
              <ListRow
                key={m.id}
                title={`${m.name}的服务卡`}
                description='您的家人的卡，打印出来交给他（她）收好。'
                onClick={() => openTimebankPage('card', { person: m.id })}
              />
            ))}
            <ListRow
              title='我能帮忙'
              description='60到70岁的党员，帮高龄老人做点事，时间存起来以后用。'
              onClick={() => openTimebankPage('help')}
            />
            {holdsScope(user, 'manageBranch') ? (
              <ListRow
                title='时间银行管理'
                description='本支部、本街道的请求、异议、代老人确认和覆盖率。'
                onClick={() => openTimebankPage('branch')}
              />
            ) : null}
          </View>
        );
      }}
    </RemoteView>
  );
}
