// The webview's only script (loaded by nonce under a strict Content Security Policy). It keeps
// the scroll position per record, swaps in updated content, and turns clicks into messages:
// reveal a line of the record, open a record at a line, export. The page reads without it.
(function () {
  const vscode = acquireVsCodeApi();
  const root = document.getElementById('root');
  const state = vscode.getState() || { scroll: {} };
  let current = root.dataset.record || '';

  function saveScroll() {
    state.scroll[current] = window.scrollY;
    state.record = current;
    vscode.setState(state);
  }
  window.scrollTo(0, state.scroll[current] || 0);
  state.record = current;
  vscode.setState(state);
  let timer;
  window.addEventListener('scroll', () => {
    clearTimeout(timer);
    timer = setTimeout(saveScroll, 50);
  });

  async function rasterize(svg, width, height) {
    const img = new Image();
    img.src = 'data:image/svg+xml;base64,' + btoa(unescape(encodeURIComponent(svg)));
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * 2;
    canvas.height = height * 2;
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return canvas.toDataURL('image/png');
  }

  window.addEventListener('message', (event) => {
    const m = event.data;
    if (m.type === 'update') {
      saveScroll();
      const y = m.uri === current ? window.scrollY : state.scroll[m.uri] || 0;
      current = m.uri;
      root.dataset.record = m.uri;
      state.record = current;
      vscode.setState(state);
      root.innerHTML = m.html;
      document.title = m.title || document.title;
      window.scrollTo(0, y);
      document.body.dataset.version = String(m.version);
    } else if (m.type === 'rasterize') {
      rasterize(m.svg, m.width, m.height).then(
        (data) => vscode.postMessage({ type: 'png', id: m.id, data }),
        (e) => vscode.postMessage({ type: 'png', id: m.id, error: String(e) }),
      );
    }
  });

  function activate(target) {
    const action = target.closest('[data-action]');
    if (action) return vscode.postMessage({ type: action.dataset.action });
    if (target.closest('summary')) return;
    const item = target.closest('[data-line]');
    if (!item) return;
    const line = Number(item.dataset.line);
    const uri = item.closest('[data-uri]');
    vscode.postMessage(uri ? { type: 'open', uri: uri.dataset.uri, line } : { type: 'reveal', line });
  }
  document.addEventListener('click', (e) => activate(e.target));
  document.addEventListener('keydown', (e) => {
    if ((e.key === 'Enter' || e.key === ' ') && e.target.matches('[data-line][tabindex]')) {
      e.preventDefault();
      activate(e.target);
    }
  });
})();
