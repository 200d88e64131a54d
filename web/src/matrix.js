// @ts-check
// The matrix view: offices × offices on the support network (row offers, column requests), each cell the number of
// subjects the row office can offer the column office. For a dense network (Lima: 179 edges among 17 offices) it reads
// better than a node-link map. Rows and columns are ordered by area, by role or by name; a cell opens its provenance.
import { $, h, fill } from './dom.js';
import { words } from './panel.js';
/** @import { Meta, OfficeRef, Area, SubjectSummary, Network, NetworkEdge, Roles } from './queries.js' */

const roleOrder = ['PROVIDER_HUB', 'BROKER', 'DUAL', 'REQUESTER', 'ISOLATED'];
/** @type {Record<string, string>} */
const groupedBy = {
  area: 'Offices are grouped by the area they name most in their requests and offers.',
  role: 'Offices are grouped by their role on the support network (colour by role on the map gives the thresholds).',
  name: 'Offices in alphabetical order.',
};

/**
 * Owns #matrix: `draw(network)` renders the support network's edges; the order select redraws. `meta()` gives the
 * loaded offices, subjects and areas; `loadRoles()` the API's roles; `onCell(edge)` receives the clicked edge.
 */
/**
 * @param {HTMLElement} container
 * @param {{ orderSelect: HTMLSelectElement, meta: () => Meta, loadRoles: () => Promise<Roles>,
 *   onCell: (edge: NetworkEdge) => void }} options
 */
export function createMatrix(container, { orderSelect, meta, loadRoles, onCell }) {
  /** @type {Network | null} */
  let network = null;

  /**
   * @param {string} order
   * @param {OfficeRef[]} offices
   * @returns {Promise<{ key: string, label: string, offices: OfficeRef[] }[]>}
   */
  const groupsBy = async (order, offices) => {
    const { subjects, areas } = meta();
    if (order === 'role') {
      const roles = new Map((await loadRoles()).offices.map((o) => [o.office, o.role]));
      return roleOrder.map((role) => ({ key: role, label: words(role), offices: offices.filter((o) => roles.get(o.code) === role) }));
    }
    if (order === 'area') {
      const main = new Map(offices.map((o) => [o.code, mainArea(o.code, subjects, areas)]));
      return [...areas.map((a) => ({ key: a.id, label: a.name, offices: offices.filter((o) => main.get(o.code) === a.id) })),
        { key: '', label: 'no request or offer', offices: offices.filter((o) => main.get(o.code) === '') }];
    }
    return [{ key: 'all', label: 'all offices', offices }];
  };

  const render = async () => {
    const shown = network;
    if (!shown) return;
    const offices = meta().offices.filter((o) => shown.nodes.some((n) => n.id === o.code))
      .sort((a, b) => a.name.localeCompare(b.name));
    const groups = (await groupsBy(orderSelect.value, offices)).filter((g) => g.offices.length);
    const order = groups.flatMap((g) => g.offices);
    const cells = new Map(shown.edges.map((e) => [`${e.source}>${e.target}`, e]));
    const max = Math.max(1, ...shown.edges.map((e) => e.subjects.length));
    /** @param {OfficeRef} from @param {OfficeRef} to */
    const cell = (from, to) => {
      if (from.code === to.code) return h('td', { class: 'self' });
      const edge = cells.get(`${from.code}>${to.code}`);
      if (!edge) return h('td', {});
      const n = edge.subjects.length;
      return h('td', { class: `shade-${Math.min(4, Math.ceil((4 * n) / max))}` },
        h('button', { type: 'button', class: 'cell', 'data-source': from.code, 'data-target': to.code,
          'aria-label': `${from.name} can help ${to.name} on ${n} ${n === 1 ? 'subject' : 'subjects'}`, onclick: () => onCell(edge) }, String(n)));
    };
    fill(container, h('div', { class: 'matrix-scroll' }, h('table', { class: 'matrix' },
      h('caption', {}, 'Rows offer, columns request: a cell counts the subjects the row office can offer the column office. '
        + 'Click a number for the offers and requests behind it. ' + groupedBy[orderSelect.value]),
      h('thead', {}, h('tr', {}, h('td', { colspan: 2 }),
        order.map((o) => h('th', { scope: 'col', 'data-office': o.code, title: o.name }, h('abbr', { title: o.name }, o.code))))),
      groups.map((g) => h('tbody', { 'data-group': g.key }, g.offices.map((from, i) => h('tr', { 'data-office': from.code, 'data-group': g.key },
        i === 0 ? h('th', { scope: 'rowgroup', rowspan: g.offices.length, class: 'group' }, g.label) : null,
        h('th', { scope: 'row' }, from.name),
        order.map((to) => cell(from, to)))))))));
  };

  orderSelect.addEventListener('change', async () => {
    const cy = $('cy');
    delete cy.dataset.ready;
    await render();
    cy.dataset.ready = 'true';
  });

  return {
    /** @param {Network} newNetwork */
    async draw(newNetwork) { network = newNetwork; await render(); },
  };
}

/** The area an office names most in its requests and offers (ties: the earlier area); '' when it names none. */
/**
 * @param {string} code
 * @param {SubjectSummary[]} subjects
 * @param {Area[]} areas
 */
function mainArea(code, subjects, areas) {
  /** @type {Map<string, number>} */
  const counts = new Map();
  for (const s of subjects) {
    const n = s.requesters.filter((o) => o.code === code).length + s.offerers.filter((o) => o.code === code).length;
    if (n) counts.set(s.area, (counts.get(s.area) ?? 0) + n);
  }
  let best = '';
  for (const area of areas) if ((counts.get(area.id) ?? 0) > (counts.get(best) ?? 0)) best = area.id;
  return best;
}
