// @ts-check
// What makes the map readable on top of the drawing: focus on one office (status line), the minimum-weight control,
// the pan switch (off on phones, so the page scrolls) and the legend line that says what node size means.
import { $ } from './dom.js';
import { focusOn, clearFocus, setMinWeight, setPanning } from './map.js';

/**
 * Wires the map's reading controls; `name(id)` gives an office's or subject's name.
 * @param {import('cytoscape').Core} cy
 * @param {{ name: (id: string) => string }} names
 */
export function createMapReading(cy, { name }) {
  const status = $('map-focus');
  const minWeight = $('min-weight', HTMLInputElement);
  const shown = $('min-weight-value');
  const pan = $('map-pan');
  /** @type {string | null} */
  let focused = null;

  const applyMinWeight = () => {
    const visible = setMinWeight(cy, Number(minWeight.value) || 0);
    shown.textContent = `${visible} of ${cy.edges().length} edges shown`;
    if (focused) focus(focused);
  };

  /** @param {string} id */
  const focus = (id) => {
    const found = focusOn(cy, id);
    focused = found ? id : null;
    if (!found) { status.textContent = ''; return; }
    const what = found.directed
      ? `${found.supporters} ${plural(found.supporters, 'supporter')} (purple ring) and helps ${found.helped} ${plural(found.helped, 'office')} (teal ring)`
      : `${found.partners} ${plural(found.partners, 'partner')} (grey ring)`;
    status.textContent = `Focus on ${name(id)}: ${what}; the rest is faded. Click the map's background to see everything.`;
  };

  // Phones and touch screens start with the map still, so that a finger scrolls the page; the button lets it move.
  /** @param {boolean} on */
  const setPan = (on) => { setPanning(cy, on); pan.setAttribute('aria-pressed', String(on)); };
  setPan(!matchMedia('(max-width: 900px), (pointer: coarse)').matches);
  pan.addEventListener('click', () => setPan(pan.getAttribute('aria-pressed') !== 'true'));
  minWeight.addEventListener('input', applyMinWeight);

  return {
    focus,
    clear() { focused = null; clearFocus(cy); status.textContent = ''; },
    /** After a redraw: the weight range of the new edges, the minimum applied again, the focus kept if its node is there. */
    /** @param {{ maxWeight: number }} drawing */
    drawn({ maxWeight }) {
      minWeight.max = String(maxWeight);
      if (Number(minWeight.value) > maxWeight) minWeight.value = String(maxWeight);
      applyMinWeight();
      if (focused && cy.getElementById(focused).empty()) { focused = null; status.textContent = ''; }
    },
  };
}

/** @param {number} n @param {string} word */
const plural = (n, word) => (n === 1 ? word : `${word}s`);
