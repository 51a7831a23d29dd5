// Offline checks of the add-in manifest (office-addin-manifest validate posts the XML to a Microsoft service and
// fails offline). Used by `npm run validate` and by test/adapter/manifest.test.ts. CommonJS for both.
const fs = require('node:fs');
const path = require('node:path');
const { SaxesParser } = require('saxes');

/** Parses XML into a small element tree; throws on anything not well-formed. */
function parseXml(xml) {
  const parser = new SaxesParser({ xmlns: false });
  const root = { name: '#document', attributes: {}, children: [], text: '' };
  const stack = [root];
  parser.on('error', (e) => {
    throw new Error(`manifest.xml is not well-formed XML: ${e.message}`);
  });
  parser.on('opentag', (tag) => {
    const el = { name: tag.name, attributes: { ...tag.attributes }, children: [], text: '' };
    stack[stack.length - 1].children.push(el);
    stack.push(el);
  });
  parser.on('closetag', () => stack.pop());
  parser.on('text', (t) => {
    stack[stack.length - 1].text += t;
  });
  parser.write(xml).close();
  return root.children[0];
}

const local = (name) => name.replace(/^.*:/, '');
function all(el, name, out = []) {
  for (const c of el.children) {
    if (local(c.name) === name) out.push(c);
    all(c, name, out);
  }
  return out;
}
const first = (el, name) => all(el, name)[0];

/**
 * Checks the manifest's structure and returns a list of problems (empty when fine).
 * Covers: well-formed XML; TaskPaneApp with a GUID Id and a four-part Version; Word (Document) as the only host;
 * WordApi 1.1 as the stated minimum; Permissions exactly ReadWriteDocument; AppDomains empty; every URL https;
 * every resid resolving to a resource of the right kind; the button in its own group on TabHome opening the pane;
 * Office's string length limits; the icon files existing at the sizes the manifest names.
 */
function checkManifest(xml, { assetsDir } = {}) {
  const problems = [];
  const root = parseXml(xml);
  const req = (cond, message) => {
    if (!cond) problems.push(message);
  };
  req(local(root.name) === 'OfficeApp', 'the root element must be OfficeApp');
  req(root.attributes['xsi:type'] === 'TaskPaneApp', 'OfficeApp must be xsi:type="TaskPaneApp"');
  const id = first(root, 'Id')?.text.trim() ?? '';
  req(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id), `Id must be a GUID (found "${id}")`);
  req(/^\d+\.\d+\.\d+\.\d+$/.test(first(root, 'Version')?.text.trim() ?? ''), 'Version must have four numeric parts');
  const hosts = root.children.filter((c) => local(c.name) === 'Hosts').flatMap((h) => h.children.map((c) => c.attributes.Name));
  req(hosts.length === 1 && hosts[0] === 'Document', 'the only host must be Document (Word)');
  const sets = all(first(root, 'Requirements') ?? root, 'Set');
  req(sets.some((s) => s.attributes.Name === 'WordApi' && s.attributes.MinVersion === '1.1'), 'Requirements must state WordApi 1.1 as the minimum');
  req(!sets.some((s) => s.attributes.Name === 'WordApi' && s.attributes.MinVersion !== '1.1'), 'WordApi must be required at 1.1 only; guard higher sets in code');
  req(first(root, 'Permissions')?.text.trim() === 'ReadWriteDocument', 'Permissions must be ReadWriteDocument');
  const appDomains = first(root, 'AppDomains');
  req(!appDomains || all(appDomains, 'AppDomain').length === 0, 'AppDomains must be empty: the add-in needs no other domain');

  const urls = [];
  const walk = (el) => {
    for (const [k, v] of Object.entries(el.attributes)) if (k === 'DefaultValue' && /^[a-z]+:\/\//i.test(v)) urls.push(v);
    el.children.forEach(walk);
  };
  walk(root);
  for (const u of urls) req(u.startsWith('https://'), `URL must be https: ${u}`);

  const resources = first(root, 'Resources');
  const kinds = { Images: 'image', Urls: 'url', ShortStrings: 'short', LongStrings: 'long' };
  const defined = new Map();
  for (const [group, kind] of Object.entries(kinds)) {
    const g = resources ? resources.children.find((c) => local(c.name) === group) : undefined;
    for (const item of g ? g.children : []) {
      const rid = item.attributes.id;
      req(!defined.has(rid), `resource id "${rid}" is defined twice`);
      defined.set(rid, { kind, value: item.attributes.DefaultValue ?? '' });
      if (kind === 'short') req((item.attributes.DefaultValue ?? '').length <= 125, `short string "${rid}" is longer than 125 characters`);
      if (kind === 'long') req((item.attributes.DefaultValue ?? '').length <= 250, `long string "${rid}" is longer than 250 characters`);
    }
  }
  const expected = { Image: 'image', SourceLocation: 'url', FunctionFile: 'url', LearnMoreUrl: 'url', Label: 'short', Title: 'short', Description: 'long' };
  const refs = [];
  const collect = (el) => {
    if (el.attributes.resid !== undefined) refs.push(el);
    el.children.forEach(collect);
  };
  collect(root);
  req(refs.length > 0, 'no resid references found (VersionOverrides missing?)');
  for (const el of refs) {
    const rid = el.attributes.resid;
    const found = defined.get(rid);
    req(found !== undefined, `resid "${rid}" (on ${local(el.name)}) does not resolve`);
    const want = expected[local(el.name)];
    if (found && want) req(found.kind === want, `resid "${rid}" on ${local(el.name)} should name a ${want} resource, not a ${found.kind}`);
  }

  const tab = all(root, 'OfficeTab')[0];
  req(tab?.attributes.id === 'TabHome', 'the button must be on the Home tab (OfficeTab id="TabHome")');
  const groups = tab ? all(tab, 'Group') : [];
  req(groups.length === 1 && !/^TabHome|^Group/.test(groups[0].attributes.id ?? ''), 'the button must be in its own group');
  const action = first(root, 'Action');
  req(action?.attributes['xsi:type'] === 'ShowTaskpane', 'the button must open the task pane (ShowTaskpane)');

  if (assetsDir) {
    const imageUrls = [first(root, 'IconUrl')?.attributes.DefaultValue, first(root, 'HighResolutionIconUrl')?.attributes.DefaultValue, ...[...defined.values()].filter((d) => d.kind === 'image').map((d) => d.value)];
    for (const u of imageUrls) {
      if (!u) continue;
      const file = path.join(assetsDir, path.basename(new URL(u).pathname));
      req(fs.existsSync(file), `icon ${u} has no file ${path.relative(process.cwd(), file)}`);
    }
  }
  return problems;
}

module.exports = { parseXml, checkManifest };
