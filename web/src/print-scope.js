// @ts-check
// The printed matches table names what it shows: the text filter, the area and the sort order, read from the controls
// and the sorted column's aria-sort, kept current on every change (print preview shows it as it is).
import { $ } from './dom.js';

export function watchPrintScope() {
  const update = () => {
    const text = $('matches-filter', HTMLInputElement).value.trim();
    const area = $('matches-area', HTMLSelectElement);
    const sorted = document.querySelector('#matches th[aria-sort=ascending], #matches th[aria-sort=descending]');
    const parts = [
      text ? `Filter: “${text}”` : 'Filter: none',
      `Area: ${area.selectedOptions[0]?.textContent ?? 'All areas'}`,
      sorted ? `Sorted by ${sorted.textContent.replace(/[▲▼]/g, '').trim()}, ${sorted.getAttribute('aria-sort')}` : null,
    ];
    $('matches-print-scope').textContent = `${parts.filter(Boolean).join(' · ')}.`;
  };
  for (const event of ['input', 'change', 'click']) $('panel-matches').addEventListener(event, () => queueMicrotask(update));
  window.addEventListener('beforeprint', update);
  update();
  return update;
}
