import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkManifest, parseXml } = require('../../scripts/manifest-check.js');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { manifestFor } = require('../../scripts/build-support.js');

const root = join(__dirname, '..', '..');
const xml = readFileSync(join(root, 'manifest.xml'), 'utf8');
const assetsDir = join(root, 'assets');

describe('manifest.xml (offline structural check)', () => {
  it('passes every check: host, requirement sets, resids, https URLs, permissions, own group on Home, icons', () => {
    expect(checkManifest(xml, { assetsDir })).toEqual([]);
  });

  it('states WordApi 1.1 as its lowest requirement set and asks only for ReadWriteDocument', () => {
    expect(xml).toMatch(/<Set Name="WordApi" MinVersion="1.1"\/>/);
    expect(xml).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
  });

  it('catches the mistakes it is there to catch', () => {
    const broken = xml
      .replace('resid="Taskpane.Url"', 'resid="Missing.Url"')
      .replace('https://localhost:3000/assets/icon-16.png', 'http://localhost:3000/assets/icon-16.png')
      .replace('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>ReadAllDocument</Permissions>')
      .replace('<AppDomains/>', '<AppDomains><AppDomain>https://example.com</AppDomain></AppDomains>')
      .replace('id="TabHome"', 'id="TabInsert"')
      .replace(/<Id>[^<]+<\/Id>/, '<Id>not-a-guid</Id>');
    const problems: string[] = checkManifest(broken, { assetsDir });
    expect(problems.join('\n')).toMatch(/resid "Missing.Url"/);
    expect(problems.join('\n')).toMatch(/must be https/);
    expect(problems.join('\n')).toMatch(/ReadWriteDocument/);
    expect(problems.join('\n')).toMatch(/AppDomains must be empty/);
    expect(problems.join('\n')).toMatch(/TabHome/);
    expect(problems.join('\n')).toMatch(/GUID/);
  });

  it('rejects XML that is not well-formed', () => {
    expect(() => parseXml(xml.replace('</OfficeApp>', ''))).toThrow(/well-formed|unclosed/i);
  });

  it('sets every URL from ADDIN_BASE_URL at build time', () => {
    const built: string = manifestFor(xml, 'https://school.example.org/companion/');
    expect(built).not.toContain('localhost');
    expect(built).toContain('https://school.example.org/companion/taskpane.html');
    expect(checkManifest(built, { assetsDir })).toEqual([]);
  });
});
