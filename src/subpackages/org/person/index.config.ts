export default definePageConfig({ navigationBarTitleText: '党员档案' });
