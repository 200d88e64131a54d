// @ts-check
// The browser tests read the maps' Cytoscape instances (node positions, classes, edges) through `window.workbench`.
// It exists only when a test asked for it before the page loaded (Playwright's AddInitScriptAsync sets
// `window.coopgraphTestHooks = true`): a planner's page exposes no global.

/**
 * Makes `value` readable as `window.workbench[name]` when a test asked for the hooks; otherwise does nothing.
 * @param {'cy' | 'changes'} name
 * @param {import('cytoscape').Core} value
 */
export function exposeForTests(name, value) {
  if (window.coopgraphTestHooks !== true) return;
  window.workbench ??= {};
  window.workbench[name] = value;
}
