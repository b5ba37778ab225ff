// `npm run manifest` → custom-elements.json (committed; .ci/checks/manifest.sh fails when stale).
// Read from the JSDoc of each element class (description, @summary, @fires, @csspart, @cssprop,
// @slot) and its Lit properties; the base class is included so inherited attributes (src,
// state…) show. Only the public API goes in: Storybook's controls and Docs tables are made
// from this file, so an internal member listed here is a control a designer can break.
import { readFileSync, readdirSync } from 'node:fs';

/** `defineElement('like-button', LikeButton)` in each src/elements/<tag>/define.ts. */
function definitions() {
  const found = [];
  for (const dir of readdirSync('src/elements', { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    let text;
    try {
      text = readFileSync(`src/elements/${dir.name}/define.ts`, 'utf8');
    } catch {
      continue;
    }
    for (const [, tag, name] of text.matchAll(/defineElement\(\s*'([a-z0-9-]+)'\s*,\s*(\w+)\s*\)/g)) {
      found.push({ tag, name, define: `src/elements/${dir.name}/define.ts` });
    }
  }
  return found;
}

/** Source paths → the published files (the package ships dist/, not src/). */
function toDist(value) {
  return typeof value === 'string' ? value.replace(/^src\/(.*)\.ts$/, 'dist/$1.js') : value;
}

function rewritePaths(node) {
  if (Array.isArray(node)) node.forEach(rewritePaths);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'path' || key === 'module') node[key] = toDist(value);
      else rewritePaths(value);
    }
  }
}

/**
 * Not API: private (`#x`, `private`), protected, static (the `[WIDGET_MARK]` brand) and
 * `@internal` members. The analyzer drops a member tagged `@internal` itself, but not an
 * override of it in a subclass (`applySnapshot` in like-button), so the names are kept here.
 */
function isPublicMember(member, internalNames) {
  return member.privacy !== 'private' && member.privacy !== 'protected' && !member.static && !/^[[#]/.test(member.name) && !internalNames.has(member.name);
}

/** Our elements are defined through `defineElement`, which the analyzer does not know. */
function storyWidgetsPlugin() {
  const internalNames = new Set();
  return {
    name: 'story-widgets',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node)) return;
      for (const member of node.members) {
        if (member.name && ts.getJSDocTags(member).some((tag) => tag.tagName.text === 'internal')) internalNames.add(member.name.getText());
      }
    },
    packageLinkPhase({ customElementsManifest: manifest }) {
      const byName = new Map();
      for (const mod of manifest.modules) for (const decl of mod.declarations ?? []) byName.set(decl.name, { mod, decl });
      for (const { decl } of byName.values()) {
        if (decl.kind !== 'class') continue;
        if (decl.name === 'StoryWidget') delete decl.customElement;
        if (decl.members) decl.members = decl.members.filter((member) => isPublicMember(member, internalNames));
      }
      for (const { tag, name, define } of definitions()) {
        const found = byName.get(name);
        if (!found) continue;
        found.decl.customElement = true;
        found.decl.tagName = tag;
        let defineModule = manifest.modules.find((mod) => mod.path === define);
        if (!defineModule) {
          defineModule = { kind: 'javascript-module', path: define, declarations: [], exports: [] };
          manifest.modules.push(defineModule);
        }
        defineModule.exports = [
          ...(defineModule.exports ?? []),
          { kind: 'custom-element-definition', name: tag, declaration: { name, module: found.mod.path } },
        ];
      }
      rewritePaths(manifest);
      // The analyzer reads files in no fixed order; sort so the staleness check is stable.
      manifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}

export default {
  globs: ['src/elements/*/*.ts', 'src/core/story-widget.ts'],
  exclude: ['src/elements/*/*.styles.ts', 'src/elements/*/define.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [storyWidgetsPlugin()],
};
