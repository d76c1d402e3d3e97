export default definePageConfig({ navigationBarTitleText: '发布和管理活动' });
