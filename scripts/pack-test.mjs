// What a user's project does with the package: `npm pack`, install the tarball into a fresh
// project the way a user would (its dependencies from the npm registry, so it needs the registry
// and no warm npm cache), import the entry points in Node, and type-check a file against them with tsc.
// The files the consumer project holds are pack-test-consumers.mjs's.
// Run after `npm run build` (.ci/checks/pack.sh). Non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SSR_SCRIPT, TYPED_SOURCES, manifestProps, manifestPropsSource, probeScript } from './pack-test-consumers.mjs';

const root = resolve('.');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const TAGS = ['article-context', 'article-card', 'like-button', 'language-switcher', 'related-stories', 'video-embed'];
let failures = 0;

function check(ok, what) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures += 1;
}

function run(command, args, cwd, attempts = 1) {
  let result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  // A registry that drops a connection mid-body is not our failure: try again, a few times.
  for (let attempt = 1; result.status !== 0 && attempt < attempts; attempt += 1) {
    console.error(`\`${command} ${args[0]}\` failed (attempt ${attempt}), trying again:\n${result.stderr.trim().split('\n').slice(-3).join('\n')}`);
    result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  }
  if (result.status !== 0) {
    console.error(`\`${command} ${args.join(' ')}\` failed in ${cwd}:\n${result.stdout}\n${result.stderr}`);
    process.exit(1);
  }
  return result.stdout;
}

if (!existsSync('dist/index.js') || !existsSync('dist/cdn/story-widgets.js')) {
  console.error('story-widgets: dist/ is missing; run `npm run build` first.');
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'story-widgets-pack-'));
try {
  // 1. The tarball holds what users need, and nothing of the repository's insides.
  const [packed] = JSON.parse(run(npm, ['pack', '--json', '--pack-destination', work], root));
  const files = packed.files.map((f) => f.path);
  for (const needed of ['package.json', 'README.md', 'LICENSE', 'custom-elements.json', 'schema/article.schema.json',
    'dist/index.js', 'dist/index.d.ts', 'dist/elements/index.js', 'dist/react/index.js', 'dist/jsx/index.d.ts',
    'dist/cdn/story-widgets.js', 'dist/cdn/story-widgets.js.map', 'dist/cdn/story-widgets.iife.js',
    'dist/ssr/index.js', 'dist/ssr/index.d.ts', 'dist/ssr/cli.js',
    ...TAGS.flatMap((tag) => [`dist/elements/${tag}/define.js`, `dist/elements/${tag}/define.d.ts`])]) {
    check(files.includes(needed), `tarball has ${needed}`);
  }
  const stray = files.filter((f) => !/^(dist\/|schema\/|package\.json$|README\.md$|LICENSE$|custom-elements\.json$)/.test(f));
  check(stray.length === 0, `tarball has nothing else${stray.length ? `: ${stray.slice(0, 5).join(', ')}` : ''}`);
  console.log(`     ${packed.filename}: ${files.length} files, ${(packed.size / 1024).toFixed(0)} KB packed`);

  // 2. A fresh project installs it, its dependencies (lit, @lit/context, @lit/react) from the
  //    registry as for any user: never `--offline`, which only works where a cache is warm.
  const project = join(work, 'project');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'user-project', private: true, type: 'module' }));
  run(npm, ['install', '--no-audit', '--no-fund', '--loglevel=error', join(work, packed.filename)], project, 3);
  // React is an optional peer: the user's project brings it. Borrow ours (and its types).
  mkdirSync(join(project, 'node_modules/@types'), { recursive: true });
  for (const name of ['react', '@types/react', 'csstype']) {
    if (existsSync(join(root, 'node_modules', name)) && !existsSync(join(project, 'node_modules', name))) {
      symlinkSync(join(root, 'node_modules', name), join(project, 'node_modules', name), 'dir');
    }
  }
  const installed = JSON.parse(readFileSync(join(project, 'node_modules/story-widgets/package.json'), 'utf8'));
  check(installed.version === packed.version, `installed story-widgets@${installed.version}`);
  for (const dependency of ['lit', '@lit/context', '@lit-labs/ssr', 'parse5']) {
    check(existsSync(join(project, `node_modules/${dependency}/package.json`)), `${dependency} installed as a dependency`);
  }
  // The published types declare nothing marked @internal (tsconfig.build.json's stripInternal):
  // a user's editor offers no internal member (Article's `titleField`, the tests' hooks).
  const internal = files.filter((path) => path.endsWith('.d.ts') && readFileSync(join(project, 'node_modules/story-widgets', path), 'utf8').includes('@internal'));
  check(internal.length === 0, `the published types declare nothing @internal${internal.length ? `; ${internal.length} files do: ${internal.slice(0, 5).join(', ')}` : ''}`);

  // 3. Node resolves every entry point through `exports`, and imports them (Lit's Node build
  //    brings a minimal DOM shim, as in server-side rendering).
  writeFileSync(join(project, 'probe.mjs'), probeScript(TAGS));
  const out = JSON.parse(run(process.execPath, ['probe.mjs'], project).trim().split('\n').pop());
  check(out['story-widgets'] === 'dist/index.js', `'story-widgets' → ${out['story-widgets']}`);
  check(out['story-widgets/elements'] === 'dist/elements/index.js', `'story-widgets/elements' → ${out['story-widgets/elements']}`);
  check(out['story-widgets/react'] === 'dist/react/index.js', `'story-widgets/react' → ${out['story-widgets/react']}`);
  check(out['story-widgets/jsx'] === 'dist/jsx/index.js', `'story-widgets/jsx' → ${out['story-widgets/jsx']}`);
  check(out.jsxExports.length === 0, "import 'story-widgets/jsx' is an empty module (its typings are types only)");
  for (const tag of TAGS) check(out[`story-widgets/${tag}`] === `dist/elements/${tag}/define.js`, `'story-widgets/${tag}' → ${out[`story-widgets/${tag}`]}`);
  check(out['story-widgets/custom-elements.json'] === 'custom-elements.json', "'story-widgets/custom-elements.json' resolves");
  // The CDN files by the contract's path (§10, `dist/cdn/…`: a bundler's `?url` import, a copy
  // step) and by the shorter one.
  for (const spec of ['cdn/story-widgets.js', 'dist/cdn/story-widgets.js', 'dist/cdn/story-widgets.iife.js']) {
    const file = `dist/cdn/${spec.split('/').pop()}`;
    check(out[`story-widgets/${spec}`] === file, `'story-widgets/${spec}' → ${out[`story-widgets/${spec}`]}`);
  }
  check(out.classesDefineNothing, "import 'story-widgets/elements' defines nothing");
  for (const name of ['ArticleContext', 'ArticleCard', 'LikeButton', 'LanguageSwitcher', 'RelatedStories', 'VideoEmbed', 'defineWidgets', 'setMessages']) {
    check(out.classes.includes(name), `'story-widgets/elements' exports ${name}`);
  }
  check(JSON.stringify(out.likeButtonOnly) === '["like-button"]', `import 'story-widgets/like-button' defines ${out.likeButtonOnly.join(', ')}`);
  check(JSON.stringify(out.all) === JSON.stringify(TAGS), `import 'story-widgets' defines ${out.all.join(', ')}`);
  check(out.sameClass, 'the defined <like-button> is the exported LikeButton');

  // 3b. The server renderer, in a process of its own (it installs Lit's DOM shim): the import
  //     and the `story-widgets` command npm put on the project's PATH.
  writeFileSync(join(project, 'ssr.mjs'), SSR_SCRIPT);
  const rendered = JSON.parse(run(process.execPath, ['ssr.mjs'], project).trim());
  check(/<template shadowrootmode="open">[\s\S]*3<\/span> people like this\./.test(rendered), "'story-widgets/ssr' renders a widget to Declarative Shadow DOM");
  const command = spawnSync(join(project, 'node_modules/.bin/story-widgets'), ['render', '-'], { input: '<like-button count="2"></like-button>', encoding: 'utf8' });
  check(command.status === 0 && /2<\/span> people like this\./.test(command.stdout), `npx story-widgets render works${command.status ? `: ${command.stderr}` : ''}`);

  // 4. tsc over a user's files, with the three resolutions projects use.
  for (const [name, source] of Object.entries(TYPED_SOURCES)) writeFileSync(join(project, name), source);
  // Every attribute and event custom-elements.json lists is a prop of its tag (none drifts away).
  const manifest = JSON.parse(readFileSync(join(project, 'node_modules/story-widgets/custom-elements.json'), 'utf8'));
  const listed = manifestProps(manifest);
  check(JSON.stringify(Object.keys(listed).sort()) === JSON.stringify([...TAGS].sort()), 'custom-elements.json lists every tag');
  writeFileSync(join(project, 'manifest-props.ts'), manifestPropsSource(TAGS, listed));
  // Every typed subpath of `exports` has its typesVersions entry, to the same file (node10 reads only those).
  const typed = Object.entries(installed.exports).filter(([path, target]) => path !== '.' && target.types);
  const mapped = installed.typesVersions?.['*'] ?? {};
  const unmapped = typed.filter(([path, target]) => mapped[path.slice(2)]?.[0] !== target.types).map(([path]) => path);
  check(unmapped.length === 0, `typesVersions maps every typed subpath of exports${unmapped.length ? `; not: ${unmapped.join(', ')}` : ''}`);
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  // node (node10): the resolution of older projects (webpack-era, create-react-app), which reads
  // typesVersions, not exports; with the esModuleInterop such a React project has (@lit/react's
  // types default-import React).
  for (const [resolution, module, extra] of [['nodenext', 'nodenext'], ['bundler', 'esnext'], ['node', 'esnext', { esModuleInterop: true }]]) {
    const compilerOptions = { strict: true, target: 'es2022', module, moduleResolution: resolution, lib: ['es2022', 'dom', 'dom.iterable'], jsx: 'react-jsx', noEmit: true, skipLibCheck: false, skipDefaultLibCheck: true, types: [], ...extra };
    for (const [name, files, what] of [
      ['plain', ['user.ts', 'build.ts'], "a user's file and a server-rendering script, loading no React types"],
      ['react', ['user.ts', 'app.tsx', 'build.ts', 'not-opted-in.tsx'], 'a React component (story-widgets/react; no plain tags without story-widgets/jsx)'],
      ['jsx', ['plain-tags.tsx', 'manifest-props.ts', 'app.tsx', 'prefixed-tags.tsx'], "every plain tag in React 19 JSX with story-widgets/jsx, the manifest's attributes and events, and prefixed tags typed by PrefixedTags and PrefixedElements"],
    ]) {
      // A project without React has no \`jsx\` option (react-jsx makes tsc load react/jsx-runtime for every file).
      const options = name === 'plain' ? { ...compilerOptions, jsx: undefined } : compilerOptions;
      writeFileSync(join(project, `tsconfig.${resolution}.${name}.json`), JSON.stringify({ compilerOptions: options, files }));
      const result = spawnSync(process.execPath, [tsc, '-p', `tsconfig.${resolution}.${name}.json`, '--listFiles'], { cwd: project, encoding: 'utf8' });
      const errors = result.stdout.split('\n').filter((line) => /error TS/.test(line));
      // Opt-in: a project that does not import story-widgets/jsx needs no @types/react.
      const react = name === 'plain' ? result.stdout.split('\n').filter((line) => /@types\/react\/|story-widgets\/dist\/jsx\//.test(line)) : [];
      check(result.status === 0 && react.length === 0, `tsc (moduleResolution ${resolution}) accepts ${what}${react.length ? `; loaded ${react[0]}` : ''}`);
      if (result.status !== 0) console.log(errors.slice(0, 20).join('\n'));
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (failures) {
  console.error(`\nstory-widgets: pack test: ${failures} check(s) failed.`);
  process.exit(1);
}
console.log('\nPack test passed.');
