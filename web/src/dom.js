// @ts-check
// Small DOM builders: text goes in through textContent only, so data from the API can never inject markup.

/**
 * What h and fill accept as content: nodes, text (numbers become text), nothing (null, undefined, false), nested lists.
 * @typedef {Node | string | number | null | undefined | false | Child[]} Child
 */

/**
 * Creates an element: h('li', {class: 'x'}, 'text', child). Attributes named on… are event listeners.
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Record<string, unknown>} [attributes]
 * @param {...Child} children
 * @returns {HTMLElementTagNameMap[K]}
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), /** @type {EventListener} */ (value));
    else if (name === 'class') element.className = String(value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of flat(children)) element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  return element;
}

/**
 * Replaces an element's content.
 * @template {Element} E
 * @param {E} element
 * @param {...Child} children
 * @returns {E}
 */
export function fill(element, ...children) {
  element.replaceChildren();
  for (const child of flat(children)) element.append(child instanceof Node ? child : String(child));
  return element;
}

/**
 * Content flattened to any depth, without the nothing values.
 * @param {Child[]} children
 * @returns {(Node | string | number)[]}
 */
function flat(children) {
  return children.flatMap((c) => (Array.isArray(c) ? flat(c) : c === undefined || c === null || c === false ? [] : [c]));
}

/**
 * The page's element with this id, of the given kind when one is named (`$('area', HTMLSelectElement)`): a missing
 * element or one of another kind is an error naming the id, not a null that fails later.
 * @template {HTMLElement} [T=HTMLElement]
 * @param {string} id
 * @param {{ new(): T, prototype: T }} [kind]
 * @returns {T}
 */
export function $(id, kind) {
  const element = document.getElementById(id);
  if (!element) throw new Error(`the page has no element #${id}`);
  if (kind && !(element instanceof kind)) throw new Error(`#${id} is a <${element.tagName.toLowerCase()}>, not a ${kind.name}`);
  return /** @type {T} */ (element);
}

/**
 * The message of anything thrown (an Error or not).
 * @param {unknown} error
 */
export const messageOf = (error) => (error instanceof Error ? error.message : String(error));

/**
 * Shows an error banner on the page (never only in the console); returns a function that removes it.
 * @param {string} context
 * @param {unknown} error
 */
export function showError(context, error) {
  const box = $('errors');
  const item = h('p', { class: 'error' }, h('strong', {}, `${context}: `), messageOf(error),
    h('button', { type: 'button', class: 'dismiss', 'aria-label': 'Dismiss this error', onclick: () => item.remove() }, '×'));
  box.append(item);
  return () => item.remove();
}

/**
 * Fills a select with options [{value, label}], keeping the leading "All …" option when asked.
 * @param {HTMLSelectElement} select
 * @param {{ value: string, label: string }[]} options
 */
export function setOptions(select, options, keepFirst = true) {
  const first = keepFirst ? select.options[0] : null;
  select.replaceChildren(...(first ? [first] : []), ...options.map((o) => h('option', { value: o.value }, o.label)));
}

/**
 * Triggers a download of text content generated in the page.
 * @param {string} filename
 * @param {Blob | string} content
 * @param {string} [type]
 */
export function download(filename, content, type) {
  const url = URL.createObjectURL(content instanceof Blob ? content : new Blob([content], { type }));
  const link = h('a', { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
