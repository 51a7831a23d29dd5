/**
 * Reads this add-in's own settings from a .docx: the property bag that `Office.context.document.settings.saveAsync`
 * writes into a web-extension part, `word/webextensions/webextension<N>.xml`:
 *
 *   <we:webextension id="{…}"><we:reference id="<add-in GUID>" …/><we:alternateReferences>…</we:alternateReferences>
 *     <we:properties><we:property name="CareerStage" value="&quot;Main pay range&quot;"/></we:properties>…
 *
 * Each value is the JSON of what the add-in set (Office.Settings.set: "stored in the document as the serialized JSON
 * representation of its data type"). For centralised deployment, a network share and sideloading, the reference id is
 * the GUID in the add-in's manifest (learn.microsoft.com/office/dev/add-ins/develop/automatically-open-a-task-pane-with-a-document);
 * only the web extension whose reference (or alternate reference) names this add-in is read. See docs/word-behaviour.md, point 5.
 */
import { ADDIN_ID } from '../../core/addin';
import { parseXml } from './package';

/** Part names of web extensions in a Word package. */
export const WEBEXTENSION_PART = /^word\/webextensions\/webextension\d*\.xml$/i;

function sameId(a: string, b: string): boolean {
  const clean = (s: string) => s.trim().replace(/^\{|\}$/g, '').toLowerCase();
  return clean(a) === clean(b);
}

/** A setting's text: the JSON string it was saved as, or the raw value when it is not JSON of a string. */
function settingText(raw: string): string | null {
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed === 'string') return parsed;
    if (typeof parsed === 'number' || typeof parsed === 'boolean') return String(parsed);
    return null;
  } catch {
    return raw;
  }
}

/**
 * The text settings in one web-extension part, when it belongs to the add-in `addinId` (this add-in by default);
 * null when it belongs to another add-in. Objects and arrays are left out: the add-in keeps only text there.
 */
export function readAddinSettings(data: Uint8Array, part: string, addinId: string = ADDIN_ID): Record<string, string> | null {
  const settings: Record<string, string> = {};
  let ours = false;
  parseXml(part, data, {
    open(name, attributes) {
      if (name === 'we:reference' && attributes.id && sameId(attributes.id, addinId)) ours = true;
      else if (name === 'we:property' && attributes.name !== undefined && attributes.value !== undefined) {
        const text = settingText(attributes.value);
        if (text !== null) settings[attributes.name] = text;
      }
    },
    close() {},
    text() {},
  });
  return ours ? settings : null;
}

/**
 * The add-in's settings across a package's web-extension parts (normally one), by part name. Parts of other add-ins
 * are ignored.
 */
export function addinSettingsIn(parts: ReadonlyMap<string, Uint8Array>, addinId: string = ADDIN_ID): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, data] of [...parts].sort(([a], [b]) => a.localeCompare(b))) {
    if (!WEBEXTENSION_PART.test(name)) continue;
    const found = readAddinSettings(data, name, addinId);
    if (found) Object.assign(out, found);
  }
  return out;
}
