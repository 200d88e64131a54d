// One build step: bundles src/main.js (with cytoscape and cytoscape-fcose from node_modules) and the GraphQL console
// (GraphiQL 3 with React 18 and CodeMirror 5, a chunk loaded only when the Console tab opens; the same code behind
// console.html, which the server answers browsers with at GET /graphql), and copies both pages into the server's
// static files, so `coopgraph` serves the workbench at / and the console with no CDN and no request to another host.
import * as esbuild from 'esbuild';
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'src', 'CoopGraph.Server', 'wwwroot');
const assets = join(out, 'assets');
const watch = process.argv.includes('--watch');

await rm(assets, { recursive: true, force: true });
await mkdir(assets, { recursive: true });
await copyFile(join(here, 'src', 'index.html'), join(out, 'index.html'));
await copyFile(join(here, 'src', 'console.html'), join(out, 'console.html'));

const options = {
  entryPoints: {
    workbench: join(here, 'src', 'main.js'),
    style: join(here, 'src', 'workbench.css'),
    // GraphiQL: console.js and console.css (GraphiQL's style sheet with ours), loaded by console.html and, on first
    // use, by the page's Console tab (console-tab.js imports it by URL, so it is not bundled into workbench.js).
    console: join(here, 'src', 'console.js'),
  },
  outdir: assets,
  bundle: true,
  format: 'esm',
  target: ['es2022'],
  minify: !watch,
  define: { 'process.env.NODE_ENV': watch ? '"development"' : '"production"' },
  metafile: true,
  sourcemap: watch ? 'inline' : false,
  // The licences of the bundled packages ship beside the bundle (THIRD-PARTY-NOTICES.txt, from the build's own inputs).
  legalComments: 'linked',
  logLevel: 'info',
};

/**
 * The full licence text and exact version of every package that ends up in the bundle, read from the build's inputs
 * (so a new dependency cannot ship without its notice; a package without a licence file stops the build).
 */
async function writeNotices(metafile) {
  const names = new Set();
  for (const input of Object.keys(metafile.inputs)) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (match) names.add(match[1]);
  }
  const notices = await Promise.all([...names].sort().map(async (name) => {
    const dir = join(here, 'node_modules', name);
    const { version, license } = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'));
    const file = (await readdir(dir)).find((f) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(f));
    // A few packages (e.g. @headlessui/react) publish no licence file; their notice names the licence and the source.
    const { repository } = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'));
    const text = file ? await readFile(join(dir, file), 'utf8')
      : `The package ships no licence file. Licence: ${license}; source: ${repository?.url ?? repository ?? 'see the npm registry'}.`;
    return `${name} ${version} (${license})\n\n${text.trim()}\n`;
  }));
  await writeFile(join(assets, 'THIRD-PARTY-NOTICES.txt'), notices.join('\n' + '-'.repeat(72) + '\n\n'));
}

if (watch) {
  const context = await esbuild.context(options);
  await context.watch();
} else {
  const result = await esbuild.build(options);
  await writeNotices(result.metafile);
}
