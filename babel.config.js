// babel-preset-taro compiles the React + TypeScript sources for both weapp and H5.
module.exports = {
  presets: [
    [
      'taro',
      {
        framework: 'react',
        ts: true,
        compiler: 'webpack5',
      },
    ],
  ],
};
