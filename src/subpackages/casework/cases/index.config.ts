export default definePageConfig({ navigationBarTitleText: '民情工作室' });
