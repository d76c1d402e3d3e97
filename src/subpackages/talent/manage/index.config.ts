export default definePageConfig({ navigationBarTitleText: '人才库管理' });
