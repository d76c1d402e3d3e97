export default definePageConfig({ navigationBarTitleText: '人才库服务菜单' });
