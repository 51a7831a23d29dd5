import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** Folders made by makeTempDir in this test file; jest evaluates this module afresh for each test file. */
const made: string[] = [];

afterAll(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A new folder under the system's temporary folder, removed when the test file's tests have finished. */
export function makeTempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}
