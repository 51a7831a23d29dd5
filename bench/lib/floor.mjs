// The floor for `check`: a process that only does what no checker can avoid, for each file: read it, unzip
// word/document.xml (fflate, as the CLI's reader does) and strip its tags to plain text. No XML parsing, no model, no
// checking. Measured as a whole process, side by side with `check` in the same bench run, on the same files.
//
//   node bench/lib/floor.mjs <file>…              prints {"documents","characters","cpuMs","wallMs"} as JSON
//   import { measureFloor } from './lib/floor.mjs'   runs that process `runs` times and summarises it
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { run, summary } from './stats.mjs';

const SELF = fileURLToPath(import.meta.url);

/** Plain text of each file's word/document.xml: unzip that one part and strip the tags. */
export function unzipAndStrip(files, unzipSync) {
  let characters = 0;
  for (const file of files) {
    const parts = unzipSync(readFileSync(file), { filter: (f) => f.name === 'word/document.xml' });
    const xml = new TextDecoder().decode(parts['word/document.xml']);
    characters += xml.replace(/<[^>]*>/g, '').length;
  }
  return characters;
}

/** One run of the floor as its own process over `files`: wall time (whole process), CPU time, documents a second. */
export async function floorOnce(root, files) {
  const start = performance.now();
  const { out } = await run(process.execPath, [SELF, ...files], { cwd: root });
  const seconds = (performance.now() - start) / 1000;
  const inside = JSON.parse(out);
  return { seconds, docsPerSecond: files.length / seconds, cpuSeconds: inside.cpuMs / 1000 };
}

/** Runs the floor as its own process `runs` times over `files`: wall time (whole process), CPU, documents a second. */
export async function measureFloor(root, files, runs) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await floorOnce(root, files));
  return summariseFloor(files, results);
}

/** Medians (and min–max) of floor runs. */
export function summariseFloor(files, results) {
  return {
    documents: files.length,
    seconds: summary(results.map((r) => r.seconds)),
    docsPerSecond: summary(results.map((r) => r.docsPerSecond)),
    cpuSeconds: summary(results.map((r) => r.cpuSeconds)),
  };
}

if (process.argv[1] === SELF) {
  const started = performance.now();
  const { unzipSync } = createRequire(join(SELF, '..', '..', '..', 'package.json'))('fflate');
  const files = process.argv.slice(2);
  const characters = unzipAndStrip(files, unzipSync);
  const usage = process.resourceUsage();
  process.stdout.write(`${JSON.stringify({ documents: files.length, characters, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, wallMs: performance.now() - started })}\n`);
}
