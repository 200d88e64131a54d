// Planner views: isolated offices, unmet and fragile needs by area, the path picker and the what-if removal.
import { h, fill } from './dom.js';
import { fmt } from './panel.js';

export function renderIsolated(target, isolated, onShow) {
  if (!isolated.length) {
    fill(target, h('p', { class: 'muted' }, 'No office is isolated.'));
    return;
  }
  fill(target,
    h('ul', { class: 'isolated', id: 'isolated-list' }, isolated.map((i) => h('li', {},
      h('strong', {}, i.office.name), ` score ${fmt(i.score)}: `, i.flags.map((f) => f.toLowerCase().replace(/_/g, ' ')).join(', ')))),
    h('button', { type: 'button', onclick: () => onShow(isolated.map((i) => i.office.code)) }, 'Highlight on the map'));
}

export function renderNeeds(target, needs, areas) {
  const byArea = areas.map((a) => ({ area: a, needs: needs.filter((n) => (n.subject.area?.id ?? n.subject.area) === a.id) }))
    .filter((g) => g.needs.length);
  if (!byArea.length) {
    fill(target, h('p', { class: 'muted' }, 'Every request has at least one offerer.'));
    return;
  }
  fill(target, byArea.map((g) => h('section', { class: 'area-table' },
    h('h3', {}, g.area.name),
    h('table', { class: 'needs' },
      h('thead', {}, h('tr', {}, ['Subject', 'Status', 'Requesting offices', 'Offering offices'].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, g.needs.map((n) => h('tr', {},
        h('th', { scope: 'row' }, n.subject.name),
        h('td', {}, h('span', { class: `status status-${lower(n.status)}` }, n.status)),
        h('td', {}, n.requesters.map((o) => o.name).join(', ')),
        h('td', {}, n.offerers.length ? n.offerers.map((o) => o.name).join(', ') : 'none'))))))));
}

/** Lists paths hop by hop, each hop with the subjects and the offer/request rows that justify it. */
export function renderPaths(target, paths, from, to) {
  if (!paths.length) {
    fill(target, h('p', { class: 'muted' }, `No path from ${from} to ${to}.`));
    return;
  }
  fill(target, h('ol', { class: 'paths', id: 'path-list' }, paths.map((p) => h('li', {},
    h('p', {}, h('strong', {}, [p.hops[0].from.name, ...p.hops.map((hop) => hop.to.name)].join(' → ')),
      p.cost !== undefined && p.cost !== null ? h('span', { class: 'muted' }, ` (cost ${fmt(p.cost)})`) : null),
    h('ul', { class: 'hops' }, p.hops.map((hop) => h('li', {},
      `${hop.from.name} can help ${hop.to.name} with: `,
      h('ul', { class: 'hop-subjects' }, hop.subjects.map((s) => h('li', {},
        h('span', { class: 'subject-name' }, s.subject.name),
        h('span', { class: 'provenance' }, ` offer ${s.offer?.source ?? '?'}, request ${s.request?.source ?? '?'}`)))))))))));
}

export function renderWhatIf(target, result, removed) {
  const list = (title, items, id) => [h('h3', {}, `${title} (${items.length})`),
    h('p', { id }, items.length ? items.map((i) => i.name).join(', ') : 'none')];
  fill(target,
    h('p', {}, `Without ${removed.join(', ')}:`),
    list('Subjects left with no offerer', result.newlyUnmet, 'whatif-unmet'),
    list('Subjects left with one offerer', result.newlyFragile, 'whatif-fragile'),
    list('Offices left isolated', result.newlyIsolated, 'whatif-isolated'));
}

const lower = (text) => (text ?? '').toLowerCase();
