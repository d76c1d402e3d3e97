// 我的人才档案: her field, specialities, qualifications, free half-days, health (for her and the pool's manager only),
// whether her name may be on the 服务菜单, and the consent: a big 我同意 that says what it means and until when, and
// 撤回同意 in one tap after a confirm that says what happens.
import { useState } from 'react';
import { View } from '@tarojs/components';
import type { TalentApi, TalentProfile } from '../../../../contracts/talent';
import {
  AVAILABILITY_SLOTS,
  slotWords,
  splitSpecialities,
  type AvailabilitySlot,
} from '../../../../contracts/talent-slots';
import { BigButton } from '../../../components/big-button';
import { Card } from '../../../components/card';
import { ChoiceList } from '../../../components/choice-list';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ListRow } from '../../../components/list-row';
import { TextField } from '../../../components/text-field';
import { Said } from '../../../entities/remote/said-line';
import { useAction } from '../../../entities/remote/use-action';
import { RemoteView } from '../../../entities/remote/remote-view';
import { useRemote } from '../../../entities/remote/use-remote';
import { plainDateWords } from '../../../entities/time/calendar';
import { getProfile } from '../api/get-profile';
import { updateProfile } from '../api/update-profile';
import { withdrawConsent } from '../api/withdraw-consent';
import { consentWords } from '../talent-words';
import './talent.scss';

export function ProfileView() {
  const remote = useRemote(getProfile, []);
  return (
    <RemoteView remote={remote} loading='正在读取您的人才档案，请稍等。' failed='没能读取您的人才档案'>
      {(data) => <ProfileForm data={data} />}
    </RemoteView>
  );
}

function ProfileForm({ data }: { data: TalentApi['profile']['output'] }) {
  // The answer of a save or a withdrawal is the profile as it now stands: shown at once, without a reload.
  const [p, setP] = useState<TalentProfile | null>(data.profile);
  const [field, setField] = useState<string | null>(p?.field ?? null);
  const [specialities, setSpecialities] = useState(p?.specialities.join('、') ?? '');
  const [qualifications, setQualifications] = useState(p?.qualifications ?? '');
  const [slots, setSlots] = useState<AvailabilitySlot[]>(p?.availability ?? []);
  const [health, setHealth] = useState(p?.health ?? '');
  const [listed, setListed] = useState(p?.listed ?? true);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [asking, setAsking] = useState(false);
  const save = useAction();
  const withdraw = useAction();

  const toggle = (slot: AvailabilitySlot) =>
    setSlots((now) => (now.includes(slot) ? now.filter((s) => s !== slot) : [...now, slot]));

  const agree = () => {
    const found: Record<string, string> = {};
    if (field === null) found.field = '请选一个领域。';
    if (splitSpecialities(specialities).length === 0) found.specialities = '请至少写一项专长，例如：民事调解。';
    if (slots.length === 0) found.slots = '请至少选一个有空的半天。';
    setProblems(found);
    const count = Object.keys(found).length;
    if (count > 0) {
      save.say({ ok: false, text: `还有${count}处没有填好，请看每一项下面的提示。` });
      return;
    }
    void save.run(
      (requestId) =>
        updateProfile(
          {
            field: field as string,
            specialities: splitSpecialities(specialities),
            availability: slots,
            ...(qualifications.trim() ? { qualifications } : {}),
            ...(health.trim() ? { health } : {}),
            listed,
            consent: true,
          },
          requestId,
        ),
      {
        sentence: ({ profile }) =>
          `已经保存。您在${plainDateWords(profile.consent.givenAt ?? new Date())}同意加入人才库，两年内有效。`,
        then: ({ profile }) => setP(profile),
      },
    );
  };

  return (
    <View className='talent-stack'>
      <Card title='我的同意'>
        <View>
          {p ? consentWords(p.consent) : consentWords({ state: 'none', givenAt: null, until: null, withdrawnAt: null })}
        </View>
      </Card>
      <ChoiceList
        id='talent-field'
        label='我擅长的领域'
        choices={data.fields.map((f) => ({ value: f, label: f }))}
        selected={field}
        onSelect={setField}
        layout='grid'
      />
      {problems.field ? <View className='talent-note talent-note--failed'>{problems.field}</View> : null}
      <TextField
        id='talent-specialities'
        label='我的专长'
        value={specialities}
        onChange={setSpecialities}
        hint='几项专长之间用顿号隔开，例如：民事调解、法律咨询。'
        error={problems.specialities ?? null}
        maxLength={100}
      />
      <TextField
        id='talent-qualifications'
        label='资质和经历（可以不填）'
        value={qualifications}
        onChange={setQualifications}
        hint='例如：原区人民法院审判员。'
        multiline
        maxLength={200}
      />
      <View className='talent-heading'>我有空的时间</View>
      {problems.slots ? <View className='talent-note talent-note--failed'>{problems.slots}</View> : null}
      {AVAILABILITY_SLOTS.map((slot) => (
        <ListRow
          key={slot}
          title={slotWords(slot)}
          kind='button'
          status={slots.includes(slot) ? '✓ 有空' : '没空'}
          onClick={() => toggle(slot)}
        />
      ))}
      <TextField
        id='talent-health'
        label='身体情况（可以不填）'
        value={health}
        onChange={setHealth}
        hint='只有您自己和人才库负责人看得到，安排时会照顾您。'
        multiline
        maxLength={200}
      />
      <ListRow
        title='在服务菜单上列出我的名字'
        description='只列出姓名和所在社区，不列电话和其他信息。'
        kind='button'
        status={listed ? '✓ 列出' : '不列出'}
        onClick={() => setListed(!listed)}
      />
      <View className='talent-note'>
        按“我同意”，就是同意社区需要帮忙时邀请您。同意从今天算起两年内有效，到时候会再问您；您随时可以撤回。
      </View>
      <Said
        said={save.said}
        className='talent-note'
        doneClassName='talent-note--done'
        failedClassName='talent-note--failed'
      />
      <BigButton variant='primary' onClick={agree} busy={save.busy}>
        我同意，保存我的档案
      </BigButton>
      {p && p.consent.state === 'active' ? (
        <>
          <Said
            said={withdraw.said}
            className='talent-note'
            doneClassName='talent-note--done'
            failedClassName='talent-note--failed'
          />
          <BigButton variant='secondary' onClick={() => setAsking(true)} busy={withdraw.busy}>
            撤回同意
          </BigButton>
          <ConfirmDialog
            open={asking}
            title='撤回同意'
            message='撤回以后，社区不会再邀请您。您的档案会留着，以后想回来，再按“我同意”就行。确定要撤回吗？'
            confirmLabel='确定撤回'
            cancelLabel='不撤回'
            onCancel={() => setAsking(false)}
            onConfirm={() => {
              setAsking(false);
              void withdraw.run((requestId) => withdrawConsent(requestId), {
                sentence: () => '已经撤回。社区不会再邀请您，您的档案还留着。',
                then: ({ profile }) => setP(profile),
              });
            }}
          />
        </>
      ) : null}
    </View>
  );
}
