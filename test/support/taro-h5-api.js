// Jest stand-in for the H5 build's `@tarojs/taro`: the real H5 APIs (@tarojs/taro-h5). The build's babel plugin
// turns `Taro.setStorageSync` into a named import; here the named APIs are merged onto the default object instead.
const api = require('@tarojs/taro-h5');

const Taro = Object.assign({}, api.default, api);
delete Taro.default;

module.exports = Object.assign({}, Taro, { default: Taro, __esModule: true });
