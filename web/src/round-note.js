// @ts-check
// Says which round a view's answer is about. The view's element carries data-round (the round the answer was asked on,
// which tests and print read), and when the dataset has more than one round a line in words says it: before the
// element (it survives the view's own redraws, e.g. a sort of the matches table), or inside it as its first line.
import { h } from './dom.js';
import { roundCount } from './queries.js';
/** @import { Round } from './queries.js' */

/** The round in a few words (its full name, often long, is in the picker and the line's tooltip). @param {Round} round */
export const roundWords = (round) =>
  `Round ${round.id}${round.date ? ` (${round.date})` : ''}${round.latest ? ', the latest' : ', an earlier round'}`;

/**
 * @param {HTMLElement} element the view's element
 * @param {Round | null} round the round its answer was asked on (null: rounds not loaded yet, the latest)
 * @param {{ inside?: boolean }} [options] the line as the element's first child instead of before it
 */
export function stampRound(element, round, { inside = false } = {}) {
  const id = `${element.id}-round`;
  document.getElementById(id)?.remove();
  if (!round) {
    delete element.dataset.round;
    return;
  }
  element.dataset.round = round.id;
  if (roundCount() < 2) return;
  const note = h('p', { id, class: 'round-note', 'data-round': round.id, title: round.name }, `${roundWords(round)}.`);
  if (inside) element.prepend(note);
  else element.before(note);
}
