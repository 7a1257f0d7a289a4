// Offline checks of the generated manifests (shared/docs/addins.md B.2):
// - XML: well-formed (xmllint when installed, else a strict JS parse with xml2js) and a structural
//   test of what Outlook needs, since no XSD ships in any npm package and
//   `office-addin-manifest validate manifest.xml` needs Microsoft's web service;
// - unified JSON: `office-addin-manifest validate` (offline: it ships the Teams schemas), plus the
//   localization files' keys and lengths.
// Every function returns a list of problems; [] means fine.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { PKG } from './gen-manifests.mjs';

const requireFromManifestTool = createRequire(realpathSync(join(PKG, 'node_modules/office-addin-manifest/package.json')));
const xml2js = requireFromManifestTool('xml2js');

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NS = {
  app: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  bt: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  vo10: 'http://schemas.microsoft.com/office/mailappversionoverrides',
  vo11: 'http://schemas.microsoft.com/office/mailappversionoverrides/1.1',
};

export function xmllintPath() {
  for (const p of ['/usr/bin/xmllint', '/usr/local/bin/xmllint']) if (existsSync(p)) return p;
  return null;
}

/** Well-formedness: xmllint --noout, or a strict xml2js parse when xmllint is not installed. */
export async function checkWellFormed(file) {
  const lint = xmllintPath();
  if (lint) {
    const r = spawnSync(lint, ['--noout', '--nonet', file], { encoding: 'utf8', timeout: 30_000 });
    return r.status === 0 ? [] : [`xmllint: ${(r.stderr || r.error || '').toString().trim()}`];
  }
  try {
    await xml2js.parseStringPromise(readFileSync(file, 'utf8'), { strict: true });
    return [];
  } catch (e) {
    return [`xml parse: ${e.message}`];
  }
}

// xml2js with namespaces: element names keep their prefix; we read them by local name.
const local = (name) => name.replace(/^.*:/, '');
function children(node, name) {
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node)
    .filter(([k]) => k !== '$' && k !== '_' && local(k) === name)
    .flatMap(([, v]) => v);
}
const attr = (node, name) => {
  const a = node?.$ ?? {};
  const key = Object.keys(a).find((k) => local(k) === name);
  return key === undefined ? undefined : typeof a[key] === 'object' ? a[key].value : a[key];
};
const text = (node) => (typeof node === 'string' ? node : node?._ ?? '');
function walk(node, fn, path = []) {
  if (!node || typeof node !== 'object') return;
  for (const [k, v] of Object.entries(node)) {
    if (k === '$' || k === '_' || !Array.isArray(v)) continue;
    for (const child of v) {
      fn(local(k), child, [...path, local(k)]);
      walk(child, fn, [...path, local(k)]);
    }
  }
}

/**
 * The structural test of an add-in only manifest: what Outlook needs for a message-read task pane
 * opened from a ribbon button, with ReadItem only.
 * @param {string} file
 * @param {{ baseUrl: string, id: string, mailbox: string, supportUrl?: string }} expect
 */
export async function checkXmlStructure(file, expect) {
  const problems = [];
  const fail = (m) => problems.push(m);
  const doc = await xml2js.parseStringPromise(readFileSync(file, 'utf8'), { explicitArray: true });
  const app = doc.OfficeApp;
  if (!app) return ['root element is not OfficeApp'];
  if (app.$?.xmlns !== NS.app) fail(`OfficeApp xmlns is ${app.$?.xmlns}, want ${NS.app}`);
  if (app.$?.['xsi:type'] !== 'MailApp') fail('OfficeApp xsi:type must be MailApp');

  const id = text(children(app, 'Id')[0]);
  if (!GUID.test(id)) fail(`<Id> is not a GUID: ${id}`);
  if (expect.id && id !== expect.id) fail(`<Id> ${id} differs from the source (${expect.id})`);
  if (!/^\d+\.\d+\.\d+\.\d+$/.test(text(children(app, 'Version')[0]))) fail('<Version> must have four numeric parts');
  for (const el of ['ProviderName', 'DefaultLocale']) if (!text(children(app, el)[0])) fail(`<${el}> missing`);
  const displayName = children(app, 'DisplayName')[0];
  if (!attr(displayName, 'DefaultValue') || attr(displayName, 'DefaultValue').length > 125) fail('<DisplayName DefaultValue> missing or over 125 chars');
  const description = children(app, 'Description')[0];
  if (!attr(description, 'DefaultValue') || attr(description, 'DefaultValue').length > 250) fail('<Description DefaultValue> missing or over 250 chars');
  for (const o of [...children(displayName, 'Override'), ...children(description, 'Override')]) {
    if (!attr(o, 'Locale') || !attr(o, 'Value')) fail('an <Override> lacks Locale or Value');
  }
  if (!attr(children(app, 'IconUrl')[0], 'DefaultValue')) fail('<IconUrl> missing');
  if (!attr(children(app, 'HighResolutionIconUrl')[0], 'DefaultValue')) fail('<HighResolutionIconUrl> missing');

  const hosts = children(children(app, 'Hosts')[0], 'Host').map((h) => attr(h, 'Name'));
  if (hosts.join() !== 'Mailbox') fail(`<Hosts> must be exactly Mailbox, got ${hosts.join()}`);
  const sets = children(children(children(app, 'Requirements')[0], 'Sets')[0], 'Set');
  const mailboxSet = sets.find((s) => attr(s, 'Name') === 'Mailbox');
  if (attr(mailboxSet, 'MinVersion') !== expect.mailbox) fail(`<Requirements> Mailbox MinVersion must be ${expect.mailbox}`);

  const form = children(children(app, 'FormSettings')[0], 'Form').find((f) => attr(f, 'type') === 'ItemRead');
  if (!form) fail('<FormSettings> lacks an ItemRead form');
  const perms = text(children(app, 'Permissions')[0]);
  if (perms !== 'ReadItem') fail(`<Permissions> must be ReadItem (least privilege), got ${perms}`);
  const rule = children(app, 'Rule')[0];
  const ruleTexts = [];
  walk({ Rule: [rule] }, (name, node) => {
    if (name === 'Rule' && attr(node, 'type') === 'ItemIs') ruleTexts.push(`${attr(node, 'ItemType')}/${attr(node, 'FormType')}`);
  });
  if (!ruleTexts.includes('Message/Read')) fail('no <Rule xsi:type="ItemIs" ItemType="Message" FormType="Read">');

  const vo10 = children(app, 'VersionOverrides')[0];
  if (!vo10 || vo10.$?.xmlns !== NS.vo10 || attr(vo10, 'type') !== 'VersionOverridesV1_0') fail('no VersionOverridesV1_0');
  const vo11 = children(vo10, 'VersionOverrides')[0];
  if (!vo11 || vo11.$?.xmlns !== NS.vo11 || attr(vo11, 'type') !== 'VersionOverridesV1_1') fail('no VersionOverridesV1_1 inside V1_0');

  for (const [label, vo] of [
    ['V1_0', vo10],
    ['V1_1', vo11],
  ]) {
    if (!vo) continue;
    const bt = children(children(children(vo, 'Requirements')[0], 'Sets')[0], 'Set');
    const defMin = attr(children(children(vo, 'Requirements')[0], 'Sets')[0], 'DefaultMinVersion');
    if (!bt.some((s) => attr(s, 'Name') === 'Mailbox') || defMin !== expect.mailbox) fail(`${label}: Requirements must ask Mailbox ${expect.mailbox}`);
    const resources = children(vo, 'Resources')[0];
    const ids = new Map();
    walk({ Resources: [resources] }, (name, node, path) => {
      if (['Image', 'Url', 'String'].includes(name) && attr(node, 'id')) {
        const rid = attr(node, 'id');
        if (rid.length > 32) fail(`${label}: resource id ${rid} is over 32 characters`);
        if (ids.has(rid)) fail(`${label}: duplicate resource id ${rid}`);
        ids.set(rid, { kind: path[path.length - 2], value: attr(node, 'DefaultValue'), node });
      }
    });
    for (const [rid, r] of ids) {
      const max = r.kind === 'ShortStrings' ? 125 : r.kind === 'LongStrings' ? 250 : 2048;
      const values = [r.value, ...children(r.node, 'Override').map((o) => attr(o, 'Value'))];
      for (const v of values) if (!v || v.length > max) fail(`${label}: ${rid} is empty or over ${max} characters`);
    }
    const residUses = [];
    let buttons = 0;
    let showTaskpane = 0;
    let pinning = false;
    walk({ Hosts: children(vo, 'Hosts') }, (name, node, path) => {
      const resid = attr(node, 'resid');
      if (resid) residUses.push(resid);
      if (name === 'Control' && attr(node, 'type') === 'Button') buttons++;
      if (name === 'Action' && attr(node, 'type') === 'ShowTaskpane') {
        showTaskpane++;
        if (text(children(node, 'SupportsPinning')[0]) === 'true') pinning = true;
      }
      if (name === 'ExtensionPoint' && attr(node, 'type') !== 'MessageReadCommandSurface') fail(`${label}: unexpected extension point ${attr(node, 'type')}`);
      void path;
    });
    const surfaces = [];
    walk({ Hosts: children(vo, 'Hosts') }, (name, node) => {
      if (name === 'ExtensionPoint') surfaces.push(attr(node, 'type'));
    });
    if (!surfaces.includes('MessageReadCommandSurface')) fail(`${label}: no MessageReadCommandSurface`);
    if (buttons < 1 || showTaskpane < 1) fail(`${label}: no Button with a ShowTaskpane action`);
    if (label === 'V1_1' && !pinning) fail('V1_1: the task pane should support pinning');
    for (const rid of residUses) if (!ids.has(rid)) fail(`${label}: resid ${rid} does not resolve to a bt:* resource`);
  }

  // Every URL is https and under the variant's base URL.
  const urls = [];
  walk({ OfficeApp: [app] }, (name, node) => {
    for (const [k, v] of Object.entries(node?.$ ?? {})) {
      const val = typeof v === 'object' ? v.value : v;
      if (/^(DefaultValue|Value)$/.test(local(k)) && /^[a-z]+:\/\//i.test(val)) urls.push(val);
    }
    if (typeof node === 'string' && /^[a-z]+:\/\//i.test(node)) urls.push(node);
    void name;
  });
  for (const u of urls) {
    if (!u.startsWith('https://')) fail(`URL is not https: ${u}`);
    if (!u.startsWith(expect.baseUrl) && u !== expect.supportUrl) fail(`URL outside ${expect.baseUrl}: ${u}`);
  }
  if (urls.length < 5) fail('fewer URLs than expected (icons, task pane, support)');
  return problems;
}

/** `office-addin-manifest validate` on a unified (JSON) manifest: offline, exit 0 = valid. */
export function validateUnified(file) {
  const bin = join(PKG, 'node_modules/.bin/office-addin-manifest');
  const r = spawnSync(bin, ['validate', file], { encoding: 'utf8', timeout: 60_000, cwd: PKG });
  if (r.status === 0) return [];
  return [`office-addin-manifest validate ${file} → exit ${r.status}: ${`${r.stdout}\n${r.stderr}`.replace(/npm warn.*\n?/g, '').trim()}`];
}

/** What the unified manifest must say beyond its schema, and its localization files. */
export function checkUnified(file, expect) {
  const problems = [];
  const m = JSON.parse(readFileSync(file, 'utf8'));
  if (m.id !== expect.id) problems.push(`id ${m.id} differs from the source (${expect.id})`);
  const ext = m.extensions?.[0];
  const caps = ext?.requirements?.capabilities ?? [];
  if (!caps.some((c) => c.name === 'Mailbox' && c.minVersion === expect.mailbox)) problems.push(`extensions[0] must require Mailbox ${expect.mailbox}`);
  if (JSON.stringify(ext?.requirements?.scopes) !== '["mail"]') problems.push('extensions[0] scope must be mail');
  const rsc = m.authorization?.permissions?.resourceSpecific ?? [];
  if (rsc.length !== 1 || rsc[0].name !== 'MailboxItem.Read.User') problems.push('the only permission must be MailboxItem.Read.User (ReadItem)');
  const ribbon = ext?.ribbons?.[0];
  if (JSON.stringify(ribbon?.contexts) !== '["mailRead"]') problems.push('the ribbon must be in mailRead');
  const actions = new Set((ext?.runtimes ?? []).flatMap((r) => (r.actions ?? []).filter((a) => a.type === 'openPage').map((a) => a.id)));
  const controls = (ribbon?.tabs ?? []).flatMap((t) => (t.groups ?? []).flatMap((g) => g.controls ?? []));
  if (!controls.some((c) => c.type === 'button' && actions.has(c.actionId))) problems.push('no ribbon button opens the task pane');
  const urls = JSON.stringify(m).match(/https?:\/\/[^"]+/g) ?? [];
  for (const u of urls) {
    if (u.startsWith('https://developer.microsoft.com/json-schemas/')) continue;
    if (!u.startsWith('https://')) problems.push(`URL is not https: ${u}`);
    if (!u.startsWith(expect.baseUrl) && !Object.values(m.developer).includes(u)) problems.push(`URL outside ${expect.baseUrl}: ${u}`);
  }
  const limits = { 'name.short': 30, 'name.full': 100, 'description.short': 80, 'description.full': 4000 };
  for (const lang of m.localizationInfo?.additionalLanguages ?? []) {
    const f = join(file, '..', lang.file);
    if (!existsSync(f)) {
      problems.push(`localization file ${lang.file} is missing`);
      continue;
    }
    const loc = JSON.parse(readFileSync(f, 'utf8'));
    for (const [k, v] of Object.entries(loc)) {
      if (k === '$schema') continue;
      if (!(k in limits)) problems.push(`${lang.file}: unexpected key ${k}`);
      else if (typeof v !== 'string' || v.length === 0 || v.length > limits[k]) problems.push(`${lang.file}: ${k} is empty or over ${limits[k]} characters`);
    }
  }
  return problems;
}
