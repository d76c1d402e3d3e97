export default definePageConfig({ navigationBarTitleText: '银发先锋' });
