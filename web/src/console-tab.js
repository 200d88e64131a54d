// @ts-check
// The Console tab: GraphiQL is a large chunk, so it is fetched and mounted the first time the tab's panel shows
// (by click, keyboard or #console in the address), never for planners who do not open it.
import { fill, h, messageOf, showError } from './dom.js';

/**
 * @param {HTMLElement} panel the tab's panel (hidden until chosen)
 * @param {HTMLElement} host where the console mounts
 */
export function attachConsole(panel, host) {
  let mounted = false;
  const mount = async () => {
    if (mounted || panel.hidden) return;
    mounted = true;
    fill(host, h('p', { class: 'muted', role: 'status' }, 'Loading the GraphQL console…'));
    try {
      const { mountConsole } = await import(new URL('assets/console.js', document.baseURI).toString());
      mountConsole(host);
    } catch (error) {
      mounted = false;
      fill(host, h('p', { class: 'error' }, `The console could not be loaded: ${messageOf(error)}`));
      showError('Console', error);
    }
  };
  new MutationObserver(mount).observe(panel, { attributes: true, attributeFilter: ['hidden'] });
  mount();
}
