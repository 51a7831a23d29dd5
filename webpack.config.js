// Builds dist/: the task pane (taskpane.html), the ribbon's function file (commands.html), the preview page
// (preview.html), HR's check page (check.html), icons, office.js and manifest.xml with every URL set from ADDIN_BASE_URL.
//
//   ADDIN_BASE_URL  where dist/ will be hosted (default https://localhost:3000); must be https for real Word.
//   OFFICE_JS       cdn (default): the pane and the ribbon page load office.js from Microsoft's CDN
//                   (appsforoffice.microsoft.com), as Microsoft asks of add-ins in production; local: office.js and the
//                   Word runtime files are copied into dist/ and loaded from the add-in's own origin. The preview page
//                   always loads the local copy (it and the tests run with no network).
//   --env cache     webpack's filesystem cache in build/webpack-cache (npm start uses it)
//   --env pages=preview,check
//                   build only these pages (npm start without Word: the preview and the check page it links to);
//                   default every page: taskpane, commands, preview, check
//   --env edition=<folder>, or STANDARDS_EDITION=<folder>
//                   bundle a school's edition instead of framework-data/ (a missing wording.json keeps the bundled
//                   wording). The edition is checked first (schema, cross-checks, lineage against framework-data/);
//                   a problem stops the build with the file and JSON path.
const path = require('node:path');
const fs = require('node:fs');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const webpack = require('webpack');
const {
  officeJsFiles,
  checkShippedEdition,
  editionFolderFrom,
  editionsFolderFrom,
  checkSchoolEdition,
  editionModuleReplacer,
  writePrecompiledAjv,
  manifestFor,
  contentSecurityPolicy,
  OFFICE_CDN,
  scriptRule,
  fluentTokensRule,
  CompileHintPlugin,
  LeaveUnminifiedPlugin,
} = require('./scripts/build-support.js');

module.exports = (env, argv) => {
  const production = argv.mode !== 'development';
  const baseUrl = (process.env.ADDIN_BASE_URL || 'https://localhost:3000').replace(/\/+$/, '');
  const officeJs = process.env.OFFICE_JS === 'local' ? 'local' : 'cdn';
  // The pane indexes its bundled edition without the JSON Schema or the cross-checks, so the build checks it in full.
  const editionFolder = editionFolderFrom(env);
  let edition = null;
  if (editionFolder) {
    try {
      edition = checkSchoolEdition(editionFolder, __dirname, { editionsFolder: editionsFolderFrom(env) });
    } catch (error) {
      // The problems are the message; a stack trace would only hide them.
      console.error(`\n${error.message}\n`);
      process.exit(1);
    }
    console.log(`Building with the edition ${edition.editionKey} from ${editionFolder}.`);
  } else {
    try {
      checkShippedEdition(path.join(__dirname, 'framework-data'), __dirname);
    } catch (error) {
      console.error(`\n${error.message}\n`);
      process.exit(1);
    }
  }
  const shipped = JSON.parse(fs.readFileSync(path.join(editionFolder ?? path.join(__dirname, 'framework-data'), 'edition.json'), 'utf8'));
  const editionKey = `${shipped.id}@${shipped.version}`;
  // Draft editions chosen in the pane are checked against the schema by a validator compiled here (no eval at run time).
  const ajvStandIn = writePrecompiledAjv(path.join(__dirname, 'framework-data/schema/framework.schema.json'), path.join(__dirname, 'build/web'));
  // The pages that run inside Word follow the choice; the preview page runs outside Office and uses the local copy.
  const page = (name, chunks, title, pageOfficeJs = officeJs) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template: path.join(__dirname, 'src/taskpane/page.html'),
      chunks,
      scriptLoading: 'defer',
      // The template places the pane's deferred script before office.js, so both download at once: the page's CSP
      // <meta> stops Chromium's preload scanner from finding a script that follows office.js's blocking one.
      inject: false,
      templateParameters: { title, csp: contentSecurityPolicy(pageOfficeJs), officeJsUrl: pageOfficeJs === 'cdn' ? `${OFFICE_CDN}/office.js` : 'office.js', bodyClass: name },
    });
  const entries = {
    taskpane: './src/taskpane/main.tsx',
    commands: './src/taskpane/commands.ts',
    preview: './src/preview/main.tsx',
    // HR's check page (src/check-page/): its checker runs in Web Workers, bundled from the `new Worker(new URL(…))` in main.ts.
    check: './src/check-page/main.ts',
  };
  const pages = typeof env?.pages === 'string' && env.pages !== '' ? env.pages.split(',') : Object.keys(entries);
  const unknown = pages.filter((name) => !(name in entries));
  if (unknown.length > 0) throw new Error(`--env pages: no page called ${unknown.join(', ')} (the pages are ${Object.keys(entries).join(', ')})`);
  const only = (name, plugin) => (pages.includes(name) ? [plugin] : []);
  return {
    mode: production ? 'production' : 'development',
    devtool: production ? false : 'source-map',
    entry: Object.fromEntries(pages.map((name) => [name, entries[name]])),
    output: { path: path.join(__dirname, 'dist'), filename: '[name].[contenthash:8].js', clean: true },
    resolve: { extensions: ['.tsx', '.ts', '.js'], alias: { ajv$: ajvStandIn } },
    module: {
      rules: [
        scriptRule(),
        fluentTokensRule(),
        // Core, document and pane modules have no side effects, so unused re-exports (and ajv with them) drop out.
        { test: /[\\/]src[\\/](core|document|taskpane)[\\/]/, sideEffects: false },
      ],
    },
    performance: { hints: false },
    // One compress pass instead of webpack's two: about a tenth less build time for about 1 KB more (raw) in the
    // pane's first script.
    optimization: { minimize: production ? { javascript: { compress: { passes: 1 } } } : false },
    // npm start builds with webpack's filesystem cache (build/webpack-cache), so a second start rebuilds only what
    // changed; `npm run build`, CI and the bench build from scratch.
    ...(env?.cache
      ? {
          cache: {
            type: 'filesystem',
            cacheDirectory: path.join(__dirname, 'build', 'webpack-cache'),
            buildDependencies: { config: [__filename, path.join(__dirname, 'scripts', 'build-support.js'), path.join(__dirname, 'scripts', 'griffel-evaluation-tokens.cjs'), path.join(__dirname, 'scripts', 'fluent-tokens-loader.cjs')] },
            version: JSON.stringify({ baseUrl, officeJs, editionFolder }),
          },
        }
      : {}),
    plugins: [
      new webpack.DefinePlugin({ 'process.env.NODE_ENV': JSON.stringify(production ? 'production' : 'development') }),
      ...(editionFolder ? [new webpack.NormalModuleReplacementPlugin(/framework-data[\\/][a-z-]+\.json$/, editionModuleReplacer(editionFolder))] : []),
      // The pane's first script is compiled as it streams in (see CompileHintPlugin); so is the baseline's in the bench.
      new CompileHintPlugin(['taskpane', 'preview']),
      new LeaveUnminifiedPlugin(['edition-loader']),
      ...only('taskpane', page('taskpane', ['taskpane'], 'Standards Companion')),
      ...only('commands', page('commands', ['commands'], 'Standards Companion commands')),
      ...only('preview', page('preview', ['preview'], 'Standards Companion: preview', 'local')),
      ...only('check', new HtmlWebpackPlugin({ filename: 'check.html', template: path.join(__dirname, 'src/check-page/page.html'), chunks: ['check'], scriptLoading: 'defer', inject: false, templateParameters: { csp: contentSecurityPolicy('local') } })),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/icon-*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => manifestFor(content.toString(), baseUrl),
          },
          // Outside Office (the preview page) only office.js and its mapping table are fetched; inside Word a local
          // office.js also loads the Word host and locale files from its own base URL.
          ...officeJsFiles(path.join(__dirname, 'node_modules/@microsoft/office-js/dist'))
            .filter((file) => officeJs === 'local' || file === 'office.js' || file === 'o15apptofilemappingtable.js')
            .map((file) => ({
              from: path.join('node_modules/@microsoft/office-js/dist', file),
              to: file,
              info: { minimized: true },
            })),
        ],
      }),
      {
        apply(compiler) {
          compiler.hooks.afterEmit.tap('build-info', () => {
            fs.writeFileSync(path.join(compiler.outputPath, 'build-info.json'), JSON.stringify({ baseUrl, officeJs, edition: editionKey }, null, 2));
          });
        },
      },
    ],
  };
};
