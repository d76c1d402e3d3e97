// The demo library of the 有声书屋 "红色悦听": collections, books and chapter transcripts, all original text.
// The audio in ./demo-audio is generated from these transcripts by `node scripts/make-demo-audio.mjs`;
// edit a transcript and re-run it (manifest.json records a hash of each transcript so stale audio shows).

export interface DemoCollection {
  key: string;
  title: string;
  description: string;
  /** Dark enough for white text at ≥ 7:1. */
  coverColor: string;
}

export interface DemoChapter {
  /** '01', '02', … — also the file-name suffix of the chapter's audio. */
  key: string;
  title: string;
  /** What the audio says, word for word; shown in large text under the player. */
  transcript: string;
}

export interface DemoBook {
  /** Kebab-case ASCII; the audio files are `<key>-<chapter key>.mp3`. */
  key: string;
  collectionKey: string;
  title: string;
  author: string;
  reader: string;
  description: string;
  /** Dark enough for white text at ≥ 7:1. */
  coverColor: string;
  /** One or two characters printed large on the generated cover. */
  coverGlyph: string;
  chapters: readonly DemoChapter[];
}

/** One entry of demo-audio/manifest.json, keyed there by file name. */
export interface DemoAudioFile {
  bookKey: string;
  chapterKey: string;
  bytes: number;
  durationSeconds: number;
  sha256: string;
  /** sha256 of the transcript the file was spoken from. */
  transcriptSha256: string;
}

export interface DemoAudioManifest {
  voice: string;
  encoding: string;
  files: Record<string, DemoAudioFile>;
}

/** Folder of the generated MP3s and manifest.json, relative to the repository root. */
export const DEMO_AUDIO_DIR = 'backend/seed/demo-audio';

export function demoAudioFileName(bookKey: string, chapterKey: string): string {
  return `${bookKey}-${chapterKey}.mp3`;
}

const READER = '机器朗读（演示）';
const AUTHOR = '本馆编写组';

export const DEMO_COLLECTIONS: readonly DemoCollection[] = [
  { key: 'theme-education', title: '主题教育', description: '身边的榜样，家门口的服务。', coverColor: '#8E1B1B' },
  { key: 'party-history', title: '党史故事', description: '用平常话讲党的历史。', coverColor: '#7A2E0E' },
  { key: 'theory-study', title: '理论学习', description: '把学习放进每天的生活。', coverColor: '#1D3A6B' },
  { key: 'health', title: '健康养生', description: '给老年朋友的健康小提示。', coverColor: '#1E5631' },
];

export const DEMO_BOOKS: readonly DemoBook[] = [
  {
    key: 'party-history-stories',
    collectionKey: 'party-history',
    title: '党史小故事',
    author: AUTHOR,
    reader: READER,
    description: '用简单的话讲党走过的路，每集一两分钟，适合饭后慢慢听。',
    coverColor: '#7A2E0E',
    coverGlyph: '党史',
    chapters: [
      {
        key: '01',
        title: '南湖上的一条小船',
        transcript:
          '各位老同志，大家好。今天我们讲一条小船的故事。一九二一年七月，中国共产党第一次全国代表大会在上海开幕。会议开到一半受到了干扰，代表们转移到浙江嘉兴的南湖，在一条游船上接着开会。就在这条船上，会议通过了党的第一个纲领，中国共产党正式成立。那时候，全国的党员只有五十多人。一条小船，装着一群年轻人的理想。后来，人们把它叫做红船。',
      },
      {
        key: '02',
        title: '两万五千里长征',
        transcript:
          '今天讲长征。一九三四年秋天，红军主力离开江西，开始了战略转移。一路上，他们爬雪山、过草地，缺衣少粮，常常一天要走一百多里路。很多战士把最后一口干粮让给了伤员。到了一九三六年十月，红军三大主力胜利会师，走过的路程有两万五千里。长征告诉我们，信念坚定的队伍是压不垮的。我们年轻时常听长征的故事，如今讲给孙辈听，也是一种传承。',
      },
      {
        key: '03',
        title: '新中国成立的那一天',
        transcript:
          '一九四九年十月一日，中华人民共和国成立了。那天下午，北京天安门广场上人山人海，五星红旗第一次升了起来。从那一天起，国家开始了新的建设。修铁路、建工厂、办学校，一样一样从头干起。在座的不少老同志，就是在那个年代长大的，后来又把一辈子献给了自己的岗位。回头看看，今天的好日子，是一代又一代人接力干出来的。听完这一集，不妨和老伙伴聊聊您记忆里的那些年。',
      },
    ],
  },
  {
    key: 'service-post-stories',
    collectionKey: 'theme-education',
    title: '驿站里的银发先锋',
    author: AUTHOR,
    reader: READER,
    description: '讲社区志愿服务驿站里的日常小事。看看老党员怎样在家门口发挥作用。',
    coverColor: '#8E1B1B',
    coverGlyph: '驿站',
    chapters: [
      {
        key: '01',
        title: '第一次去驿站值班',
        transcript:
          '退休以后，不少老党员会问：我还能做点什么？社区的志愿服务驿站，就是一个好去处。第一次去值班，不用紧张。先在手机上报名一个时段，到了驿站，扫一扫门口的二维码签到。值班的事情并不复杂：帮邻居量量血压，给问路的人指指路，陪独居的老人说说话，教大家用手机挂号。离开的时候再扫码签退，服务时长会自动记下来。两个小时下来，不算累，心里却很踏实。',
      },
      {
        key: '02',
        title: '小事也是大事',
        transcript:
          '驿站里的事，大多是小事。一位老大姐不会在手机上交电费，志愿者手把手教了三遍，她终于学会了，笑着说下回还要来。一位老师傅腿脚不便，志愿者帮他把药从药店取了回来。小事做多了，邻里之间就熟了，有什么难处也愿意说出来。老党员的作用，往往就藏在这些小事里。您不必做得轰轰烈烈，能把身边的一件小事办好，就是在为群众服务。',
      },
      {
        key: '03',
        title: '量力而行，细水长流',
        transcript:
          '做志愿服务，最要紧的是量力而行。年纪大了，身体是第一位的。报名的时候，挑自己方便的时间。天太热或者身体不舒服，就提前请个假，没有人会怪您。和几位老伙伴一起排班，互相照应，更放心。服务的时长攒起来，记在时间银行里，将来需要的时候，也会有人来帮您。今天您帮别人，明天别人帮您，这就是邻里守望。细水长流，才能走得更远。',
      },
    ],
  },
  {
    key: 'theory-in-daily-life',
    collectionKey: 'theory-study',
    title: '理论学习在身边',
    author: AUTHOR,
    reader: READER,
    description: '把理论学习放进每天的生活里。听一听，想一想，再和老伙伴聊一聊。',
    coverColor: '#1D3A6B',
    coverGlyph: '学习',
    chapters: [
      {
        key: '01',
        title: '每天听一点',
        transcript:
          '学习理论，不一定要坐在桌前捧着厚厚的书。早上散步的时候，戴上耳机听十分钟；午睡醒来，再听一段，想一想。每天听一点，日积月累，收获就不小。听的时候，如果有一句话让您有感触，可以请家里人帮忙记在本子上，或者在支部学习会上说给大家听。学习不怕慢，就怕停。我们老党员退休不褪色，学习也不能停下来。今天，就从这一集开始吧。',
      },
      {
        key: '02',
        title: '带着问题去学',
        transcript:
          '学习的时候，可以带着问题去听，这样更容易记得住。比如，社区里正在做老旧小区改造，您就可以想一想：为什么要这样做？怎样让每一户的意见都被听到？把书里讲的道理和身边的事情对照起来，道理就不再是空的。遇到想不明白的地方，不要紧，先记下来，在支部学习会上和大家一起讨论。有时候，一位老同志讲的一段亲身经历，比读十页书还管用。',
      },
      {
        key: '03',
        title: '学了还要用',
        transcript:
          '学习的目的，是为了用。光听不做，道理就只停在耳朵里。学了为人民服务的道理，就在楼道里多留心一下邻居的难处；学了勤俭节约，就在家里少浪费一点粮食和水电；学了团结互助，就在小区议事会上多听听不同的声音。老党员的一言一行，邻居们都看在眼里。把学到的道理，变成一件件看得见的小事，这就是最好的学习心得，也是老党员的本色。',
      },
    ],
  },
  {
    key: 'healthy-every-day',
    collectionKey: 'health',
    title: '健康过好每一天',
    author: AUTHOR,
    reader: READER,
    description: '给老年朋友的日常健康小提示。内容仅供参考，身体不适请及时就医。',
    coverColor: '#1E5631',
    coverGlyph: '健康',
    chapters: [
      {
        key: '01',
        title: '吃得合理',
        transcript:
          '上了年纪，吃饭讲究一个合理。每顿饭七八分饱就好，吃的时候细嚼慢咽，少盐少油，口味清淡一些。主食可以粗细搭配，蔬菜水果每天都要有。鸡蛋、牛奶、豆制品和鱼肉，能补充蛋白质，帮助保持肌肉的力量。喝水要主动，不要等口渴了才喝。牙口不好的，可以把菜切碎、煮软一点。如果医生对您的饮食有特别的要求，一定要以医生的话为准。',
      },
      {
        key: '02',
        title: '动一动，防跌倒',
        transcript:
          '适当运动，对老年人好处很多。散步、太极拳、八段锦，都是不错的选择。运动前先活动一下手脚，天气太冷太热就改在室内。每次活动，以微微出汗、不觉得累为好。跌倒是老年人的一大风险，家里可以做几件事：地面保持干爽，夜里留一盏小夜灯，浴室装上扶手，穿防滑的鞋。早上起床不要太急，先在床边坐一会儿，再慢慢站起来。这些小习惯，能帮您少摔跤。',
      },
      {
        key: '03',
        title: '睡得好，心情好',
        transcript:
          '好的睡眠和好的心情，是健康的两块基石。尽量每天按时睡、按时起。白天多晒晒太阳，晚上更容易睡着。午睡不要太长，半个小时左右就够了。睡前少喝浓茶和咖啡，也少看手机。心里有烦恼，不要闷着，找老伙伴聊聊天，参加支部的活动，唱唱歌，写写字。如果连续很多天睡不好，或者心情一直低落，要告诉家里人，及时去医院看一看。',
      },
    ],
  },
];
