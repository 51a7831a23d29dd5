import { CAREER_STAGE_PROPERTY, DocumentError, type CareerStageStore, type StoredCareerStage } from '../port';
import type { WordHost } from './host';
import { toDocumentError } from './errors';

/**
 * The career stage lives in the custom document property `CareerStage`.
 * Requirement set: WordApi 1.3 (document.properties.customProperties, getItemOrNullObject, add).
 * Fallback where 1.3 is missing or custom properties fail to load (seen in Word on the web): the add-in's own
 * per-document settings (`Office.context.document.settings`, common API), which travel with the file but are
 * visible only to this add-in.
 */
const SETTINGS_KEY = CAREER_STAGE_PROPERTY;

function fromSettings(host: WordHost): StoredCareerStage | null {
  const value = host.settings?.get(SETTINGS_KEY);
  return typeof value === 'string' && value.trim() !== '' ? { name: value, storedIn: 'add-in-settings' } : null;
}

/** One sync (WordApi 1.3), or none (settings). A missing or unreadable property is not an error. */
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

function saveSettings(host: WordHost, name: string): Promise<void> {
  const settings = host.settings;
  if (!settings) return Promise.reject(new DocumentError('Word could not save the career stage: this document has nowhere to keep it.'));
  settings.set(SETTINGS_KEY, name);
  return new Promise((resolve, reject) => {
    settings.saveAsync((result) => {
      if (String(result.status) === 'failed') {
        reject(new DocumentError(`Word could not save the career stage in the add-in's settings: ${result.error?.message ?? 'unknown reason'}.`));
      } else resolve();
    });
  });
}

/** One sync (WordApi 1.3), else the settings fallback. */
export async function saveCareerStageInWord(host: WordHost, name: string): Promise<CareerStageStore> {
  if (host.isSetSupported('WordApi', '1.3')) {
    try {
      await host.run(async (context) => {
        context.document.properties.customProperties.add(CAREER_STAGE_PROPERTY, name);
        await context.sync();
      });
      return 'document-property';
    } catch (error) {
      if (!host.settings) throw toDocumentError(error, 'save the career stage');
    }
  }
  await saveSettings(host, name);
  return 'add-in-settings';
}
