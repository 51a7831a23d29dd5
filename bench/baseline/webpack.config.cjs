// The baseline pane's build: the same loaders (scriptRule), minifier, HTML plugin and office.js copy as the add-in's
// webpack.config.js, with one entry. Used only by bench/run.mjs.
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const webpack = require('webpack');
const { CompileHintPlugin, fluentTokensRule, scriptRule } = require('../../scripts/build-support.js');

const root = path.join(__dirname, '..', '..');

module.exports = (outDir) => ({
  mode: 'production',
  context: root,
  devtool: false,
  entry: { baseline: path.join(__dirname, 'hello.tsx') },
  output: { path: outDir, filename: '[name].[contenthash:8].js', clean: true },
  resolve: { extensions: ['.tsx', '.ts', '.js'] },
  module: {
    rules: [
      scriptRule(path.join(root, 'tsconfig.json')),
      fluentTokensRule(),
    ],
  },
  performance: { hints: false },
  plugins: [
    new webpack.DefinePlugin({ 'process.env.NODE_ENV': JSON.stringify('production') }),
    // The same compile hint as the pane's first script, so the two are built alike.
    new CompileHintPlugin(['baseline']),
    new HtmlWebpackPlugin({ filename: 'baseline.html', template: path.join(__dirname, 'page.html'), scriptLoading: 'defer' }),
    new CopyWebpackPlugin({
      patterns: ['office.js', 'o15apptofilemappingtable.js'].map((file) => ({
        from: path.join(root, 'node_modules/@microsoft/office-js/dist', file),
        to: file,
        info: { minimized: true },
      })),
    }),
  ],
});
