// The study screens' paths (their own subpackage).
import Taro from '@tarojs/taro';

export const STUDY_ROUTES = {
  mine: '/subpackages/study/mine/index',
  branch: '/subpackages/study/branch/index',
} as const;

export function openStudyPage(url: (typeof STUDY_ROUTES)[keyof typeof STUDY_ROUTES]): void {
  void Taro.navigateTo({ url });
}
