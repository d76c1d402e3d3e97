import { describeRoles } from './role-names';

it('names a person’s roles in Chinese, or says there are none', () => {
  expect(describeRoles(['member', 'secretary'])).toBe('党员、支部书记');
  expect(describeRoles([])).toBe('还没有身份');
});
