export default definePageConfig({ navigationBarTitleText: '我的人才档案' });
