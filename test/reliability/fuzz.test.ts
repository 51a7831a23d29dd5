/**
 * Fuzzing the .docx reader and the checker, as LibreOffice and Apache POI fuzz their OOXML import: fast-check mutates
 * the real Word files in the fixtures (their bytes, their zip entries, the XML of word/document.xml and
 * docProps/custom.xml, the sizes the zip declares, the nesting, attribute values) and feeds each result to the reader
 * and then the checker. Every case must end in a result or in one clear DocxError, and never in any other exception.
 * Work per case is bounded by the reader's own limits (part sizes, nesting depth, element count, time), so a case that
 * ran away would show as this test timing out.
 *
 * CI runs a few hundred cases with a fixed seed. Before a release, run many more, with a new seed each time:
 *   FUZZ_RUNS=20000 FUZZ_SEED=$RANDOM npx jest test/reliability/fuzz.test.ts --testTimeout=3600000
 * A failure prints the seed and the path that reproduces it (FUZZ_SEED=… FUZZ_PATH=…).
 */
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { DocxError } from '../../src/cli/docx/errors';
import { readDocx } from '../../src/cli/docx/read-docx';
import { checkWithEditions, editionMap } from '../../src/core/edition/check';
import { bundledFramework } from '../../src/core/framework/bundled';
import { realDir, reviewsDir } from './support';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_128);

const framework = bundledFramework();
const editions = editionMap([framework]);
const seeds = [realDir, reviewsDir].flatMap((dir) =>
  fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.docx'))
    .sort()
    .map((f) => ({ name: f, bytes: new Uint8Array(fs.readFileSync(path.join(dir, f))) })),
);

type Mutation =
  | { kind: 'flip-bytes'; at: number[]; values: number[] }
  | { kind: 'truncate'; fraction: number }
  | { kind: 'declared-size'; entry: number; value: number; central: boolean }
  | { kind: 'drop-entry'; entry: number }
  | { kind: 'rename-entry'; entry: number; name: string }
  | { kind: 'replace-entry'; entry: number; data: Uint8Array }
  | { kind: 'cut-xml'; part: string; fraction: number }
  | { kind: 'insert-xml'; part: string; fraction: number; xml: string }
  | { kind: 'nest'; part: string; fraction: number; depth: number; tag: string }
  | { kind: 'attributes'; part: string; value: string; every: number }
  | { kind: 'doctype'; part: string; decl: string }
  | { kind: 'duplicate-slice'; part: string; from: number; to: number; times: number };

const PARTS = ['word/document.xml', 'docProps/custom.xml', '_rels/.rels', '[Content_Types].xml'];
const fraction = fc.double({ min: 0, max: 1, noNaN: true });
const part = fc.constantFrom(...PARTS.slice(0, 3), 'word/document.xml', 'word/document.xml');
const nastyText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('=HYPERLINK("http://x?"&A1,"a")', '+1', '-1', '@SUM(A1)', 'tsd:', 'tsd:TS2.1/MPR/2', 'tso:TS1.1/MPR/1,TS9/X', 'tsr:HT/exceptional', '\u0000', '\u001b[2J', '\u202e', '&amp;', '&#0;', '&#xD800;', ''.padEnd(5000, 'x')),
);
const xmlSnippet = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.constantFrom(
    '<w:p>',
    '</w:p>',
    '<w:sdt>',
    '</w:sdtContent>',
    '<w:tbl><w:tr><w:tc>',
    '<mc:Fallback>',
    '<w:t>',
    '</w:t></w:r>',
    '<w:tag w:val="tsd:TS1.1/ECT1/1"/>',
    '<![CDATA[ x ]]>',
    '<?pi x?>',
    '<!-- c -->',
    '&undefined;',
    '<w:sdtPr><w:tag w:val="tsr:MPR/achieved"/><w:alias w:val="x"/><w:showingPlcHdr/></w:sdtPr>',
  ),
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip-bytes' as const), at: fc.array(fc.nat(), { minLength: 1, maxLength: 20 }), values: fc.array(fc.nat(255), { minLength: 1, maxLength: 20 }) }),
  fc.record({ kind: fc.constant('truncate' as const), fraction: fc.double({ min: 0.02, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('declared-size' as const), entry: fc.nat(30), value: fc.oneof(fc.nat(), fc.constantFrom(0, 1, 0xffffffff, 0x7fffffff, 64 * 1024 * 1024 + 1)), central: fc.boolean() }),
  fc.record({ kind: fc.constant('drop-entry' as const), entry: fc.nat(30) }),
  fc.record({ kind: fc.constant('rename-entry' as const), entry: fc.nat(30), name: fc.oneof(fc.constantFrom(...PARTS, '../word/document.xml', '/word/document.xml', 'WORD/DOCUMENT.XML', 'word\\document.xml', ''), fc.string({ maxLength: 20 })) }),
  fc.record({ kind: fc.constant('replace-entry' as const), entry: fc.nat(30), data: fc.uint8Array({ maxLength: 300 }) }),
  fc.record({ kind: fc.constant('cut-xml' as const), part, fraction }),
  fc.record({ kind: fc.constant('insert-xml' as const), part, fraction, xml: xmlSnippet }),
  fc.record({ kind: fc.constant('nest' as const), part: fc.constant('word/document.xml'), fraction, depth: fc.integer({ min: 1, max: 1200 }), tag: fc.constantFrom('w:sdt', 'w:sdtContent', 'w:tbl', 'w:p', 'w:r', 'mc:Fallback', 'x') }),
  fc.record({ kind: fc.constant('attributes' as const), part, value: nastyText, every: fc.integer({ min: 1, max: 5 }) }),
  fc.record({
    kind: fc.constant('doctype' as const),
    part,
    decl: fc.constantFrom(
      '<!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>',
      '<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
      '<!DOCTYPE d SYSTEM "http://example.org/x.dtd">',
    ),
  }),
  fc.record({ kind: fc.constant('duplicate-slice' as const), part, from: fraction, to: fraction, times: fc.integer({ min: 1, max: 50 }) }),
);

/** The seed files' parts, unzipped once each; a case's later mutations start from its own new bytes. */
const unzippedSeeds = new WeakMap<Uint8Array, Record<string, Uint8Array> | null>();
function unzipOnce(bytes: Uint8Array): Record<string, Uint8Array> | null {
  const isSeed = seeds.some((s) => s.bytes === bytes);
  if (isSeed && unzippedSeeds.has(bytes)) return unzippedSeeds.get(bytes) ?? null;
  let entries: Record<string, Uint8Array> | null;
  try {
    entries = unzipSync(bytes);
  } catch {
    entries = null;
  }
  if (isSeed) unzippedSeeds.set(bytes, entries);
  return entries;
}

function mutate(original: Uint8Array, m: Mutation): Uint8Array {
  const bytes = original.slice();
  switch (m.kind) {
    case 'flip-bytes':
      m.at.forEach((at, i) => {
        bytes[at % bytes.length] = m.values[i % m.values.length] as number;
      });
      return bytes;
    case 'truncate':
      return bytes.subarray(0, Math.floor(bytes.length * m.fraction));
    case 'declared-size': {
      // Local file headers (PK\3\4, uncompressed size at +22) or central directory entries (PK\1\2, at +24).
      const signature = m.central ? [0x50, 0x4b, 0x01, 0x02] : [0x50, 0x4b, 0x03, 0x04];
      const offsets: number[] = [];
      for (let i = 0; i + 30 < bytes.length; i++) if (signature.every((b, k) => bytes[i + k] === b)) offsets.push(i);
      if (offsets.length === 0) return bytes;
      const at = (offsets[m.entry % offsets.length] as number) + (m.central ? 24 : 22);
      new DataView(bytes.buffer, bytes.byteOffset).setUint32(at, m.value >>> 0, true);
      return bytes;
    }
    default:
      break;
  }
  const unzipped = unzipOnce(original);
  if (!unzipped) return bytes;
  const entries: Record<string, Uint8Array> = { ...unzipped };
  const names = Object.keys(entries);
  const pick = (n: number) => names[n % names.length] as string;
  // Only what a mutation wrote is deflated again; the parts it left alone are stored. Deflating every part of every
  // case was two thirds of this test's time, and the reader's inflate is still fed each changed part.
  const changed = new Set<string>();
  const rezip = () => {
    const files: Zippable = {};
    for (const [name, data] of Object.entries(entries)) files[name] = [data, { level: changed.has(name) ? 1 : 0 }];
    return zipSync(files);
  };
  const editXml = (name: string, edit: (xml: string) => string) => {
    const data = entries[name];
    if (!data) return;
    entries[name] = strToU8(edit(strFromU8(data)));
    changed.add(name);
  };
  switch (m.kind) {
    case 'drop-entry':
      delete entries[pick(m.entry)];
      break;
    case 'rename-entry': {
      const from = pick(m.entry);
      const data = entries[from] as Uint8Array;
      delete entries[from];
      entries[m.name] = data;
      break;
    }
    case 'replace-entry':
      entries[pick(m.entry)] = m.data;
      changed.add(pick(m.entry));
      break;
    case 'cut-xml':
      editXml(m.part, (x) => x.slice(0, Math.floor(x.length * m.fraction)));
      break;
    case 'insert-xml':
      editXml(m.part, (x) => {
        const at = Math.floor(x.length * m.fraction);
        return x.slice(0, at) + m.xml + x.slice(at);
      });
      break;
    case 'nest':
      editXml(m.part, (x) => {
        // Just after a tag's end, so the nesting is well-formed more often than not.
        const at = x.indexOf('>', Math.floor(x.length * m.fraction)) + 1 || x.length;
        return x.slice(0, at) + `<${m.tag}>`.repeat(m.depth) + `</${m.tag}>`.repeat(m.depth) + x.slice(at);
      });
      break;
    case 'attributes':
      editXml(m.part, (x) => {
        let n = 0;
        const value = m.value.replace(/[&<"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '"': '&quot;' })[c] as string);
        return x.replace(/(\s[\w:]+=")[^"]*"/g, (whole, start: string) => (n++ % m.every === 0 ? `${start}${value}"` : whole));
      });
      break;
    case 'doctype':
      editXml(m.part, (x) => x.replace(/^(<\?xml[^>]*\?>)?/, (decl) => `${decl}${m.decl}`).replace(/<w:t>/, '<w:t>&c;&x;'));
      break;
    case 'duplicate-slice':
      editXml(m.part, (x) => {
        const [a, b] = [Math.floor(x.length * Math.min(m.from, m.to)), Math.floor(x.length * Math.max(m.from, m.to))];
        const slice = x.slice(a, Math.min(b, a + 20_000));
        return x.slice(0, b) + slice.repeat(m.times) + x.slice(b);
      });
      break;
  }
  return rezip();
}

describe('fuzzing the .docx reader and the checker with mutated real Word files', () => {
  it(`gives a result or one clear error for every case (${RUNS} cases, seed ${SEED})`, () => {
    const outcomes = { read: 0, refused: 0 };
    fc.assert(
      fc.property(fc.nat(seeds.length - 1), fc.array(mutation, { minLength: 1, maxLength: 3 }), (which, mutations) => {
        const seed = seeds[which] as { name: string; bytes: Uint8Array };
        const bytes = mutations.reduce((b, m) => mutate(b, m), seed.bytes);
        let doc;
        try {
          doc = readDocx(bytes, { fileName: seed.name });
        } catch (error) {
          if (!(error instanceof DocxError)) throw error;
          // One clear error: one line of plain words, naming no internal frame.
          expect(error.message).toMatch(/^[A-Z_][^\n]{10,}$/);
          outcomes.refused += 1;
          return;
        }
        const result = checkWithEditions(framework, editions, doc);
        expect(Array.isArray(result.findings)).toBe(true);
        outcomes.read += 1;
      }),
      { seed: SEED, numRuns: RUNS, ...(process.env.FUZZ_PATH ? { path: process.env.FUZZ_PATH } : {}) },
    );
    // Both outcomes must occur, or the mutations are too gentle (or too harsh) to test anything.
    expect(outcomes.read).toBeGreaterThan(RUNS / 20);
    expect(outcomes.refused).toBeGreaterThan(RUNS / 20);
    console.log(`fuzz: ${RUNS} cases from ${seeds.length} real files (seed ${SEED}): ${outcomes.read} read and checked, ${outcomes.refused} refused with one clear error`);
  }, 600_000);
});
