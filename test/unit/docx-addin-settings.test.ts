import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addinSettingsIn, readAddinSettings } from '../../src/cli/docx/addin-settings';
import { ADDIN_ID } from '../../src/core/addin';
import { DocxError } from '../../src/cli/docx/errors';

const bytes = (s: string) => new TextEncoder().encode(s);
/** A web-extension part as Word writes it (Microsoft's layout: reference, alternate references, property bag). */
const part = (referenceId: string, properties: Record<string, string>) =>
  bytes(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{52811C31-4593-43B8-A697-EB873422D156}">` +
      `<we:reference id="${referenceId}" version="1.0.0.0" store="EXCatalog" storeType="EXCatalog"/><we:alternateReferences/>` +
      `<we:properties>${Object.entries(properties)
        .map(([name, value]) => `<we:property name="${name}" value="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"/>`)
        .join('')}</we:properties><we:bindings/><we:snapshot xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></we:webextension>`,
  );

describe("the .docx reader's view of the add-in's settings (word/webextensions/)", () => {
  it('reads the career stage and edition the add-in saved, as JSON strings', () => {
    const data = part(ADDIN_ID, { CareerStage: JSON.stringify('Main pay range'), StandardsEdition: JSON.stringify('hampshire@1.0') });
    expect(readAddinSettings(data, 'word/webextensions/webextension1.xml')).toEqual({ CareerStage: 'Main pay range', StandardsEdition: 'hampshire@1.0' });
  });

  it('matches the add-in id whatever its case or braces', () => {
    const data = part(`{${ADDIN_ID.toUpperCase()}}`, { CareerStage: JSON.stringify('UPR 2') });
    expect(readAddinSettings(data, 'p')).toEqual({ CareerStage: 'UPR 2' });
  });

  it("ignores another add-in's settings", () => {
    const data = part('wa104380862', { CareerStage: JSON.stringify('ECT year 1') });
    expect(readAddinSettings(data, 'p')).toBeNull();
    expect(addinSettingsIn(new Map([['word/webextensions/webextension1.xml', data]]))).toEqual({});
  });

  it('keeps text values, reads a value that is not JSON as written, and leaves objects out', () => {
    const data = part(ADDIN_ID, { A: 'plain words', B: '{"x":1}', C: '3', D: 'true', E: JSON.stringify('Leading practitioner') });
    expect(readAddinSettings(data, 'p')).toEqual({ A: 'plain words', C: '3', D: 'true', E: 'Leading practitioner' });
  });

  it('reads every web-extension part of the package and nothing else', () => {
    const parts = new Map([
      ['word/webextensions/webextension2.xml', part(ADDIN_ID, { StandardsEdition: JSON.stringify('hampshire@1.0') })],
      ['word/webextensions/webextension1.xml', part('other-add-in', { CareerStage: JSON.stringify('x') })],
      ['word/webextensions/taskpanes.xml', bytes('<wetp:taskpanes xmlns:wetp="x"/>')],
    ]);
    expect(addinSettingsIn(parts)).toEqual({ StandardsEdition: 'hampshire@1.0' });
  });

  it('says which part is damaged when it is not XML', () => {
    expect(() => readAddinSettings(bytes('<we:webextension'), 'word/webextensions/webextension1.xml')).toThrow(DocxError);
    expect(() => readAddinSettings(bytes('<we:webextension'), 'word/webextensions/webextension1.xml')).toThrow(/webextension1\.xml/);
  });

  it("uses the manifest's add-in id", () => {
    const manifest = readFileSync(join(__dirname, '..', '..', 'manifest.xml'), 'utf8');
    expect(/<Id>([^<]+)<\/Id>/.exec(manifest)?.[1]).toBe(ADDIN_ID);
  });
});

describe('HR’s check reads the career stage the add-in kept in its settings', () => {
  it('takes the stage and edition from word/webextensions/ when docProps/custom.xml lacks them, and prefers the property', async () => {
    const { unzipSync, zipSync } = await import('fflate');
    const { readDocx } = await import('../../src/cli/docx/read-docx');
    const source = readFileSync(join(__dirname, '..', 'fixtures', 'docx', 'reviews', 'clean-review.docx'));
    const files = unzipSync(new Uint8Array(source));
    delete files['docProps/custom.xml'];
    files['word/webextensions/webextension1.xml'] = part(ADDIN_ID, { CareerStage: JSON.stringify('UPR 2/3'), StandardsEdition: JSON.stringify('hampshire@1.0') });
    const withSettings = readDocx(zipSync(files));
    expect(withSettings.properties).toMatchObject({ CareerStage: 'UPR 2/3', StandardsEdition: 'hampshire@1.0' });
    // Where both are there, the custom property wins, as in the Word adapter.
    const both = readDocx(new Uint8Array(source));
    const original = both.properties.CareerStage;
    const again = unzipSync(new Uint8Array(source));
    again['word/webextensions/webextension1.xml'] = part(ADDIN_ID, { CareerStage: JSON.stringify('something else') });
    expect(readDocx(zipSync(again)).properties.CareerStage).toBe(original);
  });
});
