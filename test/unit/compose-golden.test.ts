/**
 * Golden tests: the exact text of composed objectives, areas for development, rating rationales and pay
 * recommendations, pinned in test/golden/compose/*.txt. Each file shows the tag, title, cited ids, warnings and any
 * blocked reason, then the block with bold runs as **…** (placeholder runs show as their bracketed prompt).
 * Every file has been read aloud as a head teacher would before signing it.
 * After a deliberate wording change, regenerate with `UPDATE_GOLDEN=1 npx jest compose-golden` and read the diff.
 */
import fs from 'fs';
import path from 'path';
import { bundledFramework } from '../../src/core/framework/bundled';
import { blockPlainText, type ComposedBlock } from '../../src/core/compose/block';
import { composeObjective, type ObjectiveRequest } from '../../src/core/compose/objective';
import { composeDevelopment, type DevelopmentRequest } from '../../src/core/compose/development';
import { draftRationale, type RationaleRequest } from '../../src/core/compose/rationale';
import { composePay, type PayRequest } from '../../src/core/compose/pay';
import { descriptorListInsertion } from '../../src/core/compose/reference';

const GOLDEN = path.join(__dirname, '..', 'golden', 'compose');
const framework = bundledFramework();

interface Result {
  block: ComposedBlock;
  warnings: readonly string[];
  blocked: string | null;
}

function render({ block, warnings, blocked }: Result): string {
  const body = block.paragraphs.map((p) => p.runs.map((r) => (r.bold ? `**${r.text}**` : r.text)).join('')).join('\n');
  return [
    `tag: ${block.tag}`,
    `title: ${block.title}`,
    `cited: ${block.citedIds.join(', ')}`,
    ...warnings.map((w) => `warning: ${w}`),
    ...(blocked === null ? [] : [`blocked: ${blocked}`]),
    '---',
    body,
    '',
  ].join('\n');
}

function expectGolden(name: string, result: Result): void {
  const actual = render(result);
  const file = path.join(GOLDEN, `${name}.txt`);
  if (process.env.UPDATE_GOLDEN === '1') fs.writeFileSync(file, actual, 'utf8');
  expect(fs.existsSync(file)).toBe(true);
  expect(actual).toBe(fs.readFileSync(file, 'utf8'));
  // The preview text is the golden body without the bold markers.
  const body = actual.slice(actual.indexOf('---\n') + 4, -1).replace(/\*\*/g, '');
  expect(blockPlainText(result.block)).toBe(body);
}

const objective = (request: ObjectiveRequest) => composeObjective(framework, request);
const development = (request: DevelopmentRequest) => composeDevelopment(framework, request);
const rationale = (request: RationaleRequest) => draftRationale(framework, request);
const pay = (request: PayRequest) => composePay(framework, request);

describe('composed objectives', () => {
  it('ECT 1, 1.1: "With support, …", split into two sentences rather than one of 60 words', () => {
    expectGolden('objective-ect1-1.1', objective({ careerStageName: 'ECT year 1', descriptorIds: ['TS1.1/ECT1/2', 'TS1.1/ECT1/1'], number: 1 }));
  });

  it('ECT 1, 6.4: three descriptors with commas of their own, joined by semicolons', () => {
    expectGolden('objective-ect1-6.4', objective({ careerStageName: 'ECT year 1', descriptorIds: ['TS6.4/ECT1/1', 'TS6.4/ECT1/2', 'TS6.4/ECT1/3'], number: 2 }));
  });

  it('ECT 2, 6.4: no sentence about the ECT 1 statements', () => {
    expectGolden('objective-ect2-6.4', objective({ stage: 'ECT2', descriptorIds: ['TS6.4/ECT2/1', 'TS6.4/ECT2/2'], number: 1 }));
  });

  it('MPR, 2.1: the reviewer’s fields filled in, one left as a placeholder', () => {
    expectGolden(
      'objective-mpr-2.1',
      objective({
        careerStageName: 'Main pay range',
        descriptorIds: ['TS2.1/MPR/1', 'TS2.1/MPR/2'],
        number: 3,
        values: {
          successCriteria: 'Pupil progress meetings show every pupil tracked each half term.\nModeration notes show ECTs supported.',
          timescale: 'By July; reviewed in February.',
          evidence: 'Tracking data & moderation records',
        },
      }),
    );
  });

  it('MPR across two sub-standards (2.1 and 6.3), every SMART part a placeholder', () => {
    expectGolden('objective-mpr-2.1-6.3', objective({ careerStageName: 'Main pay range', descriptorIds: ['TS6.3/MPR/5', 'TS2.1/MPR/1'], number: 1 }));
  });

  it('UPR 1 with TLR, 7.1 and 7.4: the heading names both, the linked school priority given', () => {
    expectGolden(
      'objective-upr1-7.1-7.4',
      objective({
        careerStageName: 'UPR 1 with TLR',
        descriptorIds: ['TS7.1/UPR1/1', 'TS7.4/UPR1/1'],
        number: 2,
        values: { successCriteria: 'Behaviour logs for the phase show fewer repeat incidents each half term.', priority: 'SIP priority 2: behaviour and attitudes' },
      }),
    );
  });

  it('Leading practitioner, every descriptor of 5.4: sentences kept under 40 words', () => {
    const ids = framework.descriptors.filter((d) => d.standard === '5.4' && d.stage === 'LP').map((d) => d.id);
    expectGolden('objective-lp-5.4', objective({ careerStageName: 'Leading practitioner', descriptorIds: ids, number: 1 }));
  });

  it('Assistant/deputy headteacher, 5.3: a 53-word descriptor split where the wording file says', () => {
    expectGolden('objective-aht-5.3', objective({ careerStageName: 'Assistant/deputy headteacher', descriptorIds: ['TS5.3/AHT-DHT/1'], number: 4 }));
  });
});

describe('composed areas for development', () => {
  it('ECT year 2, 6.4 and 7.4: expected practice, the reviewer’s evidence, support to agree and a review date to set', () => {
    expectGolden(
      'development-ect2-6.4-7.4',
      development({
        careerStageName: 'ECT year 2',
        descriptorIds: ['TS6.4/ECT2/1', 'TS7.4/ECT2/1'],
        number: 1,
        values: { evidence: 'In three of the five lessons observed this term, questioning did not check pupils’ understanding, and the behaviour policy was not followed after low-level disruption.' },
      }),
    );
  });

  it('Main pay range, 4.1: every field filled in', () => {
    expectGolden(
      'development-mpr-4.1',
      development({
        careerStageName: 'Main pay range',
        descriptorIds: ['TS4.1/MPR/1'],
        number: 2,
        values: {
          evidence: 'Learning walks on 3 and 17 October: lesson starts were slow and pupils waited for the teacher.',
          support: 'Weekly coaching with the phase leader; one observation of a colleague’s lesson starts.',
          review: 'Friday 12 December',
        },
      }),
    );
  });

  it('UPR 1, 7.1 and 7.4: the heading names both sub-standards, not only their standard', () => {
    expectGolden(
      'development-upr1-7.1-7.4',
      development({
        careerStageName: 'UPR 1',
        descriptorIds: ['TS7.1/UPR1/1', 'TS7.4/UPR1/1'],
        number: 1,
        values: {
          evidence: 'Behaviour logs for the autumn term show colleagues in the phase were not supported with repeated incidents.',
          support: 'Fortnightly meetings with the deputy head to review the behaviour log.',
          review: 'February half term',
        },
      }),
    );
  });
});

describe('composed rating rationales', () => {
  it('Achieved expectations, Main pay range with TLR', () => {
    expectGolden(
      'rationale-mpr-tlr-achieved',
      rationale({
        careerStageName: 'Main pay range with TLR',
        rating: 'achieved',
        tickedIds: ['CEF/MPR-TLR/achieved/9', 'CEF/MPR-TLR/achieved/1', 'CEF/MPR-TLR/achieved/4', 'CEF/MPR-TLR/achieved/7'],
        evidenceNotes: { 'CEF/MPR-TLR/achieved/9': 'Led the maths working party; staff survey and book looks show the new approach in every class.' },
        overallNote: 'A strong year of leadership in mathematics.',
      }),
    );
  });

  it('Exceptional performance, UPR 2/3 with TLR: achieved descriptors confirmed, then the exceptional ones', () => {
    expectGolden(
      'rationale-upr-tlr-exceptional',
      rationale({
        careerStageName: 'UPR 2/3 with TLR',
        rating: 'exceptional',
        tickedIds: ['CEF/UPR-TLR/achieved/1', 'CEF/UPR-TLR/achieved/3', 'CEF/UPR-TLR/achieved/11', 'CEF/UPR-TLR/exceptional/1', 'CEF/UPR-TLR/exceptional/4', 'CEF/UPR-TLR/exceptional/6'],
        evidenceNotes: { 'CEF/UPR-TLR/exceptional/6': 'Coaching programme for six teachers; all six now judged good or better.' },
      }),
    );
  });

  it('Not meeting expectations, ECT: findings only; the framework’s support note stays with the reviewer', () => {
    expectGolden(
      'rationale-ect-not-met',
      rationale({
        careerStageName: 'ECT year 1',
        rating: 'not-met',
        tickedIds: ['CEF/ECT/not-met/1', 'CEF/ECT/not-met/3', 'CEF/ECT/not-met/6', 'CEF/ECT/not-met/8'],
        overallNote: 'A support plan was agreed with the induction tutor in March.',
      }),
    );
  });

  it('Not meeting expectations, Main pay range, with the framework’s note asked for: labelled as guidance for the reviewer', () => {
    expectGolden('rationale-mpr-not-met-note', rationale({ careerStageName: 'Main pay range', rating: 'not-met', tickedIds: ['CEF/MPR/not-met/2', 'CEF/MPR/not-met/5'], includeNotMetNote: true }));
  });

  it('Exceptional performance, Headteacher, route 1', () => {
    expectGolden(
      'rationale-ht-exceptional-route1',
      rationale({ careerStageName: 'Headteacher', rating: 'exceptional', route: 1, tickedIds: ['CEF/HT/achieved/1', 'CEF/HT/achieved/11', 'CEF/HT/exceptional/1', 'CEF/HT/exceptional/2'] }),
    );
  });

  it('Exceptional performance, Headteacher, route 2: the lead-in stated with its examples, the "acceptable level" clause once', () => {
    expectGolden(
      'rationale-ht-exceptional-route2',
      rationale({
        careerStageName: 'Headteacher',
        rating: 'exceptional',
        route: 2,
        tickedIds: ['CEF/HT/achieved/1', 'CEF/HT/achieved/2', 'CEF/HT/achieved/6', 'CEF/HT/exceptional/3', 'CEF/HT/exceptional/4', 'CEF/HT/exceptional/6', 'CEF/HT/exceptional/8'],
      }),
    );
  });

  it('Exceptional performance, Headteacher, route 2 with only the lead-in ticked: left out, and blocked', () => {
    expectGolden('rationale-ht-route2-lead-in-only', rationale({ careerStageName: 'Headteacher', rating: 'exceptional', route: 2, tickedIds: ['CEF/HT/achieved/1', 'CEF/HT/exceptional/5'] }));
  });

  it('Exceptional performance with no achieved descriptor ticked: blocked', () => {
    expectGolden('rationale-mpr-exceptional-no-achieved', rationale({ careerStageName: 'Main pay range', rating: 'exceptional', tickedIds: ['CEF/MPR/exceptional/2', 'CEF/MPR/exceptional/6'] }));
  });
});

describe('composed pay recommendations', () => {
  it('progress, UPR 2/3 with TLR, Exceptional performance, with the reviewer’s note', () => {
    expectGolden(
      'pay-upr-tlr-progress',
      pay({ careerStageName: 'UPR 2/3 with TLR', rating: 'exceptional', recommendation: 'progress', note: 'All objectives met or exceeded; eligible for the next point under the school’s pay policy.' }),
    );
  });

  it('do not progress with Not meeting expectations', () => {
    expectGolden('pay-mpr-no-progress-not-met', pay({ careerStageName: 'Main pay range', rating: 'not-met', recommendation: 'no-progress', note: 'Support plan in place since March; progress to be reviewed in the autumn term.' }));
  });

  it('do not progress with Achieved expectations: warned, citing the 2024 pay document', () => {
    expectGolden('pay-mpr-no-progress-achieved', pay({ careerStageName: 'Main pay range', rating: 'achieved', recommendation: 'no-progress' }));
  });

  it('progress with Not meeting expectations: blocked', () => {
    expectGolden('pay-mpr-progress-not-met', pay({ careerStageName: 'Main pay range', rating: 'not-met', recommendation: 'progress' }));
  });

  it('not eligible this year, Headteacher', () => {
    expectGolden('pay-ht-not-eligible', pay({ careerStageName: 'Headteacher', rating: 'achieved', recommendation: 'not-eligible', note: 'At the top of the headteacher’s pay range.' }));
  });

  it('not applicable, ECT year 1', () => {
    expectGolden('pay-ect1-not-applicable', pay({ careerStageName: 'ECT year 1', rating: 'achieved', recommendation: 'not-applicable', note: 'ECT on induction.' }));
  });
});

describe('Insert all: one list, one reference', () => {
  it('Leading practitioner, 1.1', () => {
    const list = descriptorListInsertion(framework, ['TS1.1/LP/2', 'TS1.1/LP/1']);
    const file = path.join(GOLDEN, 'list-lp-1.1.txt');
    const actual = [...list.items.map((i) => `${i.tag} | ${i.title}`), '---', list.text, ''].join('\n');
    if (process.env.UPDATE_GOLDEN === '1') fs.writeFileSync(file, actual, 'utf8');
    expect(actual).toBe(fs.readFileSync(file, 'utf8'));
  });
});
