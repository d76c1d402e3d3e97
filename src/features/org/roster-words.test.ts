import {
  confirmDeceasedWords,
  confirmTransferWords,
  recordDateWords,
  personLine,
  spacedCode,
  typedDay,
  typedPartyDate,
} from './roster-words';

describe('roster words', () => {
  it('names the person in every question that cannot be undone', () => {
    expect(confirmTransferWords('张秀英', '镇海社区离退休干部党支部')).toBe(
      '确定要把张秀英同志转到“镇海社区离退休干部党支部”吗？要等那个支部的书记接收以后，张秀英同志才会转过去。',
    );
    expect(confirmDeceasedWords('李建国', '2026-11-20')).toBe(
      '确定要登记李建国同志已于2026年11月20日 星期五去世吗？登记以后，他会从在册名单中移出，档案和学习记录都会保留。',
    );
  });

  it('describes a row and reads typed dates and codes', () => {
    expect(personLine({ phone: '139****1234', orgUnitName: '莲花社区离退休干部党支部', status: 'active' })).toBe(
      '手机 139****1234，莲花社区离退休干部党支部',
    );
    expect(personLine({ phone: null, orgUnitName: '莲花', status: 'deceased' })).toBe('没有登记手机，莲花，已故');
    expect(typedDay('2026年11月2日')).toBe('2026-11-02');
    expect(typedDay('2026/2/30')).toBeNull();
    expect(spacedCode('ABCDEFGH')).toBe('ABCD EFGH');
  });

  it('says 入党时间 in words and reads it however it is written', () => {
    expect(recordDateWords('1966-08')).toBe('1966年8月');
    expect(recordDateWords('1966')).toBe('1966年');
    expect(recordDateWords('1966-08-05')).toBe('1966年8月5日');
    for (const typed of ['1966-08', '1966.8', '1966/8', '1966年8月', ' 1966 年 08 月 '])
      expect(typedPartyDate(typed)).toBe('1966-08');
    expect(typedPartyDate('1966')).toBe('1966');
    expect(typedPartyDate('1966年8月5日')).toBe('1966-08-05');
    for (const bad of ['七五年', '1966-13', '1966-02-30', '66-8', '1850-01']) expect(typedPartyDate(bad)).toBeNull();
  });
});
