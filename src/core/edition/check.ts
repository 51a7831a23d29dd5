/**
 * Edition-aware checking: a document is checked against the edition it was written under (its `StandardsEdition`
 * property) when that edition is available, and the descriptors whose wording the current edition has since changed
 * are pointed out, with the current wording.
 */
import { checkDocument, withoutReference, type CheckOptions, type CheckResult } from '../check/checker';
import { exactKey } from '../check/matcher';
import { excerptOf, type Finding } from '../check/findings';
import { EDITION_PROPERTY, type CheckDocument } from '../check/model';
import { parseTag } from '../tags';
import type { Framework } from '../framework/framework';
import { wordDiff } from '../text/diff';

export interface EditionChoice {
  /** The edition the document was checked against. */
  framework: Framework;
  /** The document's `StandardsEdition` property, trimmed; null when it has none. */
  recorded: string | null;
  /** True when the recorded edition was not among those available, so the current one was used. */
  unavailable: boolean;
}

/** Picks the edition to check a document against: the one it records when available, else the current one. */
export function chooseEdition(current: Framework, available: ReadonlyMap<string, Framework>, doc: CheckDocument): EditionChoice {
  const recorded = doc.properties[EDITION_PROPERTY]?.trim() || null;
  if (recorded === null || recorded === current.editionKey) return { framework: current, recorded, unavailable: false };
  const found = available.get(recorded);
  return found ? { framework: found, recorded, unavailable: false } : { framework: current, recorded, unavailable: true };
}

/** Editions by `id@version`. Later entries with the same key replace earlier ones. */
export function editionMap(editions: Iterable<Framework>): Map<string, Framework> {
  return new Map([...editions].map((f) => [f.editionKey, f]));
}

/**
 * Checks a document against the edition it was written under (see {@link chooseEdition}), adding:
 *
 * - `edition-unavailable` (info) when the document records an edition that is not available: it is then checked
 *   against `current`, so wording from its own edition may show as edited;
 * - `outdated-wording` (info) for each descriptor block whose descriptor `current` words differently, or has retired,
 *   with the current wording in `currentText`.
 *
 * A document with no `StandardsEdition` property is checked against `current`, as before editions were recorded.
 */
export function checkWithEditions(
  current: Framework,
  available: ReadonlyMap<string, Framework>,
  doc: CheckDocument,
  options: CheckOptions = {},
): CheckResult {
  const choice = chooseEdition(current, available, doc);
  const result = checkDocument(choice.framework, doc, options);
  const extra: Finding[] = [];
  if (choice.unavailable && choice.recorded !== null) {
    const names = [...available.keys()].filter((k) => k !== current.editionKey);
    extra.push({
      kind: 'edition-unavailable',
      severity: 'info',
      message: `The document was written under the edition ${choice.recorded}, which is not available here${names.length > 0 ? ` (available: ${[current.editionKey, ...names].join(', ')})` : ''}, so it was checked against the current edition, ${current.editionKey}. Descriptors that edition words differently may show as edited.`,
      location: { paragraph: null, block: null },
      id: null,
      excerpt: choice.recorded,
    });
  }
  let findings = result.findings;
  if (choice.framework !== current) {
    extra.push(...outdatedWording(choice.framework, current, doc));
    // A block already updated to the current wording is up to date, not edited.
    findings = findings.filter((f) => !(f.kind === 'edited-descriptor' && f.location.block !== null && readsAsCurrent(current, doc, f.location.block)));
  }
  if (extra.length === 0 && findings === result.findings) return result;
  return { ...result, findings: inDocumentOrder(doc, [...findings, ...extra]) };
}

/** Whether a descriptor block reads as the current edition words its descriptor (reference aside). */
function readsAsCurrent(current: Framework, doc: CheckDocument, index: number): boolean {
  const block = doc.blocks[index];
  if (!block) return false;
  const parsed = parseTag(block.tag, block.title);
  const now = parsed.kind === 'descriptor' ? current.byId.get(parsed.id) : undefined;
  return !!now && !now.retired && exactKey(withoutReference(current, now, block.text)) === exactKey(now.text);
}

function outdatedWording(written: Framework, current: Framework, doc: CheckDocument): Finding[] {
  const out: Finding[] = [];
  doc.blocks.forEach((block, index) => {
    if (block.placeholder) return;
    const parsed = parseTag(block.tag, block.title);
    if (parsed.kind !== 'descriptor') return;
    const before = written.byId.get(parsed.id);
    const now = current.byId.get(parsed.id);
    if (!before || before.retired || !now) return;
    if (!now.retired && readsAsCurrent(current, doc, index)) return;
    const location = { paragraph: block.paragraphs.end > block.paragraphs.start ? block.paragraphs.start : null, block: index };
    if (now.retired) {
      out.push({
        kind: 'outdated-wording',
        severity: 'info',
        message: `Descriptor ${now.id} is worded as in ${written.editionKey}, the edition the document was written under; the current edition, ${current.editionKey}, has retired it.`,
        location,
        id: now.id,
        excerpt: excerptOf(before.text),
      });
    } else if (now.text !== before.text) {
      out.push({
        kind: 'outdated-wording',
        severity: 'info',
        message: `Descriptor ${now.id} is worded as in ${written.editionKey}, the edition the document was written under; the current edition, ${current.editionKey}, words it differently. Update it to the current wording at the next review.`,
        location,
        id: now.id,
        excerpt: excerptOf(before.text),
        diff: wordDiff(before.text, now.text),
        currentText: now.text,
      });
    }
  });
  return out;
}

/** The checker's order: by paragraph, whole-document findings first; stable otherwise. */
function inDocumentOrder(doc: CheckDocument, findings: Finding[]): Finding[] {
  const order = (f: Finding) => f.location.paragraph ?? (f.location.block !== null ? (doc.blocks[f.location.block]?.paragraphs.start ?? -1) : -1);
  return findings.map((f, i) => ({ f, i })).sort((a, b) => order(a.f) - order(b.f) || a.i - b.i).map((x) => x.f);
}
