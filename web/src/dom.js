// Small DOM builders: text goes in through textContent only, so data from the API can never inject markup.

/** Creates an element: h('li', {class: 'x'}, 'text', child). */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else if (name === 'class') element.className = value;
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

/** Replaces an element's content. */
export function fill(element, ...children) {
  element.replaceChildren();
  for (const child of children.flat()) {
    if (child !== undefined && child !== null && child !== false) element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

export const $ = (id) => document.getElementById(id);

/** Shows an error banner on the page (never only in the console); returns a function that removes it. */
export function showError(context, error) {
  const box = $('errors');
  const item = h('p', { class: 'error' }, h('strong', {}, `${context}: `), error?.message ?? String(error),
    h('button', { type: 'button', class: 'dismiss', 'aria-label': 'Dismiss this error', onclick: () => item.remove() }, '×'));
  box.append(item);
  return () => item.remove();
}

/** Fills a select with options [{value, label}], keeping the leading "All …" option when asked. */
export function setOptions(select, options, keepFirst = true) {
  const first = keepFirst ? select.options[0] : null;
  select.replaceChildren(...(first ? [first] : []), ...options.map((o) => h('option', { value: o.value }, o.label)));
}

/** Triggers a download of text content generated in the page. */
export function download(filename, content, type) {
  const url = URL.createObjectURL(content instanceof Blob ? content : new Blob([content], { type }));
  const link = h('a', { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
