import * as fs from 'fs';
import * as path from 'path';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * Writes an edition folder: a copy of `from` with a new id, version and derivedFrom in every file, then `change`
 * applied to its parsed teachers-standards.json (and career-expectations.json).
 */
export function makeEdition(dir: string, from: string, edition: { id: string; version: string; derivedFrom: string | null }, change: (ts: Json, ce: Json) => void = () => {}): string {
  fs.mkdirSync(dir, { recursive: true });
  const read = (name: string): Json => JSON.parse(fs.readFileSync(path.join(from, name), 'utf8')) as Json;
  const ed = read('edition.json');
  Object.assign(ed, { id: edition.id, version: edition.version, derivedFrom: edition.derivedFrom });
  delete ed.$schema;
  const files: Record<string, Json> = { 'edition.json': ed };
  for (const name of ['teachers-standards.json', 'career-expectations.json', 'career-stages.json']) {
    const data = read(name);
    data.edition = { id: edition.id, version: edition.version };
    delete data.$schema;
    files[name] = data;
  }
  change(files['teachers-standards.json'] as Json, files['career-expectations.json'] as Json);
  for (const [name, data] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), `${JSON.stringify(data, null, 2)}\n`);
  return dir;
}

/** The entry of a Teachers' Standards descriptor, by standard, sub-standard, stage and place. */
export function tsEntry(ts: Json, standard: number, sub: number, stage: string, k: number): Json {
  return ts.standards[standard].subStandards[sub].cells[stage][k] as Json;
}
