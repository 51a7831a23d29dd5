/**
 * Golden tests: the exact text of composed objectives and rationales, pinned in test/golden/compose/*.txt.
 * Each file shows the tag, title, cited ids and warnings, then the block with bold runs as **…**.
 * After a deliberate wording change, regenerate with `UPDATE_GOLDEN=1 npx jest compose-golden` and read the diff.
 */
import fs from 'fs';
import path from 'path';
import { bundledFramework } from '../../src/core/framework/bundled';
import { blockPlainText, type ComposedBlock } from '../../src/core/compose/block';
import { composeObjectiveBlock, draftObjective, type ObjectiveRequest } from '../../src/core/compose/objective';
import { draftRationale, type RationaleRequest } from '../../src/core/compose/rationale';

const GOLDEN = path.join(__dirname, '..', 'golden', 'compose');
const framework = bundledFramework();

function render(block: ComposedBlock, warnings: readonly string[] = []): string {
  const body = block.paragraphs.map((p) => p.runs.map((r) => (r.bold ? `**${r.text}**` : r.text)).join('')).join('\n');
  return [`tag: ${block.tag}`, `title: ${block.title}`, `cited: ${block.citedIds.join(', ')}`, ...warnings.map((w) => `warning: ${w}`), '---', body, ''].join('\n');
}

function expectGolden(name: string, block: ComposedBlock, warnings: readonly string[] = []): void {
  const actual = render(block, warnings);
  const file = path.join(GOLDEN, `${name}.txt`);
  if (process.env.UPDATE_GOLDEN === '1') fs.writeFileSync(file, actual, 'utf8');
  expect(fs.existsSync(file)).toBe(true);
  expect(actual).toBe(fs.readFileSync(file, 'utf8'));
  // The preview text is the golden body without the bold markers.
  const body = actual.slice(actual.indexOf('---\n') + 4, -1).replace(/\*\*/g, '');
  expect(blockPlainText(block)).toBe(body);
}

function objective(request: ObjectiveRequest, values: Partial<Record<'successCriteria' | 'timescale' | 'support' | 'evidence', string>> = {}): ComposedBlock {
  const draft = draftObjective(framework, request);
  for (const [name, value] of Object.entries(values)) draft.fields[name as keyof typeof values].value = value;
  return composeObjectiveBlock(framework, draft);
}

function rationale(request: RationaleRequest): [ComposedBlock, string[]] {
  const { block, warnings } = draftRationale(framework, request);
  return [block, warnings];
}

describe('composed objectives', () => {
  it('ECT 1, Teachers’ Standard 1.1: "With support, …" with the descriptors joined', () => {
    expectGolden('objective-ect1-1.1', objective({ careerStageName: 'ECT year 1', subStandard: '1.1', descriptorIds: ['TS1.1/ECT1/2', 'TS1.1/ECT1/1'], number: 1 }));
  });

  it('ECT 1, Teachers’ Standard 6.4: three descriptors', () => {
    expectGolden('objective-ect1-6.4', objective({ careerStageName: 'ECT year 1', subStandard: '6.4', descriptorIds: ['TS6.4/ECT1/1', 'TS6.4/ECT1/2', 'TS6.4/ECT1/3'], number: 2 }));
  });

  it('MPR, Teachers’ Standard 2.1: two descriptors under the MPR preamble, with the reviewer’s fields filled in', () => {
    expectGolden(
      'objective-mpr-2.1',
      objective(
        { careerStageName: 'Main pay range', subStandard: '2.1', descriptorIds: ['TS2.1/MPR/1', 'TS2.1/MPR/2'], number: 3 },
        {
          successCriteria: 'Pupil progress meetings show every pupil tracked each half term.\nModeration notes show ECTs supported.',
          timescale: 'By July; reviewed in February.',
          support: '',
          evidence: 'Tracking data & moderation records',
        },
      ),
    );
  });

  it('ECT 2: the preamble’s complete sentence, then "Additionally, …"', () => {
    expectGolden('objective-ect2-6.4', objective({ stage: 'ECT2', subStandard: '6.4', descriptorIds: ['TS6.4/ECT2/1', 'TS6.4/ECT2/2'], number: 1 }));
  });
});

describe('composed rating rationales', () => {
  it('Achieved expectations, Main pay range with TLR', () => {
    expectGolden(
      'rationale-mpr-tlr-achieved',
      ...rationale({
        careerStageName: 'Main pay range with TLR',
        rating: 'achieved',
        tickedIds: ['CEF/MPR-TLR/achieved/9', 'CEF/MPR-TLR/achieved/1', 'CEF/MPR-TLR/achieved/4', 'CEF/MPR-TLR/achieved/7'],
        evidenceNotes: { 'CEF/MPR-TLR/achieved/9': 'Led the maths working party; staff survey and book looks show the new approach in every class.' },
        overallNote: 'A strong year of leadership in mathematics.',
      }),
    );
  });

  it('Exceptional performance, UPR with TLR: achieved descriptors confirmed, then the exceptional ones', () => {
    expectGolden(
      'rationale-upr-tlr-exceptional',
      ...rationale({
        careerStageName: 'UPR 2/3 with TLR',
        rating: 'exceptional',
        tickedIds: [
          'CEF/UPR-TLR/achieved/1',
          'CEF/UPR-TLR/achieved/3',
          'CEF/UPR-TLR/achieved/11',
          'CEF/UPR-TLR/exceptional/1',
          'CEF/UPR-TLR/exceptional/4',
          'CEF/UPR-TLR/exceptional/6',
        ],
        evidenceNotes: { 'CEF/UPR-TLR/exceptional/6': 'Coaching programme for six teachers; all six now judged good or better.' },
        overallNote: '',
        includePayLine: true,
      }),
    );
  });

  it('Not meeting expectations, ECT: findings, then the framework’s ECT note word for word', () => {
    expectGolden(
      'rationale-ect-not-met',
      ...rationale({
        careerStageName: 'ECT year 1',
        rating: 'not-met',
        tickedIds: ['CEF/ECT/not-met/1', 'CEF/ECT/not-met/3', 'CEF/ECT/not-met/6', 'CEF/ECT/not-met/8'],
        evidenceNotes: {},
        overallNote: 'A support plan was agreed with the induction tutor in March.',
      }),
    );
  });

  it('Exceptional performance, Headteacher, route 1', () => {
    expectGolden(
      'rationale-ht-exceptional-route1',
      ...rationale({
        careerStageName: 'Headteacher',
        rating: 'exceptional',
        route: 1,
        tickedIds: ['CEF/HT/achieved/1', 'CEF/HT/achieved/11', 'CEF/HT/exceptional/1', 'CEF/HT/exceptional/2'],
      }),
    );
  });

  it('Exceptional performance, Headteacher, route 2, with its examples', () => {
    expectGolden(
      'rationale-ht-exceptional-route2',
      ...rationale({
        careerStageName: 'Headteacher',
        rating: 'exceptional',
        route: 2,
        tickedIds: [
          'CEF/HT/achieved/1',
          'CEF/HT/achieved/6',
          'CEF/HT/exceptional/3',
          'CEF/HT/exceptional/4',
          'CEF/HT/exceptional/5',
          'CEF/HT/exceptional/6',
          'CEF/HT/exceptional/8',
        ],
        includePayLine: true,
      }),
    );
  });

  it('Exceptional performance with no achieved descriptor ticked: composed, with a warning', () => {
    expectGolden(
      'rationale-mpr-exceptional-no-achieved',
      ...rationale({ careerStageName: 'Main pay range', rating: 'exceptional', tickedIds: ['CEF/MPR/exceptional/2', 'CEF/MPR/exceptional/6'] }),
    );
  });
});
