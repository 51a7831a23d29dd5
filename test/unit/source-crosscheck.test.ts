/**
 * Cross-checks the framework JSON against verbatim copies of the two source documents.
 *
 * The sources are Word tables flattened to text: a line that starts with a tab opens a new
 * table cell. This test does not split cells into bullets itself. It reduces each source cell
 * to its non-empty lines (bookmark artefacts and list markers removed, ends trimmed) and checks
 * that the JSON entries for that cell use up exactly those lines, in order, each entry being one
 * line or several consecutive lines joined by the documented rule (no space after a trailing
 * "/", otherwise one space). A second, looser check compares the whole cell with all its
 * entries once every whitespace character is removed.
 */
import * as fs from 'fs';
import * as path from 'path';
import { RATING_CODES, ROLE_CODES, STAGE_CODES } from '../../src/core/framework/types';
import type {
  CareerExpectationsFile,
  CareerStagesFile,
  RatingCode,
  RoleCode,
  StageCode,
  TeachersStandardsFile,
} from '../../src/core/framework/types';

const ROOT = path.join(__dirname, '..', '..');

function readText(...parts: string[]): string {
  return fs.readFileSync(path.join(ROOT, ...parts), 'utf8');
}

function readJson<T>(...parts: string[]): T {
  return JSON.parse(readText(...parts)) as T;
}

function deepCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

const TS_SOURCE = readText('test', 'fixtures', 'sources', 'teachers-standards.txt');
const CEF_SOURCE = readText('test', 'fixtures', 'sources', 'career-expectations.txt');
const TS_DATA = readJson<TeachersStandardsFile>('framework-data', 'teachers-standards.json');
const CEF_DATA = readJson<CareerExpectationsFile>('framework-data', 'career-expectations.json');
const STAGES_DATA = readJson<CareerStagesFile>('framework-data', 'career-stages.json');

// ---------------------------------------------------------------------------------------------
// Expectations stated independently of the data (see framework-data/NOTES.md)
// ---------------------------------------------------------------------------------------------

const SUB_STANDARD_NUMBERS = [
  '1.1', '1.2', '1.3',
  '2.1', '2.2', '2.3', '2.4', '2.5',
  '3.1', '3.2', '3.3', '3.4', '3.5',
  '4.1', '4.2', '4.3', '4.4', '4.5',
  '5.1', '5.2', '5.3', '5.4',
  '6.1', '6.2', '6.3', '6.4',
  '7.1', '7.2', '7.3', '7.4',
  '8.1', '8.2', '8.3', '8.4', '8.5',
];

const STAGE_LABELS = ['ECT 1', 'ECT 2', 'MPR', 'UPR 1', 'UPR 2/3', 'Leading Practitioner', 'Assistant/Deputy Head'];

const BUILDS_ON: Record<StageCode, StageCode[]> = {
  ECT1: [],
  ECT2: ['ECT1'],
  MPR: ['ECT1', 'ECT2'],
  UPR1: ['MPR'],
  'UPR2-3': ['UPR1'],
  LP: ['UPR1', 'UPR2-3'],
  'AHT-DHT': ['UPR1', 'UPR2-3'],
};

/** Cells that are empty (or, for 8.5, missing) in the source, as `<sub-standard>/<stage>`. */
const EMPTY_CELLS = ['1.3/UPR2-3', '1.3/AHT-DHT', '5.3/LP', '7.2/ECT2', '8.2/UPR2-3', '8.5/AHT-DHT'];

/** Entries made by joining lines broken mid-sentence, as `<id> +<lines joined>`. */
const TS_JOINS = [
  'TS1.3/ECT2/1 +1',
  'TS1.3/MPR/1 +1',
  'TS2.1/UPR1/1 +1',
  'TS2.1/UPR2-3/1 +1',
  'TS3.4/UPR1/2 +1',
  'TS3.5/UPR1/2 +1',
  'TS4.1/ECT2/2 +1',
  'TS4.2/UPR1/2 +1',
  'TS5.3/ECT2/2 +1',
  'TS6.2/UPR2-3/1 +1',
  'TS6.2/LP/1 +1',
  'TS6.3/MPR/5 +1',
  'TS6.4/ECT2/1 +1',
  'TS7.1/UPR2-3/1 +1',
  'TS7.1/LP/1 +1',
  'TS7.4/ECT2/1 +2',
  'TS7.4/UPR2-3/1 +1',
  'TS8.5/MPR/1 +1',
];

/** Bullets whose source line has no list marker (a complete sentence on its own line). */
const TS_UNMARKED_BULLETS = ['TS6.3/UPR1/2'];

const TS_TOTAL = 524;
const TS_PER_STAGE: Record<StageCode, number> = {
  ECT1: 100,
  ECT2: 73,
  MPR: 97,
  UPR1: 76,
  'UPR2-3': 54,
  LP: 75,
  'AHT-DHT': 49,
};

const ROLE_HEADINGS = [
  'Early career teacher',
  'Main pay range',
  'Main pay range with TLR',
  'Upper pay range',
  'Upper pay range with TLR',
  'Leading practitioner',
  'Assistant headteacher/deputy headteacher',
  'Head of school (senior deputy headteacher with on-site responsibility under an executive headteacher)',
  'Headteacher (or executive headteacher leading more than one school)',
];

const RATING_LABELS = ['Not meeting expectations', 'Achieved expectations', 'Exceptional performance'];
const EXCEPTIONAL_INTRO = 'Meets Achieved expectations plus:';
const NOTE_START = 'Where an individual has potential to be rated against this rating';

const CEF_TOTAL = 223;
const CEF_PER_ROLE: Record<RoleCode, number> = {
  ECT: 25,
  MPR: 21,
  'MPR-TLR': 29,
  UPR: 22,
  'UPR-TLR': 30,
  LP: 21,
  'AHT-DHT': 25,
  HOS: 23,
  HT: 27,
};

// ---------------------------------------------------------------------------------------------
// Source reading
// ---------------------------------------------------------------------------------------------

const BOOKMARK = /\[bookmark: _Hlk\d+\]/g;
/** List markers at the start of a line: "-", "- -", "·", with or without spaces. */
const LINE_MARKER = /^(?:[-·]\s*)+/;

interface SourceCell {
  /** 1-based line number of the cell's first line in the source. */
  line: number;
  /** Raw lines; the opening tab is removed from the first. */
  lines: string[];
}

interface SplitSource {
  firstLine: string;
  preface: string[];
  cells: SourceCell[];
}

function splitCells(text: string): SplitSource {
  const all = text.split(/\r?\n/);
  const preface: string[] = [];
  const cells: SourceCell[] = [];
  all.forEach((line, index) => {
    if (line.startsWith('\t')) {
      cells.push({ line: index + 1, lines: [line.slice(1)] });
    } else if (cells.length > 0) {
      cells[cells.length - 1].lines.push(line);
    } else {
      preface.push(line);
    }
  });
  return { firstLine: all[0], preface, cells };
}

interface SourceLine {
  text: string;
  marked: boolean;
}

/** The non-empty lines of a cell, with bookmarks and list markers removed and ends trimmed. */
function sourceLines(lines: string[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (const line of lines) {
    const clean = line.replace(BOOKMARK, '').trim();
    const marker = LINE_MARKER.exec(clean);
    const text = (marker ? clean.slice(marker[0].length) : clean).trim();
    if (text !== '') {
      out.push({ text, marked: marker !== null });
    }
  }
  return out;
}

function joinLine(previous: string, next: string): string {
  return previous.endsWith('/') ? previous + next : `${previous} ${next}`;
}

/** A label or heading cell as one line. */
function flat(cell: SourceCell | undefined): string {
  if (!cell) {
    return '';
  }
  const texts = sourceLines(cell.lines).map((l) => l.text);
  return texts.length === 0 ? '' : texts.reduce(joinLine);
}

/** Whole text without bookmarks, line-start markers or any whitespace. */
function squash(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(BOOKMARK, '').trim().replace(LINE_MARKER, ''))
    .join('')
    .replace(/\s+/g, '');
}

// ---------------------------------------------------------------------------------------------
// The comparison of one source cell with its entries in the data
// ---------------------------------------------------------------------------------------------

interface Item {
  /** Where the item is, for messages: a descriptor id, or e.g. "CEF/HT/exceptional intro". */
  id: string;
  text: string;
  /** A descriptor (bullet); false for a route intro, the "or" between routes, or a note. */
  bullet: boolean;
}

interface CellResult {
  problems: string[];
  /** `<id> +<n>` for every item made from n + 1 source lines. */
  joins: string[];
  /** Bullets whose first source line had no list marker. */
  unmarked: string[];
}

function compareCell(where: string, rawLines: string[], items: Item[]): CellResult {
  const problems: string[] = [];
  const joins: string[] = [];
  const unmarked: string[] = [];

  const wanted = squash(rawLines.join('\n'));
  const got = squash(items.map((i) => i.text).join('\n'));
  if (wanted !== got) {
    let at = 0;
    while (at < wanted.length && wanted[at] === got[at]) {
      at += 1;
    }
    problems.push(
      `${where}: text differs (ignoring whitespace) at "${wanted.slice(at, at + 30)}" / "${got.slice(at, at + 30)}"`,
    );
  }

  const lines = sourceLines(rawLines);
  let cursor = 0;
  for (const item of items) {
    if (cursor >= lines.length) {
      problems.push(`${item.id}: not in the source cell ${where}: "${item.text}"`);
      continue;
    }
    const first = lines[cursor];
    if (item.bullet && !first.marked) {
      unmarked.push(item.id);
    }
    if (!item.bullet && first.marked) {
      problems.push(`${item.id}: the source line has a list marker: "${first.text}"`);
    }
    let text = first.text;
    let end = cursor;
    // A marked line always starts a new bullet, so never join one on.
    while (text.length < item.text.length && end + 1 < lines.length && !lines[end + 1].marked) {
      end += 1;
      text = joinLine(text, lines[end].text);
    }
    if (text !== item.text) {
      problems.push(`${item.id}: source has "${text}", data has "${item.text}"`);
    }
    if (end > cursor) {
      joins.push(`${item.id} +${end - cursor}`);
    }
    cursor = end + 1;
  }
  if (cursor < lines.length) {
    problems.push(
      `${where}: source lines missing from the data: ${lines
        .slice(cursor)
        .map((l) => `"${l.text}"`)
        .join(', ')}`,
    );
  }
  return { problems, joins, unmarked };
}

// ---------------------------------------------------------------------------------------------
// Teachers' Standards
// ---------------------------------------------------------------------------------------------

const SUB_LABEL = /^Standard:?\s*(\d)\.(\d)[.:]?(?=\s|$)/;
const STANDARD_LABEL = /^Standard (\d):\s*/;

interface TsRow {
  labelCell: SourceCell;
  /** One source cell per stage column, in column order; a missing cell is absent. */
  cells: SourceCell[];
}

interface TsTable {
  labels: string[];
  preambleRowLabel: string;
  preambles: string[];
  heading: string;
  rows: TsRow[];
}

function parseTeachersStandards(text: string): TsTable[] {
  const { cells } = splitCells(text);
  const tables: TsTable[] = [];
  let i = 0;
  while (i < cells.length) {
    const t = flat(cells[i]);
    if (t === 'Career Stage:') {
      tables.push({
        labels: cells.slice(i + 1, i + 8).map(flat),
        preambleRowLabel: flat(cells[i + 8]),
        preambles: cells.slice(i + 9, i + 16).map(flat),
        heading: flat(cells[i + 16]),
        rows: [],
      });
      i += 17;
    } else if (SUB_LABEL.test(t) && tables.length > 0) {
      const row: TsRow = { labelCell: cells[i], cells: [] };
      i += 1;
      while (i < cells.length && flat(cells[i]) !== 'Career Stage:' && !SUB_LABEL.test(flat(cells[i]))) {
        row.cells.push(cells[i]);
        i += 1;
      }
      tables[tables.length - 1].rows.push(row);
    } else {
      throw new Error(`Unexpected cell at line ${cells[i].line}: "${t}"`);
    }
  }
  return tables;
}

interface TsCheck {
  problems: string[];
  joins: string[];
  unmarked: string[];
}

/** Compares every descriptor cell of the data with the source, and returns what differs. */
function checkTeachersStandardsCells(data: TeachersStandardsFile, tables: TsTable[]): TsCheck {
  const problems: string[] = [];
  const joins: string[] = [];
  const unmarked: string[] = [];
  const rows = tables.flatMap((t) => t.rows);
  const subs = data.standards.flatMap((s) => s.subStandards);
  if (rows.length !== subs.length) {
    problems.push(`source has ${rows.length} sub-standard rows, data has ${subs.length}`);
  }
  rows.forEach((row, r) => {
    const sub = subs[r];
    if (!sub) {
      return;
    }
    const label = SUB_LABEL.exec(flat(row.labelCell));
    const number = label ? `${label[1]}.${label[2]}` : '?';
    if (number !== sub.number) {
      problems.push(`row ${r + 1}: source is ${number}, data is ${sub.number}`);
    }
    if (row.cells.length > STAGE_CODES.length) {
      problems.push(`${number}: ${row.cells.length} cells in the source row`);
    }
    STAGE_CODES.forEach((code, c) => {
      const entries = sub.cells[code] ?? [];
      const items = entries.map((d) => ({ id: d.id, text: d.text, bullet: true }));
      const result = compareCell(`${number}/${code}`, row.cells[c]?.lines ?? [], items);
      problems.push(...result.problems);
      joins.push(...result.joins);
      unmarked.push(...result.unmarked);
    });
  });
  return { problems, joins, unmarked };
}

describe("Teachers' Standards data against the source document", () => {
  const tables = parseTeachersStandards(TS_SOURCE);
  const rows = tables.flatMap((t) => t.rows);
  const subs = TS_DATA.standards.flatMap((s) => s.subStandards);

  it('has the kind, edition and the first line of the document as its title', () => {
    expect(TS_DATA.kind).toBe('teachers-standards');
    expect(TS_DATA.edition).toEqual({ id: 'hampshire', version: '1.0' });
    expect(TS_DATA.title).toBe(splitCells(TS_SOURCE).firstLine.trim());
  });

  it('has eight tables, each with the same seven stage columns', () => {
    expect(tables).toHaveLength(8);
    for (const table of tables) {
      expect(table.labels).toEqual(STAGE_LABELS);
      expect(table.preambleRowLabel).toBe('');
    }
    expect(TS_DATA.stages.map((s) => s.code)).toEqual([...STAGE_CODES]);
    expect(TS_DATA.stages.map((s) => s.label)).toEqual(STAGE_LABELS);
    for (const stage of TS_DATA.stages) {
      expect(stage.buildsOn).toEqual(BUILDS_ON[stage.code]);
    }
  });

  it('has each standard heading and its table preambles verbatim', () => {
    expect(TS_DATA.standards.map((s) => s.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    tables.forEach((table, t) => {
      const standard = TS_DATA.standards[t];
      const label = STANDARD_LABEL.exec(table.heading);
      expect(label?.[1]).toBe(standard.number);
      expect(standard.heading).toBe(table.heading.slice(label ? label[0].length : 0));
      STAGE_CODES.forEach((code, c) => {
        expect(standard.preambles[code]).toBe(table.preambles[c]);
      });
    });
    // The one preamble that differs from the others (kept as the source has it).
    expect(TS_DATA.standards[7].preambles.LP).toContain('fulfil the statements for MPR.');
  });

  it('has the 35 sub-standards with their titles verbatim', () => {
    expect(subs.map((s) => s.number)).toEqual(SUB_STANDARD_NUMBERS);
    TS_DATA.standards.forEach((standard) => {
      for (const sub of standard.subStandards) {
        expect(sub.number.split('.')[0]).toBe(standard.number);
      }
    });
    expect(rows).toHaveLength(35);
    rows.forEach((row, r) => {
      const text = flat(row.labelCell);
      const sub = subs[r];
      expect(text.endsWith(sub.title)).toBe(true);
      const label = text.slice(0, text.length - sub.title.length).trim();
      expect(label).toMatch(/^Standard:? ?\d\.\d[.:]?$/);
      expect(label.replace(/[^\d.]/g, '').replace(/\.$/, '')).toBe(sub.number);
    });
  });

  it('has every bullet of every cell, in order, verbatim, with nothing extra', () => {
    const result = checkTeachersStandardsCells(TS_DATA, tables);
    expect(result.problems).toEqual([]);
    expect(result.joins).toEqual(TS_JOINS);
    expect(result.unmarked).toEqual(TS_UNMARKED_BULLETS);
  });

  it('has empty cells exactly where the source has them', () => {
    const cellCounts = rows.map((row) => row.cells.length);
    expect(cellCounts.filter((n) => n !== 7)).toEqual([6]);
    expect(cellCounts[34]).toBe(6);
    const sourceEmpty: string[] = [];
    rows.forEach((row, r) => {
      STAGE_CODES.forEach((code, c) => {
        const cell = row.cells[c];
        if (!cell || sourceLines(cell.lines).length === 0) {
          sourceEmpty.push(`${SUB_STANDARD_NUMBERS[r]}/${code}`);
        }
      });
    });
    const dataEmpty = subs.flatMap((sub) =>
      STAGE_CODES.filter((code) => sub.cells[code].length === 0).map((code) => `${sub.number}/${code}`),
    );
    expect(sourceEmpty).toEqual(EMPTY_CELLS);
    expect(dataEmpty).toEqual(EMPTY_CELLS);
  });

  it('numbers the ids 1..n within each cell', () => {
    for (const sub of subs) {
      expect(Object.keys(sub.cells).sort()).toEqual([...STAGE_CODES].sort());
      for (const code of STAGE_CODES) {
        expect(sub.cells[code].map((d) => d.id)).toEqual(sub.cells[code].map((_, n) => `TS${sub.number}/${code}/${n + 1}`));
      }
    }
  });

  it('has the expected number of descriptors', () => {
    const perStage = Object.fromEntries(
      STAGE_CODES.map((code) => [code, subs.reduce((n, sub) => n + sub.cells[code].length, 0)]),
    );
    expect(perStage).toEqual(TS_PER_STAGE);
    expect(Object.values(perStage).reduce((a, b) => a + b, 0)).toBe(TS_TOTAL);
  });
});

// ---------------------------------------------------------------------------------------------
// Career expectations framework
// ---------------------------------------------------------------------------------------------

interface CefTable {
  heading: string;
  ratingLabels: string[];
  /** not-met, achieved, exceptional */
  cells: SourceCell[];
}

function parseCareerExpectations(text: string): CefTable[] {
  const { preface, cells } = splitCells(text);
  const starts: number[] = [];
  cells.forEach((cell, i) => {
    if (flat(cell) === RATING_LABELS[0]) {
      starts.push(i);
    }
  });
  // Each role heading is the last non-empty line before its table, so it sits at the end of the
  // previous table's last cell (or of the preface). Take it out of there.
  const headings = starts.map((start) => {
    const lines = start === 0 ? preface : cells[start - 1].lines;
    let k = lines.length - 1;
    while (k >= 0 && lines[k].trim() === '') {
      k -= 1;
    }
    const heading = (lines[k] ?? '').trim();
    lines.splice(Math.max(k, 0));
    return heading;
  });
  return starts.map((start, r) => {
    const next = r + 1 < starts.length ? starts[r + 1] : cells.length;
    if (next - start !== 6) {
      throw new Error(`The table for "${headings[r]}" has ${next - start} cells`);
    }
    return {
      heading: headings[r],
      ratingLabels: cells.slice(start, start + 3).map(flat),
      cells: cells.slice(start + 3, start + 6),
    };
  });
}

function checkCareerExpectationsCells(data: CareerExpectationsFile, tables: CefTable[]): string[] {
  const problems: string[] = [];
  if (tables.length !== data.roles.length) {
    problems.push(`source has ${tables.length} roles, data has ${data.roles.length}`);
  }
  tables.forEach((table, r) => {
    const role = data.roles[r];
    if (!role) {
      return;
    }
    RATING_CODES.forEach((rating, q) => {
      const entry = role.ratings[rating];
      const items: Item[] = [];
      entry.routes.forEach((route, n) => {
        if (n > 0) {
          items.push({ id: `CEF/${role.code}/${rating} "or" before route ${n + 1}`, text: 'or', bullet: false });
        }
        if (route.intro !== undefined) {
          items.push({ id: `CEF/${role.code}/${rating} intro ${n + 1}`, text: route.intro, bullet: false });
        }
        items.push(...route.descriptors.map((d) => ({ id: d.id, text: d.text, bullet: true })));
      });
      if (entry.note !== undefined) {
        items.push({ id: `CEF/${role.code}/${rating} note`, text: entry.note, bullet: false });
      }
      const result = compareCell(`${role.code}/${rating}`, table.cells[q].lines, items);
      problems.push(...result.problems);
      if (result.joins.length > 0) {
        problems.push(`unexpected joins: ${result.joins.join(', ')}`);
      }
      if (result.unmarked.length > 0) {
        problems.push(`bullets without a marker in the source: ${result.unmarked.join(', ')}`);
      }
    });
  });
  return problems;
}

describe('Career expectations data against the source document', () => {
  const tables = parseCareerExpectations(CEF_SOURCE);

  it('has the kind, edition, title and the three ratings', () => {
    expect(CEF_DATA.kind).toBe('career-expectations');
    expect(CEF_DATA.edition).toEqual({ id: 'hampshire', version: '1.0' });
    expect(CEF_DATA.title).toBe(splitCells(CEF_SOURCE).firstLine.trim());
    expect(CEF_DATA.ratings).toEqual(RATING_CODES.map((code, i) => ({ code, label: RATING_LABELS[i] })));
  });

  it('has the nine roles, headed as in the source', () => {
    expect(tables.map((t) => t.heading)).toEqual(ROLE_HEADINGS);
    for (const table of tables) {
      expect(table.ratingLabels).toEqual(RATING_LABELS);
    }
    expect(CEF_DATA.roles.map((r) => r.code)).toEqual([...ROLE_CODES]);
    expect(CEF_DATA.roles.map((r) => r.label)).toEqual(ROLE_HEADINGS);
  });

  it('has every bullet, intro and note of every cell, in order, verbatim, with nothing extra', () => {
    expect(checkCareerExpectationsCells(CEF_DATA, tables)).toEqual([]);
  });

  it('has one route per rating, except two for the Headteacher’s exceptional rating', () => {
    for (const role of CEF_DATA.roles) {
      expect(Object.keys(role.ratings).sort()).toEqual([...RATING_CODES].sort());
      for (const rating of RATING_CODES) {
        const entry = role.ratings[rating];
        const expectedRoutes = role.code === 'HT' && rating === 'exceptional' ? 2 : 1;
        expect(entry.routes).toHaveLength(expectedRoutes);
        for (const route of entry.routes) {
          expect(route.descriptors.length).toBeGreaterThan(0);
          if (rating === 'exceptional') {
            expect(route.intro).toBe(EXCEPTIONAL_INTRO);
          } else {
            expect(route.intro).toBeUndefined();
          }
        }
        if (rating === 'not-met') {
          expect(entry.note?.startsWith(NOTE_START)).toBe(true);
        } else {
          expect(entry.note).toBeUndefined();
        }
      }
    }
    const ht = CEF_DATA.roles[8].ratings.exceptional.routes;
    expect(ht.map((route) => route.descriptors.map((d) => d.id))).toEqual([
      ['CEF/HT/exceptional/1', 'CEF/HT/exceptional/2'],
      [3, 4, 5, 6, 7, 8].map((n) => `CEF/HT/exceptional/${n}`),
    ]);
  });

  it('numbers the ids 1..n within each rating, counting on across routes', () => {
    for (const role of CEF_DATA.roles) {
      for (const rating of RATING_CODES) {
        const ids = role.ratings[rating].routes.flatMap((route) => route.descriptors.map((d) => d.id));
        expect(ids).toEqual(ids.map((_, n) => `CEF/${role.code}/${rating}/${n + 1}`));
      }
    }
  });

  it('has the expected number of descriptors', () => {
    const count = (code: RoleCode, rating: RatingCode): number => {
      const role = CEF_DATA.roles.find((r) => r.code === code);
      return role ? role.ratings[rating].routes.reduce((n, route) => n + route.descriptors.length, 0) : 0;
    };
    const perRole = Object.fromEntries(
      ROLE_CODES.map((code) => [code, RATING_CODES.reduce((n, rating) => n + count(code, rating), 0)]),
    );
    expect(perRole).toEqual(CEF_PER_ROLE);
    expect(Object.values(perRole).reduce((a, b) => a + b, 0)).toBe(CEF_TOTAL);
  });
});

// ---------------------------------------------------------------------------------------------
// Both files
// ---------------------------------------------------------------------------------------------

function allDescriptors(): { id: string; text: string }[] {
  const ts = TS_DATA.standards.flatMap((s) =>
    s.subStandards.flatMap((sub) => STAGE_CODES.flatMap((code) => sub.cells[code])),
  );
  const cef = CEF_DATA.roles.flatMap((role) =>
    RATING_CODES.flatMap((rating) => role.ratings[rating].routes.flatMap((route) => route.descriptors)),
  );
  return [...ts, ...cef];
}

describe('Descriptors in both files', () => {
  const all = allDescriptors();

  it('have unique, well-formed ids', () => {
    const ids = all.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    const pattern =
      /^(TS[1-8]\.[1-9]\/(ECT1|ECT2|MPR|UPR1|UPR2-3|LP|AHT-DHT)|CEF\/(ECT|MPR|MPR-TLR|UPR|UPR-TLR|LP|AHT-DHT|HOS|HT)\/(not-met|achieved|exceptional))\/[1-9][0-9]*$/;
    expect(ids.filter((id) => !pattern.test(id))).toEqual([]);
    expect(all).toHaveLength(TS_TOTAL + CEF_TOTAL);
  });

  it('have clean text: trimmed, one line, no list marker or bookmark', () => {
    const texts = [
      ...all.map((d) => ({ id: d.id, text: d.text })),
      ...TS_DATA.standards.flatMap((s) => [
        { id: `heading ${s.number}`, text: s.heading },
        ...STAGE_CODES.map((code) => ({ id: `preamble ${s.number}/${code}`, text: s.preambles[code] })),
        ...s.subStandards.map((sub) => ({ id: `title ${sub.number}`, text: sub.title })),
      ]),
      ...CEF_DATA.roles.flatMap((role) =>
        RATING_CODES.flatMap((rating) => {
          const entry = role.ratings[rating];
          return [
            ...(entry.note !== undefined ? [{ id: `note ${role.code}/${rating}`, text: entry.note }] : []),
            ...entry.routes.flatMap((route) =>
              route.intro !== undefined ? [{ id: `intro ${role.code}/${rating}`, text: route.intro }] : [],
            ),
          ];
        }),
      ),
    ];
    const bad = texts.filter(
      (t) =>
        t.text === '' ||
        t.text !== t.text.trim() ||
        /[\r\n\t]/.test(t.text) ||
        LINE_MARKER.test(t.text) ||
        t.text.includes('[bookmark'),
    );
    expect(bad).toEqual([]);
  });
});

describe('Career stages', () => {
  it('maps each career stage onto a stage column and a role', () => {
    expect(STAGES_DATA.kind).toBe('career-stages');
    expect(STAGES_DATA.edition).toEqual({ id: 'hampshire', version: '1.0' });
    expect(STAGES_DATA.careerStages.map((s) => [s.name, s.stage, s.role])).toEqual([
      ['ECT year 1', 'ECT1', 'ECT'],
      ['ECT year 2', 'ECT2', 'ECT'],
      ['Main pay range', 'MPR', 'MPR'],
      ['Main pay range with TLR', 'MPR', 'MPR-TLR'],
      ['UPR 1', 'UPR1', 'UPR'],
      ['UPR 2/3', 'UPR2-3', 'UPR'],
      ['UPR 1 with TLR', 'UPR1', 'UPR-TLR'],
      ['UPR 2/3 with TLR', 'UPR2-3', 'UPR-TLR'],
      ['Leading practitioner', 'LP', 'LP'],
      ['Assistant/deputy headteacher', 'AHT-DHT', 'AHT-DHT'],
      ['Head of school', null, 'HOS'],
      ['Headteacher', null, 'HT'],
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// The comparison can fail
// ---------------------------------------------------------------------------------------------

describe('The cross-check detects altered data', () => {
  const tsTables = parseTeachersStandards(TS_SOURCE);
  const cefTables = parseCareerExpectations(CEF_SOURCE);

  function tsProblems(mutate: (data: TeachersStandardsFile) => void): string[] {
    const copy = deepCopy(TS_DATA);
    mutate(copy);
    return checkTeachersStandardsCells(copy, tsTables).problems;
  }

  function cefProblems(mutate: (data: CareerExpectationsFile) => void): string[] {
    const copy = deepCopy(CEF_DATA);
    mutate(copy);
    return checkCareerExpectationsCells(copy, cefTables);
  }

  const sub = (data: TeachersStandardsFile, number: string) => {
    const found = data.standards.flatMap((s) => s.subStandards).find((s) => s.number === number);
    if (!found) {
      throw new Error(`No sub-standard ${number}`);
    }
    return found;
  };

  it('passes the unaltered data', () => {
    expect(tsProblems(() => undefined)).toEqual([]);
    expect(cefProblems(() => undefined)).toEqual([]);
  });

  it('fails when a bullet is dropped', () => {
    expect(tsProblems((d) => sub(d, '2.2').cells['UPR2-3'].splice(1, 1)).length).toBeGreaterThan(0);
    expect(cefProblems((d) => d.roles[0].ratings.achieved.routes[0].descriptors.pop()).length).toBeGreaterThan(0);
  });

  it('fails when two bullets are swapped', () => {
    expect(
      tsProblems((d) => {
        const cell = sub(d, '1.1').cells.ECT1;
        [cell[0].text, cell[1].text] = [cell[1].text, cell[0].text];
      }).length,
    ).toBeGreaterThan(0);
  });

  it('fails when a word is changed', () => {
    expect(
      tsProblems((d) => {
        const entry = sub(d, '4.3').cells.MPR[0];
        entry.text = entry.text.replace('enrichment', 'extension');
      }).length,
    ).toBeGreaterThan(0);
    expect(
      cefProblems((d) => {
        const entry = d.roles[8].ratings.achieved.routes[0].descriptors[5];
        entry.text = entry.text.replace('focussed', 'focused');
      }).length,
    ).toBeGreaterThan(0);
  });

  it('fails when only the spacing is changed', () => {
    expect(
      tsProblems((d) => {
        const entry = sub(d, '3.4').cells.ECT1[0];
        entry.text = entry.text.replace('school.  Be', 'school. Be');
      }).length,
    ).toBeGreaterThan(0);
  });

  it('fails when two bullets are merged or a bullet is moved to another cell', () => {
    expect(
      tsProblems((d) => {
        const cell = sub(d, '8.5').cells.LP;
        cell.splice(0, 2, { id: cell[0].id, text: `${cell[0].text} ${cell[1].text}` });
      }).length,
    ).toBeGreaterThan(0);
    expect(
      tsProblems((d) => {
        const moved = sub(d, '8.5').cells.LP.pop();
        if (moved) {
          sub(d, '8.5').cells['AHT-DHT'].push(moved);
        }
      }).length,
    ).toBeGreaterThan(0);
  });

  it('fails when a bullet is added or the Headteacher routes are merged', () => {
    expect(
      tsProblems((d) => {
        sub(d, '7.2').cells.ECT2.push({ id: 'TS7.2/ECT2/1', text: 'Communicate any behaviour concerns to parents.' });
      }).length,
    ).toBeGreaterThan(0);
    expect(
      cefProblems((d) => {
        const routes = d.roles[8].ratings.exceptional.routes;
        routes[0].descriptors.push(...routes[1].descriptors);
        routes.splice(1, 1);
      }).length,
    ).toBeGreaterThan(0);
  });
});
