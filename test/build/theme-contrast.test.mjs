// `--sw-accent` is a text colour (titles, links, the author's name), so every theme we ship
// gives it 4.5:1 (WCAG 1.4.3) on its page background: the Storybook themes and the demo site
// in light and dark mode, the gallery's themed specimen included.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';

const root = resolve(import.meta.dirname, '../..');
const read = (path) => readFileSync(resolve(root, path), 'utf8');

/** The declarations of the first rule whose selector is exactly `selector`, inside `css`. */
function declarations(css, selector) {
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`(?:^|[}\\s])${escaped}\\s*\\{([^}]*)\\}`).exec(css);
  assert.ok(match, `no rule for ${selector}`);
  return Object.fromEntries([...match[1].matchAll(/(--[\w-]+|background)\s*:\s*([^;]+)/g)].map(([, name, value]) => [name, value.trim()]));
}

/** The bodies of the `@media (prefers-color-scheme: dark)` blocks, the one that has `selector`. */
function darkBlock(css, selector) {
  const blocks = css.split('@media (prefers-color-scheme: dark)').slice(1).map((text) => {
    let depth = 0;
    for (let i = text.indexOf('{'); i < text.length; i += 1) {
      if (text[i] === '{') depth += 1;
      else if (text[i] === '}' && --depth === 0) return text.slice(text.indexOf('{') + 1, i);
    }
    return text;
  });
  const block = blocks.find((text) => text.includes(selector));
  assert.ok(block, `no dark-mode rule for ${selector}`);
  return block;
}

/** `#rgb` as `#rrggbb`. */
const long = (hex) => (/^#[0-9a-f]{3}$/i.test(hex) ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex);

function luminance(hex) {
  hex = long(hex);
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a, b) {
  assert.match(long(a), /^#[0-9a-f]{6}$/i);
  assert.match(long(b), /^#[0-9a-f]{6}$/i);
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

function assertReadable(accent, background, where) {
  const ratio = contrast(accent, background);
  assert.ok(ratio >= 4.5, `${where}: --sw-accent ${accent} on ${background} is ${ratio.toFixed(2)}:1, under 4.5:1`);
}

describe('--sw-accent as text reaches 4.5:1 on its background', () => {
  const themes = read('stories/support/themes.css');
  const page = declarations(themes, '.sw-story').background;

  it('in the Storybook dark theme', () => {
    const dark = declarations(themes, ".sw-story[data-theme='dark']");
    assertReadable(dark['--sw-accent'], dark.background, 'Storybook dark');
  });

  it('in the Storybook brand theme', () => {
    assertReadable(declarations(themes, ".sw-story[data-theme='brand']")['--sw-accent'], page, 'Storybook brand');
  });

  it("with the widgets' own default accent on the light theme's page", () => {
    const manifest = JSON.parse(read('custom-elements.json'));
    const defaults = manifest.modules
      .flatMap((mod) => mod.declarations ?? [])
      .flatMap((decl) => decl.cssProperties ?? [])
      .filter((prop) => prop.name === '--sw-accent' && prop.default);
    assert.ok(defaults.length > 0);
    for (const { default: accent } of defaults) assertReadable(accent, page, 'Storybook light (default accent)');
  });

  const site = read('demo/site.css');
  const light = declarations(site, ':root');
  const dark = declarations(darkBlock(site, ':root'), ':root');

  it('on the demo site, light and dark', () => {
    assertReadable(light['--page-accent'], light['--page-bg'], 'demo light');
    assertReadable(dark['--page-accent'], dark['--page-bg'], 'demo dark');
  });

  it("in the gallery's themed specimen, light and dark", () => {
    assertReadable(declarations(site, '.gallery .themed')['--sw-accent'], light['--page-bg'], 'gallery themed, light');
    assertReadable(declarations(darkBlock(site, '.gallery .themed'), '.gallery .themed')['--sw-accent'], dark['--page-bg'], 'gallery themed, dark');
  });
});

// The liked heart and its border take `--sw-accent`, else the like button's own pink: a graphic,
// which needs 3:1 (WCAG 1.4.11) on whatever page it lands on, light or dark, when the page sets
// no accent (the manifest's default is also checked as text above, on the light theme).
describe("the like button's default pink reaches 3:1 on light and dark pages", () => {
  const styles = read('src/elements/like-button/like-button.styles.ts');
  const fallbacks = [...styles.matchAll(/var\(--sw-accent, (#[0-9a-f]+)\)/gi)].map(([, colour]) => colour);

  it('is one colour, the one the manifest gives as the default', () => {
    assert.ok(fallbacks.length >= 2, 'the heart and its border');
    assert.deepEqual(new Set(fallbacks), new Set([fallbacks[0]]));
    const manifest = JSON.parse(read('custom-elements.json'));
    const button = manifest.modules.flatMap((mod) => mod.declarations ?? []).find((decl) => decl.tagName === 'like-button');
    assert.equal(button.cssProperties.find((prop) => prop.name === '--sw-accent').default, fallbacks[0]);
  });

  // Dark pages up to #282828 (the @cssprop says so); #333 is 2.6:1, where a page sets its own.
  for (const background of ['#ffffff', '#f5f5f5', '#121212', '#1a1a1a', '#1e1e1e', '#222222', '#282828']) {
    it(`on ${background}`, () => {
      const ratio = contrast(fallbacks[0], background);
      assert.ok(ratio >= 3, `${fallbacks[0]} on ${background} is ${ratio.toFixed(2)}:1, under 3:1`);
    });
  }
});
