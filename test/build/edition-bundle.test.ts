/**
 * A build test, run apart from `npm test` by `npm run test:build` (jest.build.config.js; .ci/run runs it): webpack
 * bundles the core's framework entry with a school edition's files in place of framework-data/, as
 * `npm run build -- --env edition=…` does. It runs webpack, which takes seconds, so it is kept out of the quick suite.
 */
import * as fs from 'fs';
import * as path from 'path';
import webpack from 'webpack';
import { editionModuleReplacer } from '../../scripts/build-support';
import type { Framework } from '../../src/core/framework/framework';
import { makeTempDir } from '../support/temp-dir';

const root = path.join(__dirname, '..', '..');
const stMarysDir = path.join(root, 'test', 'fixtures', 'editions', 'st-marys-2027');
const tmp = makeTempDir('sc-edition-bundle-');

describe('building with a school edition', () => {
  it('bundles the edition’s files in place of framework-data/, keeping the bundled wording when it has none', async () => {
    const out = path.join(tmp, 'bundle');
    const compiler = webpack({
      mode: 'development',
      devtool: false,
      target: 'node',
      context: root,
      entry: './src/core/framework/bundled.ts',
      output: { path: out, filename: 'bundled.js', library: { type: 'commonjs2' } },
      resolve: { extensions: ['.ts', '.js'] },
      module: { rules: [{ test: /\.ts$/, loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext', noEmit: false } } }] },
      plugins: [new webpack.NormalModuleReplacementPlugin(/framework-data[\\/][a-z-]+\.json$/, editionModuleReplacer(stMarysDir))],
    });
    await new Promise<void>((resolve, reject) =>
      compiler.run((error, stats) => {
        compiler.close(() => undefined);
        if (error || stats?.hasErrors()) reject(error ?? new Error(stats?.toString('errors-only')));
        else resolve();
      }),
    );
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundle just built
    const bundled = require(path.join(out, 'bundled.js')) as { bundledFramework(): Framework };
    const framework = bundled.bundledFramework();
    expect(framework.editionKey).toBe('st-marys-2027@1.0');
    expect(framework.byId.get('TS2.1/MPR/3')?.text).toMatch(/assessment tracker/);
    const hampshireWording = JSON.parse(fs.readFileSync(path.join(root, 'framework-data', 'wording.json'), 'utf8'));
    expect(framework.wording).toEqual(hampshireWording);
  });
});
