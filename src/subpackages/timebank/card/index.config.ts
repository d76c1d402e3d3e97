export default definePageConfig({ navigationBarTitleText: '时间银行服务卡' });
