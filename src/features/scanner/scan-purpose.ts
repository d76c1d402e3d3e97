// Where the scanner was opened from, and what a code that is not ours is called there (routes.ts and both
// scanners read it; kept apart so the route file and the WeChat scanner do not import each other).
/**
 * Where the scanner was opened from: the 首页 (books, posters, events), the 志愿 tab (a post's check-in code) or the
 * time bank's 我能帮忙 (an elder's card at the door).
 */
export type ScanPurpose = 'home' | 'volunteer' | 'timebank';

/** A code that is not ours, said in the words of the place the scanner was opened from. */
export const NOT_OURS_MESSAGES: Record<ScanPurpose, string> = {
  home: '这个二维码不是银发先锋的二维码。请扫书架、海报或活动现场的二维码。',
  volunteer: '这个二维码不是驿站的签到二维码。请扫驿站出示的签到二维码。',
  timebank: '这个二维码不是老人的时间银行服务卡。请扫老人手里那张印着二维码的服务卡。',
};
