// @ts-check
// The facilitators' matching table, generated: per area, subject | requesting offices | offering offices | status.
import { h, fill, download } from './dom.js';
import { csvCell } from './csv.js';
import { labelBadge } from './panel.js';
/** @import { SubjectSummary, Area, OfficeRef } from './queries.js' */

/** @type {{ key: string, label: string, value: (s: SubjectSummary) => string }[]} */
const columns = [
  { key: 'subject', label: 'Subject', value: (s) => s.name },
  { key: 'requesting', label: 'Requesting offices', value: (s) => s.requesters.map((o) => o.name).join(', ') },
  { key: 'offering', label: 'Offering offices', value: (s) => s.offerers.map((o) => o.name).join(', ') },
  // The API's label: the status with the cross-cutting property beside it, the same words as the CLI and Needs tab.
  { key: 'status', label: 'Status', value: (s) => s.statusLabel ?? '' },
];

/** Owns the matches tab: keeps the sort and filter state and redraws on change. */
/**
 * @param {HTMLElement} container
 * @param {{ filterInput: HTMLInputElement, areaSelect: HTMLSelectElement }} controls
 */
export function createMatches(container, { filterInput, areaSelect }) {
  /** @type {SubjectSummary[]} */
  let subjects = [];
  /** @type {Area[]} */
  let areas = [];
  let sort = { key: 'subject', ascending: true };

  const visible = () => {
    const text = filterInput.value.trim().toLowerCase();
    const area = areaSelect.value;
    return subjects.filter((s) => (!area || s.area === area)
      && (!text || columns.some((c) => c.value(s).toLowerCase().includes(text))));
  };

  /** @param {SubjectSummary[]} rows */
  const sorted = (rows) => {
    const column = columns.find((c) => c.key === sort.key) ?? columns[0];
    const factor = sort.ascending ? 1 : -1;
    return [...rows].sort((a, b) => factor * column.value(a).localeCompare(column.value(b)));
  };

  const header = () => h('tr', {}, columns.map((c) => {
    const active = c.key === sort.key;
    const ariaSort = active ? (sort.ascending ? 'ascending' : 'descending') : 'none';
    return h('th', { scope: 'col', 'aria-sort': ariaSort },
      h('button', { type: 'button', class: 'sort', onclick: () => { sort = { key: c.key, ascending: active ? !sort.ascending : true }; render(); } },
        c.label, h('span', { 'aria-hidden': 'true' }, active ? (sort.ascending ? ' ▲' : ' ▼') : '')));
  }));

  const render = () => {
    const rows = visible();
    const tables = areas.map((area) => {
      const inArea = sorted(rows.filter((s) => s.area === area.id));
      if (!inArea.length) return null;
      return h('section', { class: 'area-table' },
        h('h3', {}, area.name),
        h('table', { class: 'matches', 'data-area': area.id },
          h('thead', {}, header()),
          h('tbody', {}, inArea.map((s) => h('tr', { 'data-subject': s.id },
            h('th', { scope: 'row' }, s.name),
            h('td', { class: 'requesting' }, officeList(s.requesters)),
            h('td', { class: 'offering' }, officeList(s.offerers)),
            h('td', {}, labelBadge(s.status, s.statusLabel)))))));
    });
    fill(container, rows.length ? tables : h('p', { class: 'muted' }, 'No subject matches the filter.'));
  };

  filterInput.addEventListener('input', render);
  areaSelect.addEventListener('change', render);

  return {
    /**
     * @param {SubjectSummary[]} newSubjects
     * @param {Area[]} newAreas
     */
    set(newSubjects, newAreas) { subjects = newSubjects; areas = newAreas; render(); },
    /** CSV of the rows as filtered and sorted on screen, with the area as first column. */
    downloadCsv() {
      const rows = areas.flatMap((a) => sorted(visible().filter((s) => s.area === a.id)).map((s) => [a.name, ...columns.map((c) => c.value(s))]));
      const csv = [['Area', ...columns.map((c) => c.label)], ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n');
      download('coopgraph-matches.csv', `${csv}\r\n`, 'text/csv;charset=utf-8');
    },
  };
}

/** @param {OfficeRef[]} offices */
function officeList(offices) {
  if (!offices.length) return h('span', { class: 'muted' }, 'none');
  return offices.flatMap((o, i) => [i ? ', ' : null, h('span', { class: 'office', 'data-code': o.code }, o.name)]);
}
