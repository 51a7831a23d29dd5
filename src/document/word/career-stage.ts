import { CAREER_STAGE_PROPERTY, DocumentError, type CareerStageStore, type StoredCareerStage } from '../port';
import type { AddinSettings, WordHost } from './host';
import { toDocumentError } from './errors';

/**
 * The career stage is kept in two places, so it survives where one of them fails (docs/word-behaviour.md, point 5):
 * - the custom document property `CareerStage` (WordApi 1.3: document.properties.customProperties), which HR's check
 *   reads from docProps/custom.xml. On Word on the web a property can be written and still read back empty (office-js
 *   #328, #6206), and a property-only change may not start AutoSave (#4320).
 * - the add-in's own per-document settings (`Office.context.document.settings`, common API, Word 2013 and later),
 *   saved with `saveAsync`; they reach the file when the document is saved, in word/webextensions/, which the .docx
 *   reader also reads (src/cli/docx/addin-settings.ts).
 * Saving writes both; reading takes the property, then the settings.
 */
const SETTINGS_KEY = CAREER_STAGE_PROPERTY;

function fromSettings(host: WordHost): StoredCareerStage | null {
  const value = host.settings?.get(SETTINGS_KEY);
  return typeof value === 'string' && value.trim() !== '' ? { name: value, storedIn: 'add-in-settings' } : null;
}

/** One sync (WordApi 1.3), or none (settings). A missing, empty or unreadable property is not an error. */
export async function readCareerStageInWord(host: WordHost): Promise<StoredCareerStage | null> {
  if (host.isSetSupported('WordApi', '1.3')) {
    try {
      const name = await host.run(async (context) => {
        const item = context.document.properties.customProperties.getItemOrNullObject(CAREER_STAGE_PROPERTY);
        item.load('value');
        await context.sync();
        return item.isNullObject ? null : String(item.value ?? '');
      });
      if (name && name.trim() !== '') return { name, storedIn: 'document-property' };
    } catch {
      // Custom properties have failed to load on some hosts; the settings below are the fallback.
    }
  }
  return fromSettings(host);
}

/** Sets a value in the add-in's settings and saves them (`saveAsync`); resolves to false when saving failed. */
export function saveInSettings(settings: AddinSettings, name: string, value: string): Promise<boolean> {
  settings.set(name, value);
  return new Promise((resolve) => settings.saveAsync((result) => resolve(String(result.status) !== 'failed')));
}

/** The property (one sync, WordApi 1.3) and the settings; says where it is kept (the property first). */
export async function saveCareerStageInWord(host: WordHost, name: string): Promise<CareerStageStore> {
  const inSettings = host.settings ? saveInSettings(host.settings, SETTINGS_KEY, name) : Promise.resolve(false);
  let propertyError: unknown = null;
  let inProperty = false;
  if (host.isSetSupported('WordApi', '1.3')) {
    try {
      await host.run(async (context) => {
        context.document.properties.customProperties.add(CAREER_STAGE_PROPERTY, name);
        await context.sync();
      });
      inProperty = true;
    } catch (error) {
      propertyError = error;
    }
  }
  const savedInSettings = await inSettings;
  if (inProperty) return 'document-property';
  if (savedInSettings) return 'add-in-settings';
  if (propertyError) throw toDocumentError(propertyError, 'save the career stage');
  throw new DocumentError('Word could not save the career stage: this document has nowhere to keep it. Nothing was changed.');
}
