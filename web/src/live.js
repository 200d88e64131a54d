// @ts-check
// Live after every edit: the page follows the dataset version. It asks GET /dataset/version once a second while the
// page is visible, with If-None-Match, so an unchanged dataset costs a 304 with no body; at once when the page becomes
// visible again, and when the console has just run a mutation (event `coopgraph:edited`). A poll and not a push
// (Server-Sent Events) because the server itself learns of another process's writes only by asking the store, and
// because short requests need no exemption from the server's request timeout (docs/workbench.md, "Live updates").
const url = new URL('dataset/version', document.baseURI).toString();

/**
 * Calls `onVersion(version)` with the stored version on the first answer and whenever it changes (the caller compares
 * it with the version its views show; when it throws, the next poll hands the version over again). `intervalMs` is
 * the poll period.
 */
/**
 * @param {(version: string) => unknown} onVersion
 * @param {{ intervalMs?: number }} [options]
 */
export function followVersion(onVersion, { intervalMs = 1000 } = {}) {
  /** @type {string | null} */
  let etag = null;
  /** @type {string | null} */
  let version = null;
  /** @type {ReturnType<typeof setInterval> | null} */
  let timer = null;
  /** @type {Promise<void> | null} */
  let checking = null;

  const check = async () => {
    /** @type {Record<string, string>} */
    const headers = etag ? { 'If-None-Match': etag } : {};
    const response = await fetch(url, { headers, cache: 'no-store' });
    if (response.status === 304 || !response.ok) return;
    /** @type {{ version: string }} */
    const body = await response.json();
    etag = response.headers.get('ETag');
    version = body.version;
    try {
      await onVersion(body.version);
    } catch {
      etag = null; // the page could not follow: the next poll gets the version again (a 200, not a 304)
    }
  };
  // One check at a time: a slow answer is not overtaken by the next tick.
  const tick = () => {
    checking ??= check().catch(() => { /* unreachable server: the next tick tries again */ }).finally(() => { checking = null; });
    return checking;
  };
  const schedule = () => {
    if (timer !== null) clearInterval(timer);
    timer = document.hidden ? null : setInterval(tick, intervalMs);
  };
  document.addEventListener('visibilitychange', () => { schedule(); if (!document.hidden) tick(); });
  window.addEventListener('coopgraph:edited', tick);
  schedule();
  tick();
  return { get version() { return version; }, check: tick };
}

/**
 * Puts a note at the top of each result that was computed before the dataset changed (a path, a what-if, a plan): it
 * stays on screen, labelled, until the planner runs it again (which redraws the result and drops the note).
 */
/**
 * @param {HTMLElement[]} elements
 * @param {string} version
 */
export function markStale(elements, version) {
  for (const element of elements) {
    element.querySelector(':scope > .stale')?.remove();
    if (!element.childElementCount) continue;
    const note = document.createElement('p');
    note.className = 'stale';
    note.setAttribute('role', 'status');
    note.textContent = `Out of date: computed on an earlier version of the dataset, which is now version ${version}. Run it again for current figures.`;
    element.prepend(note);
  }
}
