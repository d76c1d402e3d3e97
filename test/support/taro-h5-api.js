// Jest stand-in for the H5 build's `@tarojs/taro`: the real H5 APIs (@tarojs/taro-h5). The build's babel plugin
// turns `Taro.setStorageSync` into a named import; here the named APIs are merged onto the default object instead.
// The page lifecycle hooks (useDidShow, useDidHide) come from Taro's React runtime, which only runs inside a built
// app; here they are a thin stand-in: a test calls `__showPages()` / `__hidePages()` as the app would.
const React = require('react');
const api = require('@tarojs/taro-h5');

const listeners = { show: new Set(), hide: new Set() };
function pageHook(kind) {
  return function usePageLifecycle(fn) {
    const latest = React.useRef(fn);
    latest.current = fn;
    React.useEffect(() => {
      const call = () => latest.current();
      listeners[kind].add(call);
      return () => listeners[kind].delete(call);
    }, []);
  };
}
const hooks = {
  useDidShow: pageHook('show'),
  useDidHide: pageHook('hide'),
  __showPages: () => listeners.show.forEach((call) => call()),
  __hidePages: () => listeners.hide.forEach((call) => call()),
};

const Taro = Object.assign({}, api.default, api, hooks);
delete Taro.default;

module.exports = Object.assign({}, Taro, { default: Taro, __esModule: true });
