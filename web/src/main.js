// @ts-check
// Wires the workbench: loads the dataset through GraphQL, draws the map, the matches table and the planner views.
import { $, h, fill, messageOf, setOptions, showError, download } from './dom.js';
import { createMap, drawNetwork, highlightPaths, highlightOffices, markWhatIf, resizeNodes } from './map.js';
import { renderOffice, renderEdge } from './panel.js';
import { createMatches } from './matches.js';
import { renderStandings, renderNeeds, renderPaths, renderVocabulary, renderWhatIf } from './planner.js';
import { attachConsole } from './console-tab.js';
import { followVersion, markStale } from './live.js';
import { createMeetingPlanner, createMapColouring, loadMeetingDefaults } from './planner-tab.js';
import { createRounds } from './rounds.js';
import * as q from './queries.js';
import { createMapReading } from './map-reading.js';
import { createMatrix } from './matrix.js';
import { renderSubject } from './subject-panel.js';
import { watchPrintScope } from './print-scope.js';
import { exposeForTests } from './test-hooks.js';
import { createInitiativesBoard } from './initiatives.js';
import { createFollowUp } from './followup.js';
import { stampRound, roundWords } from './round-note.js';
/** @import { Meta, Network, SizeMetric } from './queries.js' */
/** @import { MapEdge } from './map.js' */

// The views exist from the start (a module script runs once the page is parsed); the data arrive in start().
const cy = createMap($('cy'), { onOffice: showOffice, onEdge: showEdge, onSubject: showSubject, onBackground: () => state.reading.clear() });
/**
 * @type {{ meta: Meta | null, network: Network | null, redraws: number, office: string | null, subject: string | null, edge: boolean,
 *   latest: string | null, refreshing: boolean, cy: import('cytoscape').Core, reading: ReturnType<typeof createMapReading>,
 *   matrix: ReturnType<typeof createMatrix>, matches: ReturnType<typeof createMatches>,
 *   colouring: ReturnType<typeof createMapColouring>, board: ReturnType<typeof createInitiativesBoard> | null,
 *   followUp: ReturnType<typeof createFollowUp> | null }}
 */
const state = { meta: null, network: null, redraws: 0, office: null, subject: null, edge: false, latest: null, refreshing: false, cy,
  reading: createMapReading(cy, { name: (id) => (state.meta?.offices.some((o) => o.code === id) ? officeName(id) : subjectName(id)) }),
  matrix: createMatrix($('matrix'), { orderSelect: $('matrix-order', HTMLSelectElement), meta: () => loaded(), loadRoles: q.loadRoles, onCell: showEdge }),
  matches: createMatches($('matches'), { filterInput: $('matches-filter', HTMLInputElement), areaSelect: $('matches-area', HTMLSelectElement) }),
  colouring: createMapColouring(cy, { office: officeName, subject: subjectName }), board: null, followUp: null };
/** @param {string} code */
function officeName(code) { return state.meta?.offices.find((o) => o.code === code)?.name ?? code; }
/** @param {string} id */
function subjectName(id) { return state.meta?.subjects.find((s) => s.id === id)?.name ?? id; }
// The size the map opens with: "can help N offices" reads correctly without knowing graph theory.
const DEFAULT_SIZE = 'outDegree';
/** @returns {SizeMetric} */
function sizeMetric() {
  const metrics = loaded().metrics;
  return metrics.find((m) => m.value === $('size-by', HTMLSelectElement).value) ?? metrics[0];
}

/** The loaded dataset's offices, subjects and areas; the views that need them are only drawn after start() loads them. */
function loaded() {
  if (!state.meta) throw new Error('the dataset is not loaded yet');
  return state.meta;
}

function setUpTabs() {
  const tabs = [...document.querySelectorAll('[role=tab]')].filter((t) => t instanceof HTMLElement);
  /** @param {HTMLElement} tab @param {boolean} focus */
  const select = (tab, focus) => {
    for (const t of tabs) {
      const chosen = t === tab;
      t.setAttribute('aria-selected', String(chosen));
      t.tabIndex = chosen ? 0 : -1;
      $(t.getAttribute('aria-controls') ?? '').hidden = !chosen;
    }
    if (focus) tab.focus();
    if (tab.id === 'tab-map') state.cy?.resize();
    // The print stylesheet prints the chosen tab: the matches table, or the meeting planner's sheets.
    document.body.dataset.tab = tab.id.slice(4);
    history.replaceState(null, '', `#${tab.id.slice(4)}`);
  };
  tabs.forEach((tab, i) => {
    tab.addEventListener('click', () => select(tab, false));
    tab.addEventListener('keydown', (event) => {
      const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
      if (step) select(tabs[(i + step + tabs.length) % tabs.length], true);
    });
  });
  const initial = tabs.find((t) => `#${t.id.slice(4)}` === location.hash);
  if (initial) select(initial, false);
}

/** @param {string} code */
async function showOffice(code) {
  const asked = q.chosenRound();
  try {
    const office = await q.loadOffice(code, sizeMetric().value);
    // Another round was chosen meanwhile: its answer is on its way and is the one to show.
    if (asked !== q.chosenRound()) return;
    if (!office) throw new Error(`no office with code ${code}`);
    renderOffice($('details'), office);
    stampRound($('details'), asked, { inside: true });
    Object.assign(state, { office: code, subject: null, edge: false });
    state.cy.nodes().unselect();
    state.cy.getElementById(code).select();
    state.reading.focus(code);
  } catch (error) {
    showError(`Office ${code}`, error);
  }
}

/**
 * An edge's provenance, in the server's words: between offices its supportLink (each subject with its justification,
 * both ways for a collaboration edge); on the bipartite map the statement of the office's own request or offer row.
 * @param {Pick<MapEdge, 'source' | 'target' | 'kind' | 'weight' | 'subjects'>} edge
 */
async function showEdge(edge) {
  const asked = q.chosenRound();
  try {
    const { offices } = loaded();
    /** @param {string} id */
    const isOffice = (id) => offices.some((o) => o.code === id);
    /** @param {string} id */
    const label = (id) => (isOffice(id) ? officeName(id) : subjectName(id));
    const arrow = edge.kind === 'COLLABORATES' ? ' – ' : ' → ';
    /** @type {import('./panel.js').Provenance[]} */
    let provenance;
    if (isOffice(edge.source) && isOffice(edge.target)) {
      const ways = edge.kind === 'COLLABORATES' ? [[edge.source, edge.target], [edge.target, edge.source]] : [[edge.source, edge.target]];
      const links = await Promise.all(ways.map(([from, to]) => q.loadSupportLink(from, to, $('area', HTMLSelectElement).value, $('subject', HTMLSelectElement).value)));
      provenance = edge.subjects.map((subject) => ({
        id: subject,
        name: subjectName(subject),
        links: links.flatMap((link) => link.subjects.filter((s) => s.subject.id === subject).map((s) => `${s.justification}.`)),
      }));
    } else {
      const rows = await q.loadStatements(edge.source, edge.kind === 'OFFERS' ? 'offers' : 'requests');
      provenance = edge.subjects.map((subject) => {
        const row = rows.find((r) => r.subject.id === subject);
        return { id: subject, name: subjectName(subject), links: row ? [`${row.statement}.`] : [] };
      });
    }
    renderEdge($('details'), `${label(edge.source)}${arrow}${label(edge.target)}`, edge, provenance);
    stampRound($('details'), asked, { inside: true });
    Object.assign(state, { office: null, subject: null, edge: true });
  } catch (error) {
    showError('Edge', error);
  }
}

/** @param {string} id */
async function showSubject(id) {
  const asked = q.chosenRound();
  try {
    const subject = await q.loadSubject(id);
    if (asked !== q.chosenRound()) return;
    if (!subject) throw new Error(`no subject with id ${id}`);
    renderSubject($('details'), subject);
    stampRound($('details'), asked, { inside: true });
    // Like an edge's details, a subject's say they are out of date when the dataset changes (follow).
    Object.assign(state, { office: null, subject: id, edge: true });
    state.reading.focus(id);
  } catch (error) {
    showError(`Subject ${id}`, error);
  }
}

/** Says in the legend what node size means for the chosen metric. */
function showSizeLegend() {
  const metric = sizeMetric();
  $('size-legend').textContent = `Node size: ${metric.legend} (area grows with the value) · edge width: number of subjects.`;
  $('size-by').title = metric.definition;
}

async function redrawMap() {
  // The matrix view reads the support network; the node-link map keeps its last drawing underneath, unchanged.
  const matrix = $('view', HTMLSelectElement).value === 'MATRIX';
  const view = matrix ? 'SUPPORT' : $('view', HTMLSelectElement).value;
  $('cy').hidden = matrix;
  $('matrix').hidden = !matrix;
  $('matrix-order-label').hidden = !matrix;
  $('map-pan').hidden = matrix;
  // The export buttons download what the map shows: the same view, area and subject as network(...).
  const scope = new URLSearchParams({ view: view.toLowerCase() });
  for (const id of ['area', 'subject']) if ($(id, HTMLSelectElement).value) scope.set(id, $(id, HTMLSelectElement).value);
  const round = q.roundArg();
  if (round) scope.set('round', round);
  for (const format of ['graphml', 'gexf', 'cytoscape']) $(`export-${format}`, HTMLAnchorElement).href = `export/${format}?${scope}`;
  // While a redraw is pending the map is not ready (tests and assistive technology wait on this), and only the answer
  // to the latest choice is drawn: a slow answer to an earlier view or filter must not overwrite it.
  const request = ++state.redraws;
  const asked = q.chosenRound();
  delete $('cy').dataset.ready;
  $('cy').setAttribute('aria-busy', 'true');
  try {
    const network = await q.loadNetwork(view, $('area', HTMLSelectElement).value, $('subject', HTMLSelectElement).value);
    if (request !== state.redraws) return;
    state.network = network;
    $('map-status').textContent = network.nodes.length ? '' : 'No office matches this filter.';
    if (matrix) {
      await state.matrix.draw(network);
      if (request !== state.redraws) return;
    } else {
      state.reading.drawn(drawNetwork(state.cy, network, sizeMetric().node));
      state.colouring?.apply();
    }
    $('cy').dataset.offices = String(state.cy.nodes('.office').length);
    // The header says which round the map shows (a line above the map would move it); the map's name says it too.
    $('cy').dataset.round = asked?.id ?? '';
    $('cy').setAttribute('aria-label', `Network map of the offices${asked && q.roundCount() > 1 ? `, ${roundWords(asked).toLowerCase()}` : ''}`);
    $('cy').dataset.ready = 'true';
  } catch (error) {
    if (request !== state.redraws) return;
    $('cy').dataset.ready = 'error';
    $('map-status').textContent = `The map could not be drawn: ${messageOf(error)}`;
    showError('Map', error);
  } finally {
    if (request === state.redraws) $('cy').removeAttribute('aria-busy');
  }
}

/** @param {Meta} meta */
function fillSelectors(meta) {
  const areas = meta.areas.map((a) => ({ value: a.id, label: a.name }));
  const offices = meta.offices.map((o) => ({ value: o.code, label: o.name })).sort((a, b) => a.label.localeCompare(b.label));
  for (const id of ['area', 'path-area', 'matches-area']) setOptions($(id, HTMLSelectElement), areas);
  const subjectOptions = () => meta.subjects.filter((s) => !$('area', HTMLSelectElement).value || s.area === $('area', HTMLSelectElement).value)
    .map((s) => ({ value: s.id, label: s.name }));
  setOptions($('subject', HTMLSelectElement), subjectOptions());
  const sizeBy = $('size-by', HTMLSelectElement);
  setOptions(sizeBy, meta.metrics.map((m) => ({ value: m.value, label: m.label })), false);
  sizeBy.value = meta.metrics.find((m) => m.node === DEFAULT_SIZE)?.value ?? sizeBy.value;
  $('area').addEventListener('change', () => { setOptions($('subject', HTMLSelectElement), subjectOptions()); redrawMap(); });
  setOptions($('office-pick', HTMLSelectElement), offices);
  setOptions($('path-from', HTMLSelectElement), offices, false);
  setOptions($('path-to', HTMLSelectElement), offices, false);
  $('path-to', HTMLSelectElement).selectedIndex = offices.length - 1;
  fill($('whatif-offices'), offices.map((o) => h('label', { class: 'check' },
    h('input', { type: 'checkbox', name: 'remove', value: o.value }), ` ${o.label}`)));
}

function wirePlanner() {
  $('path-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const from = $('path-from', HTMLSelectElement).value;
    const to = $('path-to', HTMLSelectElement).value;
    const asked = q.chosenRound();
    try {
      const result = await q.loadPaths(from, to, Number($('path-k', HTMLInputElement).value) || 1, $('path-area', HTMLSelectElement).value);
      if (asked !== q.chosenRound()) return;
      renderPaths($('path-result'), result);
      stampRound($('path-result'), asked);
      $('path-result').scrollIntoView({ block: 'nearest' });
      state.reading.clear();
      highlightPaths(state.cy, result.paths.map((p) => p.offices.map((o) => o.code)));
    } catch (error) {
      fill($('path-result'), h('p', { class: 'error' }, messageOf(error)));
    }
  });
  $('path-clear').addEventListener('click', () => { fill($('path-result')); stampRound($('path-result'), null); highlightPaths(state.cy, []); });
  $('whatif-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const removed = [...document.querySelectorAll('#whatif-offices input:checked')].map((i) => /** @type {HTMLInputElement} */ (i).value);
    if (!removed.length) { fill($('whatif-result'), h('p', { class: 'muted' }, 'Tick one or more offices to remove.')); return; }
    const asked = q.chosenRound();
    try {
      const result = await q.loadWhatIf(removed);
      if (asked !== q.chosenRound()) return;
      renderWhatIf($('whatif-result'), result, subjectName, officeName);
      stampRound($('whatif-result'), asked);
      $('whatif-result').scrollIntoView({ block: 'nearest' });
      state.reading.clear();
      markWhatIf(state.cy, result.supporterChanges.map((c) => c.office), result.removedOffices);
    } catch (error) {
      fill($('whatif-result'), h('p', { class: 'error' }, messageOf(error)));
    }
  });
}

async function loadNeeds() {
  const asked = q.chosenRound();
  try {
    const needs = await q.loadUnmet($('needs-fragile', HTMLInputElement).checked);
    if (asked !== q.chosenRound()) return;
    renderNeeds($('needs'), needs, loaded().areas);
    stampRound($('needs'), asked);
  } catch (error) {
    fill($('needs'), h('p', { class: 'error' }, messageOf(error)));
    showError('Needs', error);
  }
}

/** @param {Meta} meta */
function showDataset({ dataset, offices, subjects }) {
  $('dataset-info').textContent = `${dataset.name} · version ${dataset.version} · ${offices.length} offices · `
    + `${subjects.length} subjects · ${dataset.requestCount} requests · ${dataset.offerCount} offers`;
  $('dataset-info').dataset.version = dataset.version;
}

async function loadIsolated() {
  const asked = q.chosenRound();
  try {
    const standings = await q.loadStandings();
    if (asked !== q.chosenRound()) return;
    renderStandings($('isolated'), standings, (codes) => {
      state.reading.clear();
      highlightOffices(state.cy, codes);
      $('cy').scrollIntoView({ block: 'nearest' });
    });
    stampRound($('isolated'), asked);
  } catch (error) {
    showError('Isolated offices', error);
  }
}

/**
 * Live after every edit (live.js): when the stored version is not the one the page shows, the header, map, matches,
 * needs, isolated offices and the selected office reload; results the planner asked for (paths, what-if, plans, an
 * edge's details) say they are out of date. Repeats until the page shows the latest version; a failure is shown and
 * thrown, so that live.js asks again at its next poll.
 */
/** @param {string} version */
async function follow(version) {
  state.latest = version;
  state.board?.follow(version);
  state.followUp?.follow(version);
  if (!state.meta || state.refreshing) return;
  state.refreshing = true;
  try {
    while (state.meta.dataset.version !== state.latest) {
      const asked = q.chosenRound();
      state.meta = await q.loadMeta();
      showDataset(state.meta);
      showMatches(state.meta, asked);
      markStale(['path-result', 'whatif-result', 'cafe-result', 'portfolio-result', ...(state.edge ? ['details'] : [])].map((id) => $(id)), state.meta.dataset.version);
      await Promise.all([redrawMap(), loadNeeds(), loadIsolated(), state.office && showOffice(state.office)]);
    }
  } catch (error) {
    showError('Following the dataset', error);
    throw error;
  } finally {
    state.refreshing = false;
  }
}

/**
 * The matches table (the subjects' requesters, offerers and status on the round the meta was asked on), unless another
 * round was chosen meanwhile (its answer is on its way).
 * @param {Meta} meta
 * @param {import('./queries.js').Round | null} asked
 */
function showMatches(meta, asked) {
  if (asked !== q.chosenRound()) return;
  state.matches.set(meta.subjects, meta.areas);
  stampRound($('matches'), asked);
}

/**
 * The header's picker chose another round: every round-dependent view asks again on it (map, matches, needs,
 * standings, the office or subject shown, paths, what-if, the colouring by cohort or role, the board and the
 * follow-up list); an edge's details and the meeting plans (solves with a time limit) say they were for another round.
 * @param {import('./queries.js').Round} round
 */
async function switchRound(round) {
  const details = $('details');
  /** @type {Promise<unknown>[]} */
  const asks = [redrawMap(), loadNeeds(), loadIsolated(), state.colouring.reload(),
    (async () => { const asked = q.chosenRound(); const meta = await q.loadMeta(); if (state.meta) state.meta = { ...state.meta, subjects: meta.subjects }; showMatches(meta, asked); })()];
  if (state.office) asks.push(showOffice(state.office));
  else if (state.subject) asks.push(showSubject(state.subject));
  else if (state.edge) {
    fill(details, h('p', { class: 'stale', role: 'status' }, `${roundWords(round)}. The edge shown was on the map of another round: choose it again on this map.`));
    stampRound(details, null);
  }
  if ($('path-result').childElementCount) $('path-form', HTMLFormElement).requestSubmit();
  if ($('whatif-result').childElementCount && document.querySelector('#whatif-offices input:checked')) $('whatif-form', HTMLFormElement).requestSubmit();
  state.board?.reround();
  state.followUp?.reround();
  for (const result of [$('cafe-result'), $('portfolio-result')]) {
    result.querySelector(':scope > .stale')?.remove();
    if (result.childElementCount && result.dataset.round && result.dataset.round !== round.id) {
      result.prepend(h('p', { class: 'stale', role: 'status' }, `Planned on round ${result.dataset.round}; the page now shows ${round.id}. Plan again for it.`));
    }
  }
  await Promise.all(asks);
}

async function start() {
  setUpTabs();
  attachConsole($('panel-console'), $('console-root'));
  // The map's Cytoscape instance, for the browser tests (only when a test asks: test-hooks.js).
  exposeForTests('cy', state.cy);
  const matches = state.matches;
  $('matches-csv').addEventListener('click', () => matches.downloadCsv());
  $('matches-print').addEventListener('click', () => window.print());
  $('export-png').addEventListener('click', () => download('coopgraph-map.png', state.cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' })));
  const officePick = $('office-pick', HTMLSelectElement);
  officePick.addEventListener('change', () => officePick.value && showOffice(officePick.value));
  for (const id of ['view', 'subject']) $(id).addEventListener('change', redrawMap);
  $('size-by').addEventListener('change', () => { resizeNodes(state.cy, sizeMetric().node); showSizeLegend(); });
  $('map-controls').addEventListener('submit', (event) => event.preventDefault());
  $('needs-fragile').addEventListener('change', loadNeeds);
  wirePlanner();
  createMeetingPlanner({ office: officeName, subject: subjectName });

  try {
    // The rounds first, so that every view can say from its first answer which round it shows.
    q.setRounds(await q.loadRounds());
  } catch (error) {
    showError('Rounds', error);
  }
  try {
    state.meta = await q.loadMeta();
  } catch (error) {
    $('dataset-info').textContent = 'The network could not be loaded.';
    $('cy').dataset.ready = 'error';
    $('map-status').textContent = `No network to draw: ${messageOf(error)}`;
    showError('Loading the dataset', error);
    return;
  }
  showDataset(state.meta);
  fillSelectors(state.meta);
  showMatches(state.meta, q.chosenRound());
  watchPrintScope();
  renderVocabulary($('needs-legend'), state.meta.vocabulary);
  renderVocabulary($('matches-legend'), state.meta.vocabulary);
  showSizeLegend();
  state.board = createInitiativesBoard({ office: officeName, subject: subjectName });
  state.followUp = createFollowUp({ office: officeName, areas: () => loaded().areas, offices: () => loaded().offices });
  await loadIsolated();
  await Promise.all([redrawMap(), loadNeeds(), loadMeetingDefaults()]);
  // The round picker: every round-dependent view asks again on the chosen round (switchRound).
  if (q.chosenRound()) {
    await createRounds(q.allRounds(), { office: officeName, subject: subjectName, onRound: switchRound }).catch((error) => showError('Rounds', error));
  }
  followVersion(follow);
}

start();
