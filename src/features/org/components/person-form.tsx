// Correcting a record: only what changed is sent; the server checks every field and says what is wrong.
import { useState } from 'react';
import { View } from '@tarojs/components';
import type { PersonDetail } from '../../../../contracts/org';
import { BigButton } from '../../../components/big-button';
import { Card } from '../../../components/card';
import { ChoiceList } from '../../../components/choice-list';
import { TextField } from '../../../components/text-field';
import { Said } from '../../../entities/remote/said-line';
import { useAction } from '../../../entities/remote/use-action';
import { updatePerson } from '../api/update-person';

interface Props {
  person: PersonDetail;
  canRename: boolean;
  onSaved: (person: PersonDetail) => void;
  onCancel: () => void;
}

export function PersonForm({ person, canRename, onSaved, onCancel }: Props) {
  const [name, setName] = useState(person.name);
  const [gender, setGender] = useState<'男' | '女' | null>(
    person.gender === '男' || person.gender === '女' ? person.gender : null,
  );
  const [birthYear, setBirthYear] = useState(person.birthYear ? String(person.birthYear) : '');
  const [phone, setPhone] = useState(person.phone && !person.phone.includes('*') ? person.phone : '');
  const [joined, setJoined] = useState(person.joinedPartyOn ?? '');
  const [post, setPost] = useState(person.formerPost ?? '');
  const [skills, setSkills] = useState(person.skills ?? '');
  const { run, busy, said, say } = useAction();

  const save = async () => {
    const change: Parameters<typeof updatePerson>[0] = { personId: person.id };
    if (canRename && name.trim() !== person.name) change.name = name.trim();
    if (gender !== person.gender && gender !== null) change.gender = gender;
    if (birthYear.trim() !== (person.birthYear ? String(person.birthYear) : '')) {
      if (!/^\d{4}$/.test(birthYear.trim())) return say({ ok: false, text: '出生年份请写四位数的年份，例如 1948。' });
      change.birthYear = Number(birthYear.trim());
    }
    if (phone.trim() && phone.trim() !== person.phone) change.phone = phone.trim();
    if (joined.trim() !== (person.joinedPartyOn ?? '')) change.joinedPartyOn = joined.trim() || null;
    if (post.trim() !== (person.formerPost ?? '')) change.formerPost = post.trim() || null;
    if (skills.trim() !== (person.skills ?? '')) change.skills = skills.trim() || null;
    if (Object.keys(change).length === 1) return say({ ok: false, text: '您还没有改动什么。' });
    say(null);
    await run((requestId) => updatePerson(change, requestId), {
      intent: JSON.stringify(change),
      unexplained: '没有保存上，请再试一次。',
      then: (saved) => onSaved(saved.person),
    });
  };
  return (
    <Card title='修改资料'>
      <View className='org-form'>
        {canRename ? <TextField id='edit-name' label='姓名' value={name} onChange={setName} maxLength={20} /> : null}
        <ChoiceList
          label='性别'
          id='edit-gender'
          layout='grid'
          choices={[
            { value: '男', label: '男' },
            { value: '女', label: '女' },
          ]}
          selected={gender}
          onSelect={(g) => setGender(g as '男' | '女')}
        />
        <TextField
          id='edit-birth'
          label='出生年份'
          value={birthYear}
          onChange={setBirthYear}
          maxLength={4}
          hint='四位数，例如 1948。'
        />
        <TextField
          id='edit-phone'
          label='手机号'
          value={phone}
          onChange={setPhone}
          maxLength={13}
          hint={person.phone?.includes('*') ? `现在登记的是 ${person.phone}。要改才填新的号码。` : '11 位数字。'}
        />
        <TextField
          id='edit-joined'
          label='入党时间'
          value={joined}
          onChange={setJoined}
          maxLength={10}
          hint='例如 1975-07。'
        />
        <TextField id='edit-post' label='原单位职务' value={post} onChange={setPost} maxLength={60} />
        <TextField
          id='edit-skills'
          label='特长'
          value={skills}
          onChange={setSkills}
          maxLength={200}
          hint='例如 书法、摄影、法律咨询。'
        />
        <Said said={said} failedNote />
        <BigButton variant='primary' onClick={() => void save()} busy={busy} busyLabel='正在保存…'>
          保存
        </BigButton>
        <BigButton onClick={onCancel}>不改了</BigButton>
      </View>
    </Card>
  );
}
