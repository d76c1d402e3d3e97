import { groupedCode, statementParts } from './certificate-lines';

it('prints the check code in groups of four, to read out and type', () => {
  expect(groupedCode('abcdEFGH1234_-xy')).toBe('abcd EFGH 1234 _-xy');
  expect(groupedCode('abc')).toBe('abc');
});

it('cuts the statement where the name and the hours are, to show them in bold', () => {
  expect(statementParts({ statement: '兹证明 夏文华 帮助老人，累计 2小时。', emphasis: ['夏文华', '2小时'] })).toEqual([
    { text: '兹证明 ', strong: false },
    { text: '夏文华', strong: true },
    { text: ' 帮助老人，累计 ', strong: false },
    { text: '2小时', strong: true },
    { text: '。', strong: false },
  ]);
  expect(statementParts({ statement: '兹证明。', emphasis: ['不在里面'] })).toEqual([
    { text: '兹证明。', strong: false },
  ]);
});
