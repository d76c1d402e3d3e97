// Deterministic, believable Chinese names for the demo city (a tiny seeded PRNG keeps every seed identical).
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘蔡蒋余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN =
  '建国 建华 国庆 国强 志强 秀英 桂英 秀兰 玉兰 桂兰 淑珍 淑华 德明 德华 明华 文华 振华 红梅 秀珍 凤英 卫东 卫国 解放 援朝 永胜 和平 春华 秋菊 冬梅 金凤 玉珍 丽华 海燕 志明 志刚 伟民 爱民 新民 光明 福生 长生 宝珍 惠芳 素芬 美玲 学军 胜利 跃进 兴华 少华'.split(
    ' ',
  );

/** mulberry32: small, fast, good enough for demo data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function nameMaker(seed: number): () => string {
  const rand = seededRandom(seed);
  return () => SURNAMES[Math.floor(rand() * SURNAMES.length)] + GIVEN[Math.floor(rand() * GIVEN.length)];
}
