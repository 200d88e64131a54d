// What the checked JavaScript needs that no installed package declares (tsconfig.json; `npx tsc` in web/).

// cytoscape-fcose ships no types: it is a Cytoscape extension, registered with cytoscape.use.
declare module 'cytoscape-fcose' {
  const fcose: import('cytoscape').Ext;
  export default fcose;
  /** The fcose options the map sets (the package's README names them all). */
  export interface FcoseLayoutOptions {
    name: 'fcose';
    animate?: boolean;
    randomize?: boolean;
    quality?: 'draft' | 'default' | 'proof';
    nodeRepulsion?: (node: import('cytoscape').NodeSingular) => number;
    idealEdgeLength?: (edge: import('cytoscape').EdgeSingular) => number;
    edgeElasticity?: (edge: import('cytoscape').EdgeSingular) => number;
    nodeSeparation?: number;
    gravity?: number;
    padding?: number;
  }
}

// Style sheets imported for esbuild to bundle (console.js): no exports.
declare module '*.css';

interface Window {
  /** The map's Cytoscape instances, only when a test asked for them before the page loaded (main.js, `testHooks`). */
  workbench?: { cy?: import('cytoscape').Core; changes?: import('cytoscape').Core };
  /** Set by a test (an init script) before the page loads to ask for `window.workbench`. */
  coopgraphTestHooks?: boolean;
}
