// @ts-check
// The network map: Cytoscape with the fcose force layout. Node size by a chosen centrality, colour by isolation,
// edge width by weight; paths from the planner are drawn as a highlighted class on top. The layout is seeded, so the
// same data always gives the same picture; focus (an office with its supporters and the offices it helps), the minimum
// weight and the pan lock are classes and switches on top of it that never move a node.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';

cytoscape.use(fcose);
/** @import { Core, Collection, EdgeDataDefinition, ElementDefinition, StylesheetJson } from 'cytoscape' */
/** @import { Network } from './queries.js' */

/** @type {StylesheetJson} */
const style = [
  { selector: 'node', style: {
    label: 'data(label)', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 3, color: '#1d2733',
    'text-outline-color': '#fff', 'text-outline-width': 2, width: 'data(size)', height: 'data(size)',
    'background-color': '#2f6fb0', 'border-width': 1, 'border-color': '#fff' } },
  { selector: 'node.at-risk', style: { 'background-color': '#e07b39', 'border-color': '#8a4316', 'border-width': 2 } },
  { selector: 'node.isolated', style: { 'background-color': '#d1495b', 'border-color': '#7a1f2b', 'border-width': 2 } },
  // Subject names in full, wrapped on up to a few short lines, on a white halo so crossing edges do not hide them.
  { selector: 'node.subject', style: { shape: 'round-rectangle', 'background-color': '#e9b949', width: 14, height: 14,
    'font-size': 10, color: '#4a3c0c', 'text-wrap': 'wrap', 'text-max-width': '120px', 'text-outline-width': 3 } },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#111' } },
  { selector: 'edge', style: {
    width: 'data(width)', 'line-color': '#9fb3c8', 'curve-style': 'bezier', opacity: 0.55,
    // Cytoscape maps data() on any property; its types allow the mapper only on some.
    'target-arrow-shape': /** @type {import('cytoscape').Css.ArrowShape} */ ('data(arrow)'), 'target-arrow-color': '#9fb3c8', 'arrow-scale': 0.8 } },
  { selector: 'edge[kind = "OFFERS"]', style: { 'line-color': '#7fbf9f', 'target-arrow-color': '#7fbf9f' } },
  { selector: 'edge:selected', style: { 'line-color': '#111', 'target-arrow-color': '#111', opacity: 1 } },
  { selector: '.dimmed', style: { opacity: 0.15 } },
  { selector: 'edge.below-min', style: { display: 'none' } },
  { selector: '.faded', style: { opacity: 0.12, 'text-opacity': 0.35 } },
  { selector: 'node.focus', style: { 'border-width': 5, 'border-color': '#111' } },
  { selector: 'node.focus-supporter', style: { 'border-width': 4, 'border-color': '#7b3294' } },
  { selector: 'node.focus-helped', style: { 'border-width': 4, 'border-color': '#1b7f8c' } },
  { selector: 'node.focus-partner', style: { 'border-width': 4, 'border-color': '#444' } },
  { selector: 'edge.focus-in', style: { 'line-color': '#7b3294', 'target-arrow-color': '#7b3294', opacity: 0.9 } },
  { selector: 'edge.focus-out', style: { 'line-color': '#1b7f8c', 'target-arrow-color': '#1b7f8c', opacity: 0.9 } },
  { selector: 'edge.focus-link', style: { opacity: 0.9 } },
  { selector: 'node.on-path', style: { 'border-width': 4, 'border-color': '#0a8754' } },
  // Three meanings, three looks: a selected path is green, the selected office black (above), what-if purple and dashed,
  // offices listed by a card (highlight) amber.
  { selector: 'node.whatif', style: { 'border-width': 4, 'border-color': '#7b3294', 'border-style': 'dashed', 'background-color': '#c2a5cf' } },
  { selector: 'node.whatif-removed', style: { 'border-width': 4, 'border-color': '#7b3294', 'background-color': '#ffffff', opacity: 0.6 } },
  { selector: 'node.marked', style: { 'border-width': 4, 'border-color': '#b8860b' } },
  { selector: 'edge.on-path', style: { 'line-color': '#0a8754', 'target-arrow-color': '#0a8754', opacity: 1, 'z-index': 10 } },
];

/**
 * An edge as the map holds it (the API's edge and what the drawing adds); handlers receive it.
 * @typedef {{ id: string, source: string, target: string, kind: string, weight: number, width: number, arrow: string,
 *   subjects: string[] }} MapEdge
 */

/**
 * Creates the map in a container; handlers receive office codes and edge data.
 * @param {HTMLElement} container
 * @param {{ onOffice: (code: string) => void, onEdge: (edge: MapEdge) => void, onSubject?: (id: string) => void,
 *   onBackground?: () => void }} handlers
 * @returns {Core}
 */
export function createMap(container, { onOffice, onEdge, onSubject, onBackground }) {
  const cy = cytoscape({ container, style, wheelSensitivity: 0.3, minZoom: 0.2, maxZoom: 4, boxSelectionEnabled: false });
  cy.on('tap', 'node.office', (event) => onOffice(event.target.id()));
  cy.on('tap', 'node.subject', (event) => onSubject?.(event.target.id()));
  cy.on('tap', 'edge', (event) => onEdge(/** @type {MapEdge} */ (event.target.data())));
  cy.on('tap', (event) => { if (event.target === cy) { clearFocus(cy); onBackground?.(); } });
  return cy;
}

/** Replaces the map's content with a network; office sizes come from the node metric named `sizeMetric`. */
/**
 * @param {Core} cy
 * @param {Network} network
 * @param {string} sizeMetric
 */
export function drawNetwork(cy, network, sizeMetric) {
  const directed = network.directed;
  const weights = network.edges.map((e) => e.weight ?? 1);
  const maxWeight = Math.max(1, ...weights);
  /** @type {ElementDefinition[]} */
  const elements = [
    ...network.nodes.map(/** @returns {ElementDefinition} */ (n) => ({
      group: 'nodes',
      data: { id: n.id, label: n.label, kind: n.kind, metrics: n.metrics, size: 14 },
      classes: [n.kind, warningClass(n.flags)].join(' '),
    })),
    ...network.edges.map(/** @returns {ElementDefinition} */ (e, i) => ({
      group: 'edges',
      data: { id: `e${i}`, source: e.source, target: e.target, kind: e.kind, weight: e.weight ?? 1,
        width: maxWeight > 1 ? 0.6 + 5 * ((e.weight ?? 1) / maxWeight) : 1.2, arrow: directed ? 'triangle' : 'none', subjects: e.subjects ?? [] },
    })),
  ];
  cy.resize();
  cy.elements().remove();
  cy.add(elements);
  resizeNodes(cy, sizeMetric);
  // fcose would throw offices without any edge far away (it packs components only with an extra plugin), which shrinks
  // the rest of the map; lay out the connected part, then line the unconnected offices up under it.
  const alone = cy.nodes().filter((n) => n.degree(false) === 0);
  const connected = cy.elements().not(alone);
  if (connected.nonempty()) {
    /** @type {import('cytoscape-fcose').FcoseLayoutOptions} */
    const fcoseOptions = { name: 'fcose', animate: false, randomize: true, quality: 'proof', nodeRepulsion: () => 60000,
      idealEdgeLength: () => 140, edgeElasticity: () => 0.2, nodeSeparation: 120, gravity: 0.15, padding: 20 };
    // Cytoscape's LayoutOptions is a closed union of the built-in layouts: an extension's options go in by a cast.
    seeded(() => connected.layout(/** @type {import('cytoscape').LayoutOptions} */ (/** @type {unknown} */ (fcoseOptions))).run());
  }
  const box = connected.nonempty() ? connected.nodes().boundingBox() : { x1: 0, y2: 0, w: 600 };
  const perRow = Math.max(4, Math.floor(box.w / 90));
  alone.forEach((n, i) => { n.position({ x: box.x1 + 30 + 90 * (i % perRow), y: box.y2 + 60 + 60 * Math.floor(i / perRow) }); });
  cy.fit(undefined, 20);
  return { maxWeight };
}

/**
 * Runs a synchronous layout with Math.random replaced by a fixed-seed generator (mulberry32), so fcose's random start
 * and spectral sampling, and with them the picture, are the same for the same nodes and edges in the same order.
 */
/** @param {() => void} run */
function seeded(run) {
  const random = Math.random;
  let seed = 0x2f6fb0;
  Math.random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  try {
    run();
  } finally {
    Math.random = random;
  }
}

/**
 * Focus on one node: an office with its supporters (edges into it) and the offices it helps (edges out of it), or its
 * partners on an undirected view, or its subjects on the bipartite view; everything else fades. Returns who is who.
 */
/**
 * @param {Core} cy
 * @param {string} id
 */
export function focusOn(cy, id) {
  clearFocus(cy);
  const node = cy.getElementById(id);
  if (node.empty()) return null;
  const edges = node.connectedEdges().not('.below-min');
  // Support edges run offerer → requester; collaboration and bipartite edges have no "who helps whom" to split by.
  const directed = cy.edges('[kind = "SUPPORTS"]').nonempty();
  const incoming = directed ? edges.filter((e) => e.isEdge() && e.target().same(node)) : cy.collection();
  const outgoing = directed ? edges.filter((e) => e.isEdge() && e.source().same(node)) : cy.collection();
  const supporters = incoming.sources();
  const helped = outgoing.targets();
  const partners = directed ? cy.collection() : edges.connectedNodes().not(node);
  node.addClass('focus');
  supporters.addClass('focus-supporter');
  helped.addClass('focus-helped');
  partners.addClass('focus-partner');
  incoming.addClass('focus-in');
  outgoing.addClass('focus-out');
  if (!directed) edges.addClass('focus-link');
  const kept = node.union(supporters).union(helped).union(partners).union(edges);
  cy.elements().not(kept).addClass('faded');
  return { directed, supporters: supporters.length, helped: helped.length, partners: partners.length };
}

/** Ends the focus: every element at full strength again. */
/** @param {Core} cy */
export function clearFocus(cy) {
  cy.elements().removeClass('focus focus-supporter focus-helped focus-partner focus-in focus-out focus-link faded');
}

/** Hides edges lighter than `min` (a class, so no node moves); returns how many edges stay shown. */
/**
 * @param {Core} cy
 * @param {number} min
 */
export function setMinWeight(cy, min) {
  cy.edges().forEach((e) => { e.toggleClass('below-min', e.data('weight') < min); });
  return cy.edges().not('.below-min').length;
}

/**
 * Pan and zoom on or off. Off, a one-finger drag on the map's background scrolls the page instead of moving the map
 * (Cytoscape takes the gesture only while panning is enabled), so a phone user is never trapped in the map.
 */
/**
 * @param {Core} cy
 * @param {boolean} on
 */
export function setPanning(cy, on) {
  cy.userPanningEnabled(on);
  cy.userZoomingEnabled(on);
}

/** Sizes office nodes by one of their metrics (square root, so area follows the value). */
/**
 * @param {Core} cy
 * @param {string} metric
 */
export function resizeNodes(cy, metric) {
  const offices = cy.nodes('.office');
  const max = Math.max(0, ...offices.map((n) => n.data('metrics')[metric] ?? 0));
  offices.forEach((n) => { n.data('size', sizeOf(n.data('metrics')[metric], max)); });
}

/** Flags come as the analytics' names (NoPartners, NO_PARTNERS): no partner at all is isolated, any other sign at risk. */
/** @param {string[]} flags */
function warningClass(flags) {
  const normal = (flags ?? []).map((f) => f.replace(/_/g, '').toLowerCase());
  if (normal.includes('nopartners')) return 'isolated';
  return normal.length ? 'at-risk' : '';
}

/**
 * @param {number | undefined} value
 * @param {number} max
 */
function sizeOf(value, max) {
  if (!value || max <= 0) return 14;
  return 14 + 26 * Math.sqrt(value / max);
}

/** Highlights paths (lists of office codes) on the map; an empty list clears the highlight. */
/**
 * @param {Core} cy
 * @param {string[][]} paths
 */
export function highlightPaths(cy, paths) {
  cy.elements().removeClass('on-path whatif whatif-removed marked dimmed');
  if (!paths.length) return;
  const onPath = cy.collection();
  for (const codes of paths) {
    for (let i = 0; i < codes.length; i++) {
      onPath.merge(cy.getElementById(codes[i]));
      if (i > 0) onPath.merge(cy.edges().filter((e) => e.source().id() === codes[i - 1] && e.target().id() === codes[i]));
    }
  }
  onPath.addClass('on-path');
  cy.elements().not(onPath).addClass('dimmed');
}

/** Marks offices (by code) listed by a card (amber), dimming the rest; an empty list clears the marks. */
/**
 * @param {Core} cy
 * @param {string[]} codes
 */
export function highlightOffices(cy, codes) {
  cy.elements().removeClass('on-path whatif whatif-removed marked dimmed');
  if (!codes.length) return;
  const set = new Set(codes);
  const chosen = cy.nodes().filter((n) => set.has(n.id()));
  chosen.addClass('marked');
  cy.elements().not(chosen).addClass('dimmed');
}

/** Shows a what-if on the map: offices whose supporters change (purple, dashed) and the removed ones; the rest dimmed. */
/**
 * @param {Core} cy
 * @param {string[]} affected
 * @param {string[]} removed
 */
export function markWhatIf(cy, affected, removed) {
  cy.elements().removeClass('on-path whatif whatif-removed marked dimmed');
  /** @param {string[]} codes */
  const pick = (codes) => { const set = new Set(codes); return cy.nodes().filter((n) => set.has(n.id())); };
  const changed = pick(affected).addClass('whatif');
  const gone = pick(removed).addClass('whatif-removed');
  if (changed.nonempty() || gone.nonempty()) cy.elements().not(changed).not(gone).addClass('dimmed');
}
