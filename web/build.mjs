// One build step: bundles src/main.js (with cytoscape and cytoscape-fcose from node_modules) and copies the page
// into the server's static files, so `coopgraph` serves the workbench at / with no CDN and no request to another host.
import * as esbuild from 'esbuild';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'src', 'CoopGraph.Server', 'wwwroot');
const assets = join(out, 'assets');
const watch = process.argv.includes('--watch');

await rm(assets, { recursive: true, force: true });
await mkdir(assets, { recursive: true });
await copyFile(join(here, 'src', 'index.html'), join(out, 'index.html'));

const options = {
  entryPoints: { workbench: join(here, 'src', 'main.js'), style: join(here, 'src', 'workbench.css') },
  outdir: assets,
  bundle: true,
  format: 'esm',
  target: ['es2022'],
  minify: !watch,
  sourcemap: watch ? 'inline' : false,
  // The licences of the bundled packages (MIT: cytoscape, cytoscape-fcose, cose-base, layout-base) ship beside the bundle.
  legalComments: 'linked',
  logLevel: 'info',
};

// The full licence text and exact version of every package that ends up in the bundle.
const bundled = ['cytoscape', 'cytoscape-fcose', 'cose-base', 'layout-base'];
const notices = await Promise.all(bundled.map(async (name) => {
  const dir = join(here, 'node_modules', name);
  const { version, license } = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'));
  const text = await readFile(join(dir, 'LICENSE'), 'utf8');
  return `${name} ${version} (${license})\n\n${text.trim()}\n`;
}));
await writeFile(join(assets, 'THIRD-PARTY-NOTICES.txt'), notices.join('\n' + '-'.repeat(72) + '\n\n'));

if (watch) {
  const context = await esbuild.context(options);
  await context.watch();
} else {
  await esbuild.build(options);
}
