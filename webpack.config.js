// Builds dist/: the task pane (taskpane.html), the ribbon's function file (commands.html), the preview page
// (preview.html), icons, office.js and manifest.xml with every URL set from ADDIN_BASE_URL.
//
//   ADDIN_BASE_URL  where dist/ will be hosted (default https://localhost:3000); must be https for real Word.
//   OFFICE_JS       local (default): office.js and the Word runtime files are copied into dist/ and loaded from the
//                   add-in's own origin; cdn: office.js comes from appsforoffice.microsoft.com.
const path = require('node:path');
const fs = require('node:fs');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const webpack = require('webpack');
const { officeJsFiles, validateFrameworkData, manifestFor, contentSecurityPolicy, OFFICE_CDN } = require('./scripts/build-support.js');

module.exports = (_env, argv) => {
  const production = argv.mode !== 'development';
  const baseUrl = (process.env.ADDIN_BASE_URL || 'https://localhost:3000').replace(/\/+$/, '');
  const officeJs = process.env.OFFICE_JS === 'cdn' ? 'cdn' : 'local';
  // The pane skips JSON Schema validation at run time (no ajv in the bundle), so the build does it.
  validateFrameworkData(path.join(__dirname, 'framework-data'));
  const csp = contentSecurityPolicy(officeJs);
  const officeJsUrl = officeJs === 'cdn' ? `${OFFICE_CDN}/office.js` : 'office.js';
  const page = (name, chunks, title) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template: path.join(__dirname, 'src/taskpane/page.html'),
      chunks,
      scriptLoading: 'defer',
      templateParameters: { title, csp, officeJsUrl, bodyClass: name },
    });
  return {
    mode: production ? 'production' : 'development',
    devtool: production ? false : 'source-map',
    entry: {
      taskpane: './src/taskpane/main.tsx',
      commands: './src/taskpane/commands.ts',
      preview: './src/preview/main.tsx',
    },
    output: { path: path.join(__dirname, 'dist'), filename: '[name].[contenthash:8].js', clean: true },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        { test: /\.tsx?$/, loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext', noEmit: false } } },
        // Core, document and pane modules have no side effects, so unused re-exports (and ajv with them) drop out.
        { test: /[\\/]src[\\/](core|document|taskpane)[\\/]/, sideEffects: false },
      ],
    },
    performance: { hints: false },
    plugins: [
      new webpack.DefinePlugin({ 'process.env.NODE_ENV': JSON.stringify(production ? 'production' : 'development') }),
      page('taskpane', ['taskpane'], 'Standards Companion'),
      page('commands', ['commands'], 'Standards Companion commands'),
      page('preview', ['preview'], 'Standards Companion: preview'),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/icon-*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => manifestFor(content.toString(), baseUrl),
          },
          ...(officeJs === 'local'
            ? officeJsFiles(path.join(__dirname, 'node_modules/@microsoft/office-js/dist')).map((file) => ({
                from: path.join('node_modules/@microsoft/office-js/dist', file),
                to: file,
                info: { minimized: true },
              }))
            : []),
        ],
      }),
      {
        apply(compiler) {
          compiler.hooks.afterEmit.tap('build-info', () => {
            fs.writeFileSync(path.join(__dirname, 'dist', 'build-info.json'), JSON.stringify({ baseUrl, officeJs }, null, 2));
          });
        },
      },
    ],
  };
};
