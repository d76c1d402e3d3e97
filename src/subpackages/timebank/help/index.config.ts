export default definePageConfig({ navigationBarTitleText: '我能帮忙' });
