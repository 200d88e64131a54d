// @ts-check
// Rounds in the workbench: the header's round picker (every round-dependent view answers on the chosen round) and the Changes
// tab (GraphQL compare between two rounds: what was added and withdrawn with its report line, and what that changed).
import cytoscape from 'cytoscape';
import { $, h, fill, messageOf, setOptions, showError } from './dom.js';
import { fmt, words } from './panel.js';
import * as q from './queries.js';
import { exposeForTests } from './test-hooks.js';
/** @import { Round, Comparison, EdgeDifference, SupportNetwork } from './queries.js' */
/** @typedef {{ office: (code: string) => string, subject: (id: string) => string }} Names */

/** @param {Round} r */
const label = (r) => `${r.name}${r.date ? ` (${r.date})` : ''}`;

/** @param {Round} round */
function showRound(round) {
  const info = $('round-info');
  info.textContent = `showing ${round.id}${round.latest ? ' (latest)' : ''}: ${round.requestCount} requests · ${round.offerCount} offers`;
  info.title = label(round);
  info.dataset.round = round.id;
}

/**
 * Fills the header's round picker (the chosen round, at first the latest) and the Changes tab's selectors (the two
 * latest), and calls onRound after every round-dependent question was switched to another round (q.setRound).
 */
/**
 * @param {Round[]} rounds the dataset's rounds (q.setRounds was given them)
 * @param {Names & { onRound: (round: Round) => unknown }} options
 */
export async function createRounds(rounds, { onRound, office, subject }) {
  const options = rounds.map((r) => ({ value: r.id, label: label(r) }));
  const picker = $('round-pick', HTMLSelectElement);
  setOptions(picker, options, false);
  const shown = q.chosenRound() ?? rounds[rounds.length - 1];
  picker.value = shown.id;
  showRound(shown);
  picker.addEventListener('change', async () => {
    const round = rounds.find((r) => r.id === picker.value);
    if (!round) return;
    q.setRound(round.id);
    showRound(round);
    await onRound(round);
  });

  const [from, to] = [$('changes-from', HTMLSelectElement), $('changes-to', HTMLSelectElement)];
  setOptions(from, options, false);
  setOptions(to, options, false);
  from.selectedIndex = Math.max(0, rounds.length - 2);
  to.selectedIndex = rounds.length - 1;
  const names = { office, subject };
  $('tab-changes').addEventListener('click', () => requestAnimationFrame(fitChanges));
  $('changes-form').addEventListener('submit', (event) => { event.preventDefault(); showChanges(names); });
  if (rounds.length > 1) await showChanges(names);
  else fill($('changes-result'), h('p', { class: 'muted' }, 'This dataset has one round: there is nothing to compare.'));
}

/** @param {Names} names */
async function showChanges(names) {
  const from = $('changes-from', HTMLSelectElement).value;
  const to = $('changes-to', HTMLSelectElement).value;
  const target = $('changes-result');
  target.setAttribute('aria-busy', 'true');
  try {
    const [comparison, before, after] = await Promise.all([q.loadCompare(from, to), q.loadSupportAt(from), q.loadSupportAt(to)]);
    renderChanges(target, comparison, names);
    drawChanges(before, after);
    target.dataset.compared = `${from}..${to}`;
  } catch (error) {
    fill(target, h('p', { class: 'error' }, messageOf(error)));
    showError('Changes', error);
  } finally {
    target.removeAttribute('aria-busy');
  }
}

/**
 * @param {string} id
 * @param {string[]} columns
 * @param {HTMLElement[]} rows
 */
const table = (id, columns, rows) => h('table', { class: 'changes', id },
  h('thead', {}, h('tr', {}, columns.map((c) => h('th', { scope: 'col' }, c)))),
  h('tbody', {}, rows));

/** @param {string} what */
const none = (what) => h('p', { class: 'muted' }, `No ${what}.`);

/**
 * @param {string} id
 * @param {EdgeDifference[]} list
 * @param {Names} names
 */
function differences(id, list, { office, subject }) {
  if (!list.length) return none(id.replace('changes-', '') + ' requests or offers');
  return table(id, ['Request or offer', 'Office', 'Subject', 'Source', 'Confidence', 'Report line', 'Quote'],
    list.map((d) => h('tr', { 'data-office': d.office, 'data-subject': d.subject, 'data-role': d.role },
      h('td', {}, d.role), h('td', {}, office(d.office)), h('td', {}, subject(d.subject)), h('td', {}, d.source),
      h('td', {}, d.confidence), h('td', { class: 'line' }, d.line ?? '—'), h('td', {}, d.quote ?? ''))));
}

/**
 * @param {HTMLElement} target
 * @param {Comparison} c
 * @param {Names} names
 */
function renderChanges(target, c, { office, subject }) {
  /** @param {string[]} list */
  const codes = (list) => (list.length ? list.map(office).join(', ') : '—');
  /** @param {Comparison['coverageTo']} p */
  const coverage = (p) => `${p.assigned} of ${p.requests} requests (${fmt(p.coveragePercent)}%)`;
  /** @param {{ a: string, b: string }[]} list */
  const pairs = (list) => (list.length ? list.map((p) => `${office(p.a)} ⇄ ${office(p.b)}`).join('; ') : 'none');
  fill(target,
    h('h3', {}, `Added (${c.added.length})`), differences('changes-added', c.added, { office, subject }),
    h('h3', {}, `Withdrawn (${c.withdrawn.length})`), differences('changes-withdrawn', c.withdrawn, { office, subject }),
    h('h3', {}, `Subjects whose status changed (${c.subjects.length})`),
    c.subjects.length ? table('changes-subjects', ['Subject', 'Before', 'After', 'Offerers before', 'Offerers after'],
      c.subjects.map((s) => h('tr', { 'data-subject': s.subject }, h('td', {}, subject(s.subject)), h('td', {}, words(s.from)),
        h('td', {}, words(s.to)), h('td', {}, codes(s.offerersFrom)), h('td', {}, codes(s.offerersTo))))) : none('subject changed status'),
    h('h3', {}, `Offices whose isolation changed (${c.offices.length})`),
    c.offices.length ? table('changes-offices', ['Office', 'Signs before', 'Signs after', 'Score', 'Supporters gained', 'Supporters lost'],
      c.offices.map((o) => h('tr', { 'data-office': o.office }, h('td', {}, office(o.office)),
        h('td', {}, o.flagsFrom.map(words).join(', ') || '—'), h('td', {}, o.flagsTo.map(words).join(', ') || '—'),
        h('td', {}, `${fmt(o.scoreFrom)} → ${fmt(o.scoreTo)}`), h('td', {}, codes(o.supportersGained)), h('td', {}, codes(o.supportersLost))))) : none('office changed'),
    h('h3', {}, 'Biggest PageRank rank movers'),
    c.rankMovers.length ? table('changes-movers', ['Office', 'Rank before', 'Rank after', 'Move'],
      c.rankMovers.map((m) => h('tr', { 'data-office': m.office }, h('td', {}, office(m.office)), h('td', {}, m.rankFrom),
        h('td', {}, m.rankTo), h('td', {}, m.move > 0 ? `+${m.move}` : m.move)))) : none('rank moved'),
    h('h3', {}, 'Reciprocal pairs'),
    h('p', { id: 'changes-pairs' }, `Gained (${c.pairsGained.length}): ${pairs(c.pairsGained)}. Lost (${c.pairsLost.length}): ${pairs(c.pairsLost)}.`),
    h('h3', {}, 'Match-plan coverage'),
    h('p', { id: 'changes-coverage' }, `${coverage(c.coverageFrom)} → ${coverage(c.coverageTo)}, at capacity ${c.coverageTo.capacity} per office.`));
}

// Gained and lost support edges differ by more than colour: gained is thick and solid, lost is dashed, kept is thin.
/** @type {import('cytoscape').StylesheetJson} */
const changeStyle = [
  { selector: 'node', style: { label: 'data(label)', 'font-size': 10, width: 12, height: 12, 'background-color': '#2f6fb0',
    'text-valign': 'bottom', 'text-outline-color': '#fff', 'text-outline-width': 2 } },
  { selector: 'edge', style: { width: 1, 'line-color': '#c5d1dc', 'curve-style': 'bezier', 'target-arrow-shape': 'triangle',
    'target-arrow-color': '#c5d1dc', 'arrow-scale': 0.6, opacity: 0.6 } },
  { selector: 'edge.gained', style: { width: 4, 'line-color': '#0a8754', 'target-arrow-color': '#0a8754', opacity: 1, 'z-index': 10 } },
  { selector: 'edge.lost', style: { width: 2, 'line-style': 'dashed', 'line-color': '#b3261e', 'target-arrow-color': '#b3261e', opacity: 1, 'z-index': 10 } },
];
/** @type {import('cytoscape').Core | null} */
let changeMap = null;

/** Draws the union of two rounds' support edges, each marked kept, gained (only after) or lost (only before). */
/**
 * @param {SupportNetwork} before
 * @param {SupportNetwork} after
 */
function drawChanges(before, after) {
  /** @param {{ source: string, target: string }} e */
  const key = (e) => `${e.source}>${e.target}`;
  const had = new Set(before.edges.map(key));
  const has = new Set(after.edges.map(key));
  const edges = [...after.edges, ...before.edges.filter((e) => !has.has(key(e)))];
  /** @param {{ source: string, target: string }} e */
  const kind = (e) => (!had.has(key(e)) ? 'gained' : !has.has(key(e)) ? 'lost' : 'kept');
  const nodes = new Map([...before.nodes, ...after.nodes].filter((n) => n.kind === 'OFFICE').map((n) => [n.id, n]));
  const container = $('changes-map');
  changeMap ??= cytoscape({ container, style: changeStyle, minZoom: 0.2, maxZoom: 4, boxSelectionEnabled: false });
  changeMap.elements().remove();
  changeMap.add([
    ...[...nodes.values()].map(/** @returns {import('cytoscape').ElementDefinition} */ (n) => ({ group: 'nodes', data: { id: n.id, label: n.label } })),
    ...edges.map(/** @returns {import('cytoscape').ElementDefinition} */ (e) => ({ group: 'edges', data: { id: key(e), source: e.source, target: e.target }, classes: kind(e) })),
  ]);
  changeMap.layout({ name: 'circle' }).run();
  /** @param {string} k */
  const count = (k) => edges.filter((e) => kind(e) === k).length;
  container.dataset.gained = String(count('gained'));
  container.dataset.lost = String(count('lost'));
  container.setAttribute('aria-label', `Support edges: ${count('gained')} gained (thick solid), ${count('lost')} lost (dashed), ${count('kept')} kept (thin)`);
  exposeForTests('changes', changeMap);
}

/** The Changes map lives in a hidden tab: it is sized and fitted when the tab is shown. */
export function fitChanges() {
  changeMap?.resize();
  changeMap?.fit(undefined, 20);
}
