// Correcting a record: every mistake is said at once beside its box before anything is sent; then only what changed
// is sent, and the server checks every field again.
import { useState } from 'react';
import { View } from '@tarojs/components';
import type { PersonDetail } from '../../../../contracts/org';
import { BigButton } from '../../../components/big-button';
import { Card } from '../../../components/card';
import { ChoiceList } from '../../../components/choice-list';
import { TextField } from '../../../components/text-field';
import { Said } from '../../../entities/remote/said-line';
import { useAction } from '../../../entities/remote/use-action';
import { hasProblems, problemsSentence, type Problems } from '../../../lib/form-problems';
import { updatePerson } from '../api/update-person';
import { cleanPhone, personProblems, type PersonField } from '../person-problems';
import { recordDateWords, typedPartyDate } from '../roster-words';

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
  const [joined, setJoined] = useState(person.joinedPartyOn ? recordDateWords(person.joinedPartyOn) : '');
  const [post, setPost] = useState(person.formerPost ?? '');
  const [skills, setSkills] = useState(person.skills ?? '');
  const [problems, setProblems] = useState<Problems<PersonField>>({});
  const { run, busy, said, say } = useAction();
  const joinedAs = typedPartyDate(joined);

  const save = async () => {
    const found = personProblems({ name, birthYear, phone, joined }, canRename);
    setProblems(found);
    if (hasProblems(found)) return say({ ok: false, text: problemsSentence(found) ?? '' });
    const change: Parameters<typeof updatePerson>[0] = { personId: person.id };
    if (canRename && name.trim() !== person.name) change.name = name.trim();
    if (gender !== person.gender && gender !== null) change.gender = gender;
    if (birthYear.trim() !== (person.birthYear ? String(person.birthYear) : ''))
      change.birthYear = Number(birthYear.trim());
    if (phone.trim() && cleanPhone(phone.trim()) !== person.phone) change.phone = cleanPhone(phone.trim());
    const joinedOn = joined.trim() ? joinedAs : null;
    if (joinedOn !== person.joinedPartyOn) change.joinedPartyOn = joinedOn;
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
        {canRename ? (
          <TextField id='edit-name' label='姓名' value={name} onChange={setName} maxLength={20} error={problems.name} />
        ) : null}
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
          error={problems.birthYear}
        />
        <TextField
          id='edit-phone'
          label='手机号'
          value={phone}
          onChange={setPhone}
          maxLength={13}
          hint={person.phone?.includes('*') ? `现在登记的是 ${person.phone}。要改才填新的号码。` : '11 位数字。'}
          error={problems.phone}
        />
        <TextField
          id='edit-joined'
          label='入党时间'
          value={joined}
          onChange={setJoined}
          maxLength={12}
          hint={joinedHint(person.joinedPartyOn, joinedAs)}
          error={problems.joined}
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

/** Under 入党时间: what is on record, and what she typed said back in words, so a slip shows before saving. */
function joinedHint(onRecord: string | null, typed: string | null): string {
  if (typed && typed !== onRecord) return `是${recordDateWords(typed)}。`;
  return onRecord ? `现在登记的是${recordDateWords(onRecord)}。` : '写年份和月份，例如 1975年7月。';
}
