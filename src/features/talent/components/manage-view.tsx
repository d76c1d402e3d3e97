// 人才库管理 for the pool's manager: post a request for a unit she manages, see her requests with their state, and
// for one request the candidates in ranked order (same community first) with 邀请 beside each.
import { useState } from 'react';
import { View } from '@tarojs/components';
import type { TalentCandidate } from '../../../../contracts/talent';
import { slotWords } from '../../../../contracts/talent-slots';
import { BigButton } from '../../../components/big-button';
import { Card } from '../../../components/card';
import { ChoiceList } from '../../../components/choice-list';
import { ListRow } from '../../../components/list-row';
import { TextField } from '../../../components/text-field';
import { Said } from '../../../entities/remote/said-line';
import { useAction } from '../../../entities/remote/use-action';
import { RemoteView } from '../../../entities/remote/remote-view';
import { useRemote } from '../../../entities/remote/use-remote';
import { grantsInScope } from '../../../entities/session/scopes';
import { useSession } from '../../../entities/session/use-session';
import { dateWords } from '../../../entities/time/calendar';
import { getCandidates } from '../api/get-candidates';
import { getRequests } from '../api/get-requests';
import { inviteCandidate } from '../api/invite-candidate';
import { postRequest } from '../api/post-request';
import { DISTANCE_WORDS, requestStatusWords } from '../talent-words';
import './talent.scss';

export function ManageView({ initialRequest }: { initialRequest?: number }) {
  const [openId, setOpenId] = useState<number | null>(initialRequest ?? null);
  const remote = useRemote(getRequests, []);
  if (openId !== null)
    return (
      <View className='talent-stack'>
        <BigButton variant='secondary' onClick={() => setOpenId(null)}>
          回到需求列表
        </BigButton>
        <CandidatesView requestId={openId} />
      </View>
    );
  return (
    <RemoteView remote={remote} loading='正在读取人才需求，请稍等。' failed='没能读取人才需求'>
      {({ requests, fields }) => (
        <View className='talent-stack'>
          <PostForm fields={fields} onPosted={(id) => setOpenId(id)} />
          <View className='talent-heading'>已经发布的需求</View>
          {requests.length === 0 ? <View className='talent-note'>还没有发布过人才需求。</View> : null}
          {requests.map((r) => (
            <ListRow
              key={r.id}
              title={`${r.unitName}：${r.text}`}
              description={`${r.field} · ${dateWords(r.postedAt)}发布`}
              status={requestStatusWords(r)}
              onClick={() => setOpenId(r.id)}
            />
          ))}
        </View>
      )}
    </RemoteView>
  );
}

function PostForm({ fields, onPosted }: { fields: string[]; onPosted: (id: number) => void }) {
  const { user } = useSession();
  const units = user ? grantsInScope(user, 'manageTalent') : [];
  // Posted for the unit she manages (the first, when she manages several).
  const unit = units[0]?.orgUnitId ?? null;
  const [field, setField] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const { run, busy, said, say } = useAction();
  const send = () => {
    const found: Record<string, string> = {};
    if (field === null) found.field = '请选需要哪个领域的人才。';
    if (text.trim() === '') found.text = '请写一下需要什么样的帮忙，例如：每周三下午在民情调解室。';
    setProblems(found);
    const count = Object.keys(found).length;
    if (count > 0 || unit === null) {
      say({ ok: false, text: `还有${count}处没有填好，请看每一项下面的提示。` });
      return;
    }
    void run((id) => postRequest({ orgUnitId: unit, field: field as string, text }, id), {
      sentence: () => '需求已经发布。下面是按远近排好的人选，请邀请合适的同志。',
      then: ({ request }) => onPosted(request.id),
    });
  };
  return (
    <Card title='发布人才需求'>
      <ChoiceList
        id='talent-request-field'
        label='需要哪个领域的人才'
        choices={fields.map((f) => ({ value: f, label: f }))}
        selected={field}
        onSelect={setField}
        layout='grid'
      />
      {problems.field ? <View className='talent-note talent-note--failed'>{problems.field}</View> : null}
      <TextField
        id='talent-request-text'
        label='需要什么样的帮忙'
        value={text}
        onChange={setText}
        hint='例如：需要一位懂法律的老党员，每周三下午在民情调解室。'
        error={problems.text ?? null}
        multiline
        maxLength={200}
      />
      <Said
        said={said}
        className='talent-note'
        doneClassName='talent-note--done'
        failedClassName='talent-note--failed'
      />
      <BigButton variant='primary' onClick={send} busy={busy}>
        发布需求
      </BigButton>
    </Card>
  );
}

function CandidatesView({ requestId }: { requestId: number }) {
  const remote = useRemote(() => getCandidates(requestId), [requestId]);
  return (
    <RemoteView remote={remote} loading='正在排人选，请稍等。' failed='没能读取人选'>
      {({ request, candidates }) => (
        <View className='talent-stack'>
          <Card title={`${request.unitName}的需求`}>
            <View>{request.text}</View>
            <View>领域：{request.field}</View>
            <View>状态：{requestStatusWords(request)}</View>
          </Card>
          {candidates.length === 0 ? (
            <View className='talent-note'>区里暂时没有这个领域、同意加入人才库的同志。</View>
          ) : (
            candidates.map((c) => (
              <CandidateCard
                key={c.personId}
                requestId={requestId}
                candidate={c}
                matched={request.status === 'matched'}
              />
            ))
          )}
        </View>
      )}
    </RemoteView>
  );
}

const INVITATION_WORDS = { pending: '已邀请，等他答复', accepted: '已答应', declined: '已婉拒' } as const;

function CandidateCard({
  requestId,
  candidate: c,
  matched,
}: {
  requestId: number;
  candidate: TalentCandidate;
  matched: boolean;
}) {
  const { run, busy, said } = useAction();
  return (
    <Card title={`${c.name}（${c.communityName ?? '本区'}，${DISTANCE_WORDS[c.distance]}）`}>
      <View>专长：{c.specialities.join('、')}</View>
      {c.qualifications ? <View>资质：{c.qualifications}</View> : null}
      <View>有空：{c.availability.map(slotWords).join('、')}</View>
      {c.available !== null ? <View>{c.available ? '需求的时间他有空。' : '需求的时间他没空。'}</View> : null}
      {c.health !== undefined && c.health !== null ? <View>身体情况：{c.health}</View> : null}
      {c.invitation ? <View>{INVITATION_WORDS[c.invitation]}</View> : null}
      <Said
        said={said}
        className='talent-note'
        doneClassName='talent-note--done'
        failedClassName='talent-note--failed'
      />
      {!c.invitation && !matched && !said?.ok ? (
        <BigButton
          variant='primary'
          busy={busy}
          onClick={() =>
            void run((id) => inviteCandidate(requestId, c.personId, id), {
              sentence: () => `已经邀请${c.name}，他会在“我的消息”里看到，答复后会告诉您。`,
            })
          }
        >
          {`邀请${c.name}`}
        </BigButton>
      ) : null}
    </Card>
  );
}
