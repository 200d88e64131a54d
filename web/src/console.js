// @ts-check
// The one GraphQL console: GraphiQL (schema-aware autocomplete, docs explorer, history, tabs), bundled from npm with
// React 18 and CodeMirror 5, loaded only when asked for (the page's Console tab, or the console page at GET /graphql).
// The examples are picked from a labelled list in the bar above GraphiQL, not GraphiQL's tabs: its tab strip puts a
// button and close buttons among the tabs (axe: aria-required-children, nested-interactive). The API key is an
// Authorization header, typed in the bar (kept in memory, never stored) or in GraphiQL's Headers editor.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { parse } from 'graphql';
import { h, fill } from './dom.js';
import { examples } from './queries.js';
// GraphiQL's style sheet (its fonts are data: URLs) and the console's frame: together they become assets/console.css.
import 'graphiql/graphiql.css';
import './console.css';

const endpoint = new URL('graphql', document.baseURI).toString();

/** The dataset's own figures first, then the page's examples; every one named, so its tab has a title. */
const presets = [
  { label: 'Dataset', text: `{
  dataset {
    name
    version
    officeCount
    subjectCount
    requestCount
    offerCount
  }
}` },
  ...examples,
  // The old /graphql console's own examples, kept: paging a connection, and the areas with their subjects.
  { label: 'Offices (paged)', text: `query Offices($first: Int, $after: String) {
  offices(first: $first, after: $after) {
    totalCount
    edges { cursor node { code name requests { subject { name } } } }
    pageInfo { hasNextPage endCursor }
  }
}`, variables: { first: 5 } },
  { label: 'Areas and subjects', text: '{\n  areas { id name subjects { id name } }\n}' },
];

/**
 * An anonymous example gets an operation name from its label (GraphiQL names tabs and history by it).
 * @param {string} text
 * @param {string} label
 */
function named(text, label) {
  if (!text.trimStart().startsWith('{')) return text;
  const name = label.normalize('NFKD').replace(/[^A-Za-z0-9 ]/g, ' ').split(/\s+/).filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1)).join('');
  return `query ${name} ${text.trimStart()}`;
}

/**
 * @param {string} query
 * @param {string | null | undefined} operationName
 */
function isMutation(query, operationName) {
  try {
    const operations = parse(query).definitions.filter(/** @returns {d is import('graphql').OperationDefinitionNode} */ (d) => d.kind === 'OperationDefinition');
    const chosen = operations.find((o) => o.name?.value === operationName) ?? operations[0];
    return chosen?.operation === 'mutation';
  } catch {
    return false;
  }
}

function stylesheet() {
  const href = new URL('assets/console.css', document.baseURI).toString();
  if (![...document.querySelectorAll('link[rel=stylesheet]')].some((l) => l instanceof HTMLLinkElement && l.href === href)) document.head.append(h('link', { rel: 'stylesheet', href }));
}

/**
 * Mounts the console in `host`. The fetcher sends GraphiQL's headers, adds the key from the bar unless the Headers
 * editor already sets Authorization, and after a mutation tells the page (event `coopgraph:edited`) to check the
 * dataset version at once instead of at its next poll.
 */
/**
 * @param {HTMLElement} host
 * @param {{ standalone?: boolean }} [options]
 */
export function mountConsole(host, { standalone = false } = {}) {
  stylesheet();
  const example = h('select', { id: 'console-example' }, ...presets.map((p, i) => h('option', { value: String(i) }, p.label)));
  const key = h('input', { id: 'console-key', type: 'password', autocomplete: 'off', 'aria-describedby': 'console-key-help' });
  const bar = h('div', { class: 'console-bar' },
    standalone ? h('h1', {}, 'CoopGraph GraphQL console') : null,
    standalone ? h('a', { href: new URL('./', document.baseURI).toString() }, 'the workbench') : null,
    h('label', {}, 'Example ', example),
    h('label', {}, 'API key (for mutations) ', key),
    h('span', { id: 'console-key-help', class: 'muted' },
      'sent as "Authorization: Bearer <key>", kept in this tab only; Ctrl+Space completes, the book icon opens the docs'));
  const surface = h('div', { class: 'console-graphiql' });
  host.classList.add('console-host');
  fill(host, bar, surface);

  /** @type {import('graphiql').GraphiQLProps['fetcher']} */
  const fetcher = async (params, options = {}) => {
    /** @type {Record<string, string>} */
    const headers = { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json', ...(options.headers ?? {}) };
    const hasAuthorization = Object.keys(headers).some((name) => name.toLowerCase() === 'authorization');
    if (!hasAuthorization && key.value.trim()) headers.Authorization = `Bearer ${key.value.trim()}`;
    const response = await fetch(endpoint, { method: 'POST', headers, body: JSON.stringify(params) });
    const text = await response.text();
    let body;
    try {
      body = JSON.parse(text);
    } catch {
      body = { errors: [{ message: `HTTP ${response.status}: ${text.slice(0, 500)}` }] };
    }
    if (isMutation(params.query ?? '', params.operationName)) window.dispatchEvent(new Event('coopgraph:edited'));
    return body;
  };

  // GraphiQL copies a changed `query`/`variables` prop into its editors, so picking an example re-renders with it;
  // what the user types stays until the next pick.
  const root = createRoot(surface);
  /** @param {typeof presets[number]} preset */
  const show = (preset) => root.render(createElement(GraphiQL, {
    fetcher,
    query: named(preset.text, preset.label),
    variables: preset.variables ? JSON.stringify(preset.variables, null, 2) : '',
    disableTabs: true,
    defaultEditorToolsVisibility: true,
    isHeadersEditorEnabled: true,
    shouldPersistHeaders: false,
  }));
  example.addEventListener('change', () => show(presets[Number(example.value)]));
  show(presets[0]);
  labelEditors(surface);
}

/** CodeMirror's input textareas carry no label; each gets the name of the editor it belongs to, as editors appear. */
/** @param {HTMLElement} surface */
function labelEditors(surface) {
  /** @param {Element} textarea */
  const name = (textarea) => {
    if (textarea.closest('.graphiql-query-editor')) return 'Query editor';
    if (textarea.closest('.graphiql-response')) return 'Result';
    const tool = textarea.closest('.graphiql-editor-tool');
    if (!tool) return 'Editor';
    const first = tool.querySelector('.graphiql-editor');
    return first !== null && first === textarea.closest('.graphiql-editor') ? 'Variables editor' : 'Headers editor';
  };
  const apply = () => {
    for (const textarea of surface.querySelectorAll('.CodeMirror textarea:not([aria-label])')) textarea.setAttribute('aria-label', name(textarea));
  };
  new MutationObserver(apply).observe(surface, { childList: true, subtree: true });
  apply();
}

// The console page (console.html, served at GET /graphql) mounts itself; the workbench's tab calls mountConsole.
const standalone = document.querySelector('[data-console-page]');
if (standalone instanceof HTMLElement) mountConsole(standalone, { standalone: true });
