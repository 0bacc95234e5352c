// The page's only styles. In the VS Code webview the theme variables apply (light, dark, high
// contrast); in a published page the fallbacks after each variable do. Print drops the chrome.
export const PAGE_CSS = `
:root { color-scheme: light dark; }
body { font-family: var(--vscode-font-family, system-ui, sans-serif); font-size: var(--vscode-font-size, 14px);
  color: var(--vscode-editor-foreground, #1f1f1f); background: var(--vscode-editor-background, #fff);
  margin: 0 auto; max-width: 60rem; padding: 1rem 1.5rem; line-height: 1.45; }
h1 { font-size: 1.5em; margin: .2em 0 .4em; } h2 { font-size: 1.15em; margin: 1.4em 0 .5em;
  border-bottom: 1px solid var(--vscode-panel-border, #ccc); padding-bottom: .2em; }
a { color: var(--vscode-textLink-foreground, #0b57d0); }
.kind { text-transform: uppercase; letter-spacing: .05em; font-size: .8em; opacity: .8; margin: 0; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2em 1em; margin: .5em 0; }
dl.facts dt { font-weight: 600; } dl.facts dd { margin: 0; }
ul.people, ul.directives, ul.problems { padding-left: 1.2em; } li { margin: .3em 0; }
.positions, .meta { opacity: .85; font-size: .92em; }
table { border-collapse: collapse; width: 100%; margin: .5em 0; font-size: .95em; }
th, td { text-align: left; vertical-align: top; padding: .3em .5em; border-bottom: 1px solid var(--vscode-panel-border, #ddd); }
td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.up { color: var(--vscode-charts-green, #1a7f37); } .down { color: var(--vscode-charts-red, #c62828); }
figure { margin: 1em 0; } figcaption { font-weight: 600; margin-bottom: .3em; }
svg.chart { width: 100%; height: auto; max-width: 48rem; display: block; }
svg text { fill: var(--vscode-editor-foreground, #1f1f1f); font-size: 12px; font-family: inherit; }
svg .axis line, svg .axis path, svg .grid line { stroke: var(--vscode-charts-lines, #999); stroke-opacity: .6; fill: none; }
svg .line { fill: none; stroke-width: 2; }
.c0 { fill: var(--vscode-charts-blue, #1f6feb); stroke: var(--vscode-charts-blue, #1f6feb); }
.c1 { fill: var(--vscode-charts-orange, #d9730d); stroke: var(--vscode-charts-orange, #d9730d); }
.c2 { fill: var(--vscode-charts-green, #2e8540); stroke: var(--vscode-charts-green, #2e8540); }
.c3 { fill: var(--vscode-charts-purple, #8250df); stroke: var(--vscode-charts-purple, #8250df); }
.c4 { fill: var(--vscode-charts-red, #c62828); stroke: var(--vscode-charts-red, #c62828); }
.c5 { fill: var(--vscode-charts-yellow, #b08800); stroke: var(--vscode-charts-yellow, #b08800); }
svg .line.c0, svg .line.c1, svg .line.c2, svg .line.c3, svg .line.c4, svg .line.c5 { fill: none; }
svg.share { width: 8rem; height: .8rem; vertical-align: middle; }
.sev-1 { color: var(--vscode-errorForeground, #c62828); font-weight: 600; }
.sev-2 { color: var(--vscode-editorWarning-foreground, #9a6700); font-weight: 600; }
[data-line], [data-uri] { cursor: pointer; }
[data-line]:hover { outline: 1px dotted var(--vscode-focusBorder, #0b57d0); }
:focus-visible { outline: 2px solid var(--vscode-focusBorder, #0b57d0); }
details > summary { cursor: pointer; }
ul.legend svg { width: 1.5rem; }
ul.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .2em 1.2em; font-size: .9em; }
.toolbar { display: flex; gap: .5em; flex-wrap: wrap; margin: .5em 0; }
button { font: inherit; color: var(--vscode-button-foreground, #fff); background: var(--vscode-button-background, #0b57d0);
  border: 1px solid var(--vscode-contrastBorder, transparent); padding: .25em .8em; cursor: pointer; }
body.vscode-high-contrast svg .axis line, body.vscode-high-contrast th, body.vscode-high-contrast td { border-color: var(--vscode-contrastBorder); }
@media print { body { max-width: none; color: #000; background: #fff; } .toolbar, .no-print { display: none; }
  a { color: #000; }
  section, figure, tr { break-inside: avoid; } }
`;
