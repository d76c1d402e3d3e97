export default definePageConfig({ navigationBarTitleText: '支部通知' });
