// Planner views: isolated offices, unmet and fragile needs by area, the path picker and the what-if removal.
import { h, fill } from './dom.js';
import { fmt, statusBadge, words } from './panel.js';

export function renderIsolated(target, isolated, onShow) {
  if (!isolated.length) {
    fill(target, h('p', { class: 'muted' }, 'No office shows a warning sign.'));
    return;
  }
  fill(target,
    h('ul', { class: 'isolated', id: 'isolated-list' }, isolated.map((i) => h('li', { 'data-office': i.office.code },
      h('strong', {}, i.office.name), ` · score ${fmt(i.score)}: ${i.flags.map(words).join(', ')}`,
      i.articulationPoint ? ' · articulation point' : ''))),
    h('button', { type: 'button', onclick: () => onShow(isolated.map((i) => i.office.code)) }, 'Highlight on the map'));
}

export function renderNeeds(target, needs, areas) {
  const byArea = areas.map((a) => ({ area: a, needs: needs.filter((n) => n.subject.area === a.id) })).filter((g) => g.needs.length);
  if (!byArea.length) {
    fill(target, h('p', { class: 'muted' }, 'Every request has at least two other offerers.'));
    return;
  }
  fill(target, byArea.map((g) => h('section', { class: 'area-table' },
    h('h3', {}, g.area.name),
    h('table', { class: 'needs' },
      h('thead', {}, h('tr', {}, ['Subject', 'Status', 'Requesting offices', 'Offering offices'].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, g.needs.map((n) => h('tr', { 'data-subject': n.subject.id },
        h('th', { scope: 'row' }, n.subject.name),
        h('td', {}, statusBadge(n.status)),
        h('td', {}, n.requesters.map((o) => o.name).join(', ')),
        h('td', {}, n.offerers.length ? n.offerers.map((o) => o.name).join(', ') : 'none'))))))));
}

/** Lists paths hop by hop, each hop with the subjects and the offer/request rows that justify it. */
export function renderPaths(target, result) {
  if (!result.paths.length) {
    fill(target, h('p', { class: 'muted', id: 'path-none' }, result.noPathReason ?? 'No path.'));
    return;
  }
  fill(target, h('ol', { class: 'paths', id: 'path-list' }, result.paths.map((p) => h('li', {},
    h('p', {}, h('strong', {}, p.offices.map((o) => o.name).join(' → ')), h('span', { class: 'muted' }, ` (cost ${fmt(p.cost)})`)),
    h('ul', { class: 'hops' }, p.hops.map((hop) => h('li', {},
      `${hop.from.name} can help ${hop.to.name} with:`,
      h('ul', { class: 'hop-subjects' }, hop.subjects.map((s) => h('li', { 'data-subject': s.subject.id },
        h('span', { class: 'subject-name' }, s.subject.name),
        h('span', { class: 'provenance' },
          ` offer ${s.offer.source} (${words(s.offer.confidence)}), request ${s.request.source} (${words(s.request.confidence)})`)))))))))));
}

export function renderWhatIf(target, result, subjectName, officeName) {
  const section = (title, items, id) => [h('h3', {}, `${title} (${items.length})`),
    items.length ? h('ul', { id }, items) : h('p', { id, class: 'muted' }, 'none')];
  fill(target,
    h('p', {}, `Without ${result.removedOffices.map(officeName).join(', ')}:`),
    section('Subjects whose status changes', result.statusChanges.map((c) => h('li', { 'data-subject': c.subject },
      `${subjectName(c.subject)}: `, statusBadge(c.before), ' → ', statusBadge(c.after))), 'whatif-changed-subjects'),
    section('Offices whose supporters change', result.supporterChanges.map((c) => h('li', { 'data-office': c.office },
      h('strong', {}, officeName(c.office)),
      c.lost.length ? ` loses ${c.lost.map(officeName).join(', ')}` : '',
      c.gained.length ? ` gains ${c.gained.map(officeName).join(', ')}` : '')), 'whatif-changed-offices'),
    h('p', { class: 'muted' }, `${result.lostEdges.length} support edge(s) lost or weakened.`));
}
