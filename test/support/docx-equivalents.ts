/**
 * For the readers' contract test: turns a .docx file's body into what the other two readers would see of the same
 * document, without going through the core's model builder.
 * - `previewRoot`: the preview page's contenteditable document (p, table cells, `div`/`span` with `data-tag` for
 *   block-level and inline content controls, `<br>` for a line break), built with createElement so no HTML parser
 *   rearranges it;
 * - `wordDocument`: the Word fake's paragraphs and content controls (Word reports a line break as a vertical tab, and
 *   each control with its type, its paragraphs and, for an inline one, its text).
 * Text boxes (a paragraph inside a paragraph) are not supported here, and say so.
 */
import { readFileSync } from 'node:fs';
import { DEFAULT_LIMITS, extractParts, parseXml } from '../../src/cli/docx/package';
import type { FakeControl as MockControl } from './word-fake';

type Node =
  | { kind: 'paragraph'; children: Node[]; list?: boolean }
  | { kind: 'text'; text: string }
  | { kind: 'break' }
  | { kind: 'control'; level: 'block' | 'inline'; tag: string; title: string; placeholder: boolean; children: Node[] }
  | { kind: 'table' | 'row' | 'cell'; children: Node[] };

type Container = Extract<Node, { children: Node[] }>;

/** The body of a .docx (a path, or its bytes) as a tree of paragraphs (list items marked), tables, runs of text and content controls. */
export function docxBody(source: string | Uint8Array): Node[] {
  const path = typeof source === 'string' ? source : 'the .docx';
  const bytes = typeof source === 'string' ? readFileSync(source) : source;
  const part = extractParts(bytes, (name) => name === 'word/document.xml', DEFAULT_LIMITS).get('word/document.xml');
  if (!part) throw new Error(`${path} has no word/document.xml`);
  const root: Container = { kind: 'table', children: [] };
  const stack: Container[] = [root];
  let inParagraph = 0;
  let runDepth = 0;
  let inText = false;
  let skip = 0;
  let inProperties = 0;
  const top = () => stack[stack.length - 1] as Container;
  const push = (node: Container) => {
    top().children.push(node);
    stack.push(node);
  };
  parseXml('word/document.xml', part, {
    open(name, attributes) {
      if (skip > 0 || name === 'mc:Fallback') {
        skip += 1;
        return;
      }
      if (name === 'w:p') {
        if (inParagraph > 0) throw new Error(`${path}: a paragraph inside a paragraph (a text box) is not supported by this test helper`);
        inParagraph += 1;
        push({ kind: 'paragraph', children: [] });
      } else if (name === 'w:tbl') push({ kind: 'table', children: [] });
      else if (name === 'w:tr') push({ kind: 'row', children: [] });
      else if (name === 'w:tc') push({ kind: 'cell', children: [] });
      else if (name === 'w:sdt') push({ kind: 'control', level: inParagraph > 0 ? 'inline' : 'block', tag: '', title: '', placeholder: false, children: [] });
      else if (name === 'w:sdtPr') inProperties += 1;
      else if (name === 'w:numPr' && inParagraph > 0) {
        // A numbered or bulleted paragraph: a list item (li) on the preview page, a list paragraph in the Word fake.
        const p = top();
        if (p.kind === 'paragraph') p.list = true;
      }
      else if (name === 'w:r') runDepth += 1;
      else if (name === 'w:t') inText = runDepth > 0;
      else if (name === 'w:tab' && runDepth > 0 && inProperties === 0) top().children.push({ kind: 'text', text: '\t' });
      else if ((name === 'w:br' || name === 'w:cr') && runDepth > 0) top().children.push({ kind: 'break' });
      else if (name === 'w:noBreakHyphen' && runDepth > 0) top().children.push({ kind: 'text', text: '-' });
      else if (inProperties > 0) {
        const c = top();
        if (c.kind !== 'control') return;
        if (name === 'w:tag') c.tag = attributes['w:val'] ?? '';
        else if (name === 'w:alias') c.title = attributes['w:val'] ?? '';
        else if (name === 'w:showingPlcHdr' && attributes['w:val'] !== '0' && attributes['w:val'] !== 'false') c.placeholder = true;
      }
    },
    close(name) {
      if (skip > 0) {
        skip -= 1;
        return;
      }
      if (name === 'w:p') inParagraph -= 1;
      if (['w:p', 'w:tbl', 'w:tr', 'w:tc', 'w:sdt'].includes(name)) stack.pop();
      else if (name === 'w:sdtPr') inProperties -= 1;
      else if (name === 'w:r') runDepth -= 1;
      else if (name === 'w:t') inText = false;
    },
    text(text) {
      if (inText && skip === 0) top().children.push({ kind: 'text', text });
    },
  });
  return root.children;
}

/** The same body as the preview page's contenteditable document. */
export function previewRoot(doc: Document, body: readonly Node[]): HTMLElement {
  const root = doc.createElement('div');
  root.contentEditable = 'true';
  const build = (parent: HTMLElement, nodes: readonly Node[]) => {
    for (const node of nodes) {
      if (node.kind === 'text') parent.appendChild(doc.createTextNode(node.text));
      else if (node.kind === 'break') parent.appendChild(doc.createElement('br'));
      else {
        const name = { paragraph: node.kind === 'paragraph' && node.list ? 'li' : 'p', table: 'table', row: 'tr', cell: 'td', control: node.kind === 'control' && node.level === 'inline' ? 'span' : 'div' }[node.kind];
        const el = doc.createElement(name);
        let holder = parent;
        if (name === 'li') {
          // Consecutive list items share one list, as the preview page writes an "Insert all" list.
          const previous = parent.lastElementChild;
          holder = previous?.tagName === 'UL' ? (previous as HTMLElement) : parent.appendChild(doc.createElement('ul'));
        }
        if (node.kind === 'control') {
          el.className = 'tagged-block';
          el.dataset.tag = node.tag;
          if (node.title) el.title = node.title;
        }
        holder.appendChild(el);
        build(el, node.children);
      }
    }
  };
  build(root, body);
  return root;
}

/** The same body as the Word fake's paragraphs and content controls, in document order. */
export function wordDocument(body: readonly Node[]): { paragraphs: { text: string; inTable?: boolean; list?: boolean }[]; controls: MockControl[] } {
  const paragraphs: { text: string; inTable?: boolean; list?: boolean }[] = [];
  const controls: MockControl[] = [];
  const textOf = (nodes: readonly Node[]): string =>
    nodes.map((n) => (n.kind === 'text' ? n.text : n.kind === 'break' ? '\v' : n.kind === 'control' ? textOf(n.children) : '')).join('');
  const walk = (nodes: readonly Node[], inTable: boolean, paragraph: number | null) => {
    for (const node of nodes) {
      if (node.kind === 'paragraph') {
        paragraphs.push({ text: textOf(node.children), ...(inTable ? { inTable } : {}), ...(node.list ? { list: true } : {}) });
        walk(node.children, inTable, paragraphs.length - 1);
      } else if (node.kind === 'control') {
        const control: MockControl = { id: controls.length + 1, tag: node.tag, title: node.title, type: '', start: paragraph ?? paragraphs.length, end: 0 };
        controls.push(control);
        walk(node.children, inTable, paragraph);
        if (node.level === 'inline') {
          Object.assign(control, { type: 'RichTextInline', end: control.start + 1, text: textOf(node.children) });
          if (node.placeholder) control.placeholderText = control.text;
        } else {
          Object.assign(control, { type: 'RichTextParagraphs', end: paragraphs.length });
          if (node.placeholder) control.placeholderText = paragraphs.slice(control.start, control.end).map((p) => p.text).join('\r');
        }
      } else if (node.kind !== 'text' && node.kind !== 'break') walk(node.children, inTable || node.kind === 'table', paragraph);
    }
  };
  walk(body, false, null);
  return { paragraphs, controls };
}
