/* global window, document, NodeFilter */
// The insertion scenarios of test/fixtures/insertion-scenarios.json through the preview adapter on the BUILT preview
// page, run by run.mjs: the same scenarios the Word adapter runs on the Word fake (test/adapter/insertion-contract.test.ts),
// with the same expected document text, tags and caret (shown by the marker inserted last). The sample document is
// replaced by each scenario's document; the page is reloaded afterwards.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WAIT } from './wait.mjs';

export async function insertionContractScenario({ page, check, assert, origin, ROOT }) {
  const fixture = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'insertion-scenarios.json'), 'utf8'));
  const expand = (text) => text.replace(/\{(\w+)\}/g, (_, name) => fixture.blocks[name].text);

  await page.goto(`${origin}/preview.html`);
  await page.waitForFunction(() => window.standardsCompanionPreviewPort !== undefined, null, { timeout: WAIT });

  for (const scenario of fixture.scenarios) {
    await check(`insertion contract (preview adapter): ${scenario.name}`, async () => {
      const actual = await page.evaluate(
        async ({ scenario, fixture }) => {
          const root = document.getElementById('sample-document');
          const expandIn = (text) => text.replace(/\{(\w+)\}/g, (_, name) => fixture.blocks[name].text);
          // The scenario's document, as the preview page stands one in: a numbered line is the typed "1. ".
          root.replaceChildren();
          let table = null;
          for (const p of scenario.document) {
            const el = document.createElement(p.heading ? 'h2' : 'p');
            const text = p.numbered ? '1. ' : expandIn(p.text);
            let rest = text;
            for (const name of p.controls ?? []) {
              const block = fixture.blocks[name];
              const at = rest.indexOf(block.text);
              el.append(rest.slice(0, at));
              const span = document.createElement('span');
              span.className = 'tagged-block';
              span.dataset.tag = block.tag;
              span.title = block.title;
              span.textContent = block.text;
              el.append(span);
              rest = rest.slice(at + block.text.length);
            }
            el.append(rest);
            if (p.cell) {
              table ??= root.appendChild(document.createElement('table')).appendChild(document.createElement('tbody'));
              table.appendChild(document.createElement('tr')).appendChild(document.createElement('td')).appendChild(el);
            } else {
              table = null;
              root.appendChild(el);
            }
          }
          // The caret: in paragraph `paragraph` after `offset` characters (its end when not given).
          const paragraphs = [...root.querySelectorAll('p, h2')];
          const target = paragraphs[scenario.caret.paragraph];
          const walker = document.createTreeWalker(target, NodeFilter.SHOW_TEXT);
          let left = scenario.caret.offset ?? (target.textContent ?? '').length;
          const range = document.createRange();
          range.setStart(target, target.childNodes.length);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (left <= node.textContent.length) {
              range.setStart(node, left);
              break;
            }
            left -= node.textContent.length;
          }
          range.collapse(true);
          const selection = window.getSelection();
          selection.removeAllRanges();
          selection.addRange(range);
          document.dispatchEvent(new Event('selectionchange'));
          await new Promise((resolve) => setTimeout(resolve, 0));

          const port = window.standardsCompanionPreviewPort;
          const options = { mode: 'after-selection', asPlainText: false, edition: 'hampshire@1.0' };
          for (const step of scenario.steps) {
            const list = fixture.lists[step];
            if (fixture.composed[step]) await port.insertComposedBlock(fixture.composed[step], options);
            else if (list) await port.insertDescriptorList({ items: list.items.map((name) => fixture.blocks[name]), reference: list.reference }, options);
            else await port.insertBlocks([fixture.blocks[step]], options);
          }
          await port.insertBlocks([{ text: fixture.caretMarker, tag: '', title: '' }], { mode: 'after-selection', asPlainText: true });
          const model = await port.readDocumentModel();
          const result = { paragraphs: model.paragraphs.map((p) => p.text), tags: model.blocks.map((b) => b.tag) };
          // The bulleted list items, where the scenario inserts a list (Word: paragraphs with a bullet).
          if (scenario.expect.listItems) result.listItems = [...root.querySelectorAll('ul > li')].map((li) => li.textContent);
          return result;
        },
        { scenario, fixture },
      );
      const expected = { paragraphs: scenario.expect.paragraphs.map(expand), tags: scenario.expect.tags };
      if (scenario.expect.listItems) expected.listItems = scenario.expect.listItems.map(expand);
      assert(JSON.stringify(actual) === JSON.stringify(expected), `expected ${JSON.stringify(expected)}\n     got      ${JSON.stringify(actual)}`);
    });
  }
  // Leave the sample document as the other scenarios expect it.
  await page.goto(`${origin}/preview.html`);
}
