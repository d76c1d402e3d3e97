export default definePageConfig({ navigationBarTitleText: '服务时间证明' });
