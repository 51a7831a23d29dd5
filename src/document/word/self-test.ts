import type { WordHost } from './host';
import type { SelfTestCheck, SelfTestReport } from './self-test-report';
import { codeOf, errorLocation } from './errors';
import { createWordPort } from './word-port';

/**
 * "Test this copy of Word" (Settings): runs every capability the add-in uses, in a scratch paragraph near the end of
 * the document, removes what it added, checks the document reads as it did, and reports each step with Word's error
 * code, so a school's IT lead can send the developers what their Word does (TESTING-IN-WORD.md). It uses the add-in's
 * own adapter for inserting, reading, Go to and Restore, so it tests the code staff will use.
 */
const SCRATCH_TAG = 'tsd:SELF-TEST/1';
const SCRATCH_TEXT = 'Standards Companion self-test: this text is removed when the test ends.';
const PROPERTY = 'StandardsCompanionSelfTest';
const SETS: [string, string][] = [
  ...['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8', '1.9'].map((v): [string, string] => ['WordApi', v]),
  ...['1.1', '1.2', '1.3', '1.4'].map((v): [string, string] => ['WordApiDesktop', v]),
];

function failure(error: unknown): string {
  const cause = (error as { cause?: unknown } | null)?.cause ?? error;
  const code = codeOf(cause);
  const where = errorLocation(cause);
  const message = error instanceof Error ? error.message : String(error);
  return [code && `${code}${where ? ` at ${where}` : ''}`, message].filter(Boolean).join(': ');
}

/** Runs the self-test. `environment` is Office.context.diagnostics (platform, version), where available. */
export async function runWordSelfTest(host: WordHost, environment: { platform?: string; version?: string } = {}): Promise<SelfTestReport> {
  const checks: SelfTestCheck[] = [];
  const step = async (name: string, run: () => Promise<string>) => {
    try {
      checks.push({ name, ok: true, detail: await run() });
    } catch (error) {
      checks.push({ name, ok: false, detail: failure(error) });
    }
  };
  const has13 = host.isSetSupported('WordApi', '1.3');
  const port = createWordPort(host);

  const snapshot = () =>
    host.run(async (context) => {
      const body = context.document.body;
      body.load('text');
      const paragraphs = body.paragraphs;
      paragraphs.load('text');
      await context.sync();
      return { text: body.text, paragraphs: paragraphs.items.length };
    });
  let before: { text: string; paragraphs: number } | null = null;
  await step('read the document', async () => {
    before = await snapshot();
    return `${before.paragraphs} paragraphs`;
  });

  await step('make a scratch paragraph near the end and put the cursor in it', () =>
    host.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load('text');
      await context.sync();
      const last = paragraphs.items[paragraphs.items.length - 1] as Word.Paragraph;
      // Before the last paragraph, so removing it never touches the document's final paragraph mark.
      last.insertParagraph('', 'Before').select('Start');
      await context.sync();
      return 'done';
    }),
  );

  let blockIndex = -1;
  await step('insert and tag a content control (the add-in’s own insertion)', async () => {
    const outcome = await port.insertBlocks([{ text: SCRATCH_TEXT, tag: SCRATCH_TAG, title: 'Self-test' }], { mode: 'after-selection', asPlainText: false });
    if (outcome.asPlainText) throw new Error(`it went in as plain text: ${outcome.notice ?? ''}`);
    return 'tagged content control inserted';
  });

  await step('read it back as the check does', async () => {
    const model = await port.readDocumentModel();
    blockIndex = model.blocks.findIndex((b) => b.tag === SCRATCH_TAG);
    const block = model.blocks[blockIndex];
    if (!block) throw new Error('the tagged block was not found in the document model');
    if (block.text !== SCRATCH_TEXT) throw new Error(`its text reads back as “${block.text}”`);
    return `${model.paragraphs.length} paragraphs, ${model.blocks.length} tagged blocks; this one is ${block.level}`;
  });

  await step('select it (Go to)', async () => {
    await port.selectBlock(blockIndex);
    return 'selected';
  });

  await step('replace its text (Restore official wording)', async () => {
    await port.replaceBlockText(blockIndex, `${SCRATCH_TEXT} Replaced.`);
    const model = await port.readDocumentModel();
    const text = model.blocks.find((b) => b.tag === SCRATCH_TAG)?.text;
    if (text !== `${SCRATCH_TEXT} Replaced.`) throw new Error(`it reads back as “${text ?? '(gone)'}”`);
    return 'replaced, tag kept';
  });

  await step('tag and title lengths Word keeps', () =>
    host.run(async (context) => {
      const controls = context.document.body.contentControls;
      controls.load('items/tag');
      await context.sync();
      const control = controls.items.find((c) => c.tag === SCRATCH_TAG);
      if (!control) throw new Error('the scratch control has gone');
      control.tag = `${SCRATCH_TAG}/${'x'.repeat(255 - SCRATCH_TAG.length - 1)}`;
      control.title = 'y'.repeat(255);
      control.load('tag,title');
      await context.sync();
      const kept = `Word kept ${control.tag.length} of 255 characters of a tag and ${control.title.length} of 255 of a title (the add-in writes at most 64 of each)`;
      control.tag = SCRATCH_TAG;
      await context.sync();
      return kept;
    }),
  );

  if (has13) {
    await step('custom document property: write, read back, remove', () =>
      host.run(async (context) => {
        const properties = context.document.properties.customProperties;
        properties.add(PROPERTY, 'written');
        await context.sync();
        const item = properties.getItemOrNullObject(PROPERTY);
        item.load('value');
        await context.sync();
        const read = item.isNullObject ? null : String(item.value);
        if (!item.isNullObject) item.delete();
        await context.sync();
        if (read !== 'written') throw new Error(`written, but read back ${read === null ? 'as missing' : `as “${read}”`} (seen in Word on the web: office-js #328, #6206)`);
        return 'written and read back';
      }),
    );
  } else checks.push({ name: 'custom document property', ok: true, detail: 'not available here (WordApi 1.3 is missing): the add-in settings are used instead' });

  await step('add-in settings: save, read back, remove', async () => {
    const settings = host.settings;
    if (!settings) throw new Error('this copy of Word gives the add-in no settings');
    const save = () => new Promise<void>((resolve, reject) => settings.saveAsync((r) => (String(r.status) === 'failed' ? reject(new Error(r.error?.message ?? 'saveAsync failed')) : resolve())));
    settings.set(PROPERTY, 'saved');
    await save();
    const read = settings.get(PROPERTY);
    settings.remove(PROPERTY);
    await save();
    if (read !== 'saved') throw new Error(`saved, but read back as ${JSON.stringify(read)}`);
    return 'saved and read back';
  });

  await step('remove what the test added', () =>
    host.run(async (context) => {
      const controls = context.document.body.contentControls;
      controls.load('items/tag');
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load('text');
      await context.sync();
      const found = controls.items.filter((c) => c.tag.startsWith(SCRATCH_TAG));
      for (const control of found) control.delete(false);
      // The scratch paragraph: the one before the last, now empty again.
      const scratch = paragraphs.items[paragraphs.items.length - 2];
      await context.sync();
      if (scratch) {
        scratch.load('text');
        await context.sync();
        if (scratch.text.trim() === '') scratch.delete();
        await context.sync();
      }
      return `${found.length} control removed`;
    }),
  );

  let unchanged = false;
  await step('the document is as it was', async () => {
    const after = await snapshot();
    unchanged = before !== null && after.text === (before as { text: string }).text && after.paragraphs === (before as { paragraphs: number }).paragraphs;
    if (!unchanged) throw new Error(`it now has ${after.paragraphs} paragraphs (${(before as { paragraphs: number } | null)?.paragraphs ?? '?'} before) or different text: use Undo in Word`);
    return 'text and paragraphs as before';
  });

  return {
    at: new Date().toISOString(),
    word: [environment.platform, environment.version].filter(Boolean).join(' ') || 'unknown',
    requirementSets: SETS.map(([name, version]) => ({ name: `${name} ${version}`, supported: host.isSetSupported(name, version) })),
    checks,
    unchanged,
  };
}

/** Office's description of where the add-in runs (Office.context.diagnostics), where Office gives one. */
export function officeEnvironment(): { platform?: string; version?: string } {
  try {
    const info = Office.context.diagnostics;
    return { platform: String(info?.platform ?? ''), version: info?.version ?? '' };
  } catch {
    return {};
  }
}
