export default definePageConfig({ navigationBarTitleText: '请人帮忙' });
