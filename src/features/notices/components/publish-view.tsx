// 发新通知 / 修改通知 from a phone: whom it goes to, a title, a big text box, 普通 or 重要, 收到, 放在最上面 and how long it
// shows; then a preview in large type with the full sentence of who will receive it, and 确认发出.
import { View } from '@tarojs/components';
import { useMemo, useState } from 'react';
import type { AudienceUnit, NoticeDetail } from '../../../../contracts/notices';
import { NOTICE_BODY_MAX, NOTICE_TITLE_MAX } from '../../../../contracts/notice-limits';
import { BigButton } from '../../../components/big-button';
import { Card } from '../../../components/card';
import { ChoiceList } from '../../../components/choice-list';
import { ErrorNote } from '../../../components/error-note';
import { TextField } from '../../../components/text-field';
import { RemoteView } from '../../../entities/remote/remote-view';
import { Said } from '../../../entities/remote/said-line';
import { useAction } from '../../../entities/remote/use-action';
import { useRemote } from '../../../entities/remote/use-remote';
import { a11y } from '../../../lib/a11y';
import { getAudience } from '../api/get-audience';
import { getNotice } from '../api/get-notice';
import { getTargets } from '../api/get-targets';
import { publishNotice } from '../api/publish-notice';
import { updateNotice } from '../api/update-notice';
import {
  EXPIRY_CHOICES,
  expiresAtFor,
  noticeLabels,
  paragraphsOf,
  PUBLISH_CHOICES,
  publishAtFor,
  type ExpiryChoice,
  type PublishChoice,
} from '../notice-words';
import { NOTICE_ROUTES, openNoticePage, replaceWithNotice } from '../routes';
import { NoticeLabels } from './notice-item';
import './notices.scss';

interface Draft {
  unitId: number | null;
  title: string;
  body: string;
  importance: 'normal' | 'important';
  needsAck: 'yes' | 'no';
  pinned: 'yes' | 'no';
  expiry: ExpiryChoice;
  when: PublishChoice;
}

/** Publishing a new notice (no id) or editing one (its id). */
export function PublishView({ noticeId }: { noticeId: number | null }) {
  const remote = useRemote<{ units: AudienceUnit[]; notice: NoticeDetail | null }>(
    () =>
      noticeId === null
        ? getTargets().then((t) => ({ units: t.units, notice: null }))
        : getNotice(noticeId).then((n) => ({ units: [] as AudienceUnit[], notice: n.notice })),
    [noticeId],
  );
  return (
    <RemoteView remote={remote} loading='正在准备，请稍等。' failed='没能打开发通知的页面'>
      {({ units, notice }) => <PublishForm units={units} editing={notice} />}
    </RemoteView>
  );
}

function PublishForm({ units, editing }: { units: AudienceUnit[]; editing: NoticeDetail | null }) {
  const [draft, setDraft] = useState<Draft>(() => ({
    unitId: editing ? null : units.length === 1 ? units[0].id : null,
    title: editing?.title ?? '',
    body: editing?.body ?? '',
    importance: editing?.importance ?? 'normal',
    needsAck: editing?.needsAck ? 'yes' : 'no',
    pinned: editing?.pinned ? 'yes' : 'no',
    expiry: 'never',
    when: 'now',
  }));
  const [step, setStep] = useState<'form' | 'preview' | 'sent'>('form');
  const [errors, setErrors] = useState<{ unit?: string; title?: string; body?: string }>({});
  const [audienceSentence, setAudienceSentence] = useState<string | null>(null);
  const { run, busy, said, say } = useAction();
  const [result, setResult] = useState<{ id: number; message: string } | null>(null);
  // One request id per preview (the send's intent): pressing 确认发出 twice (or a resend on a bad network) publishes once.
  const [previewed, setPreviewed] = useState(0);
  const set = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));
  const unitChoices = useMemo(
    () => units.map((u) => ({ value: u.id, label: u.name, description: `${u.members} 位党员` })),
    [units],
  );

  const preview = () => {
    const found: typeof errors = {};
    if (!editing && draft.unitId === null) found.unit = '请选择这条通知发给谁。';
    if (draft.title.trim() === '') found.title = '请填写标题。';
    if (draft.body.trim() === '') found.body = '请填写通知的内容。';
    setErrors(found);
    say(null);
    if (Object.keys(found).length > 0) return;
    setPreviewed((n) => n + 1);
    if (editing) {
      setAudienceSentence(`修改后，${editing.audienceName} 的党员会看到“已更新”。`);
      setStep('preview');
      return;
    }
    void run(() => getAudience(draft.unitId as number), {
      intent: 'audience',
      then: (a) => {
        setAudienceSentence(a.sentence);
        setStep('preview');
      },
    });
  };

  const send = () => {
    say(null);
    const content = {
      title: draft.title,
      body: draft.body,
      importance: draft.importance,
      needsAck: draft.needsAck === 'yes',
      pinned: draft.pinned === 'yes',
    };
    const sending = (requestId: string) =>
      editing
        ? updateNotice({ ...content, noticeId: editing.id, expiresAt: editing.expiresAt }, requestId).then((r) => ({
            id: r.notice.id,
            message: r.message,
          }))
        : publishNotice(
            {
              ...content,
              audienceOrgUnitId: draft.unitId as number,
              publishAt: publishAtFor(draft.when, new Date()),
              expiresAt: expiresAtFor(draft.expiry, new Date()),
            },
            requestId,
          ).then((r) => ({ id: r.notice.id, message: r.message }));
    void run(sending, {
      intent: `send:${previewed}`,
      then: (r) => {
        setResult(r);
        setStep('sent');
      },
    });
  };

  if (step === 'sent' && result) {
    return (
      <View className='notice-detail'>
        <View className='notices-summary' {...a11y({ role: 'status', live: 'polite' })}>
          {result.message}
        </View>
        <BigButton variant='primary' onClick={() => replaceWithNotice(result.id)}>
          看看这条通知
        </BigButton>
        <BigButton onClick={() => openNoticePage(NOTICE_ROUTES.manage)}>看我发的所有通知</BigButton>
      </View>
    );
  }

  if (step === 'preview') {
    return (
      <View className='notice-detail'>
        <View className='notices-summary' {...a11y({ role: 'heading', level: 2 })}>
          请看一下，大家看到的通知是这样的：
        </View>
        <View className='notice-preview notice-detail'>
          <NoticeLabels
            labels={noticeLabels({
              pinned: draft.pinned === 'yes',
              importance: draft.importance,
              read: false,
              updated: editing !== null,
              updatedSinceRead: false,
              needsAck: draft.needsAck === 'yes',
              acknowledged: false,
            })}
          />
          <View className='notice-detail__title'>{draft.title}</View>
          <View className='notice-detail__body'>
            {paragraphsOf(draft.body).map((p, i) => (
              <View key={i}>{p}</View>
            ))}
          </View>
        </View>
        <View className='notices-summary'>{audienceSentence}</View>
        {draft.needsAck === 'yes' ? (
          <View className='notice-sentence'>大家看完要按“收到”，您可以在“看谁看了”里看到谁还没按。</View>
        ) : null}
        <Said said={said} failedNote />
        <BigButton variant='primary' onClick={send} busy={busy} busyLabel='正在发出…'>
          {editing ? '确认修改' : draft.when === 'now' ? '确认发出' : '确认，明天早上8点发出'}
        </BigButton>
        <BigButton onClick={() => setStep('form')}>返回修改</BigButton>
      </View>
    );
  }

  return (
    <View className='notice-detail notice-publish'>
      {editing ? (
        <View className='notice-sentence'>正在修改发给 {editing.audienceName} 的通知。原来的内容会保留。</View>
      ) : units.length === 0 ? (
        <ErrorNote>您现在没有可以发通知的支部或单位。如有需要，请联系上级管理员。</ErrorNote>
      ) : units.length === 1 ? (
        <View className='notice-sentence'>
          这条通知发给：{units[0].name}（{units[0].members} 位党员）。
        </View>
      ) : (
        <Card title='发给谁'>
          <ChoiceList
            label='发给谁'
            showLabel={false}
            choices={unitChoices}
            selected={draft.unitId}
            onSelect={(unitId) => set({ unitId })}
          />
          {errors.unit ? <ErrorNote>{errors.unit}</ErrorNote> : null}
        </Card>
      )}
      <TextField
        id='notice-title'
        label='标题'
        value={draft.title}
        onChange={(title) => set({ title })}
        maxLength={NOTICE_TITLE_MAX}
        placeholder='例如 本周四下午组织生活会'
        error={errors.title}
      />
      <TextField
        id='notice-body'
        label='内容'
        hint='写清楚时间、地点和要做的事。每段换一行。'
        value={draft.body}
        onChange={(body) => set({ body })}
        maxLength={NOTICE_BODY_MAX}
        multiline
        error={errors.body}
      />
      <ChoiceList
        id='notice-importance'
        label='重要程度'
        layout='grid'
        choices={[
          { value: 'normal', label: '普通' },
          { value: 'important', label: '重要' },
        ]}
        selected={draft.importance}
        onSelect={(importance) => set({ importance })}
      />
      <ChoiceList
        id='notice-ack'
        label='要不要大家看完按“收到”'
        layout='grid'
        choices={[
          { value: 'no', label: '不用' },
          { value: 'yes', label: '要按“收到”' },
        ]}
        selected={draft.needsAck}
        onSelect={(needsAck) => set({ needsAck })}
      />
      <ChoiceList
        id='notice-pinned'
        label='放在最上面吗'
        layout='grid'
        choices={[
          { value: 'no', label: '不用' },
          { value: 'yes', label: '放在最上面' },
        ]}
        selected={draft.pinned}
        onSelect={(pinned) => set({ pinned })}
      />
      {editing ? null : (
        <ChoiceList
          id='notice-when'
          label='什么时候发'
          layout='grid'
          choices={PUBLISH_CHOICES}
          selected={draft.when}
          onSelect={(when) => set({ when })}
        />
      )}
      {editing ? null : (
        <ChoiceList
          id='notice-expiry'
          label='显示多久'
          layout='grid'
          choices={EXPIRY_CHOICES}
          selected={draft.expiry}
          onSelect={(expiry) => set({ expiry })}
        />
      )}
      <Said said={said} failedNote />
      <BigButton variant='primary' onClick={preview} busy={busy} disabled={!editing && units.length === 0}>
        预览
      </BigButton>
    </View>
  );
}
