// The site's only script: copy buttons (commands or files, never output), the dark-theme toggle
// (remembered in localStorage; the inline script in <head> applies it before the first paint),
// search (MiniSearch and the prebuilt index load on first use, as scripts, so that pages
// opened from file:// search too), and the playground's "Try it" buttons (the bundle and the
// lesson's data load when first pressed, as scripts too). Everything works without it except these.
(function () {
  'use strict';
  var html = document.documentElement;
  var root = document.body.getAttribute('data-root') || '';

  // One polite live region announces what buttons did ("Copied").
  var announcer = document.createElement('div');
  announcer.className = 'visually-hidden';
  announcer.setAttribute('role', 'status');
  announcer.setAttribute('aria-live', 'polite');
  document.body.appendChild(announcer);
  function announce(text) {
    announcer.textContent = '';
    window.setTimeout(function () { announcer.textContent = text; }, 50);
  }

  // --- Copy buttons ---------------------------------------------------------------------------

  // For pages opened where the async clipboard is missing or refused (old browsers, some file:// setups).
  function copyWithSelection(text) {
    var area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.top = '-1000px';
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try {
      ok = document.execCommand('copy');
    } finally {
      document.body.removeChild(area);
    }
    return ok ? Promise.resolve() : Promise.reject(new Error('copy was refused'));
  }

  function copy(text) {
    if (navigator.clipboard && typeof navigator.clipboard.writeText === 'function') {
      return navigator.clipboard.writeText(text).catch(function () {
        return copyWithSelection(text);
      });
    }
    return copyWithSelection(text);
  }

  function say(button, label) {
    var original = button.getAttribute('data-label') || button.textContent;
    button.setAttribute('data-label', original);
    button.textContent = label;
    announce(label);
    window.setTimeout(function () {
      button.textContent = original;
    }, 1500);
  }

  document.addEventListener('click', function (event) {
    var target = event.target;
    var button = target && target.closest ? target.closest('button[data-copy]') : null;
    if (!button) return;
    copy(button.getAttribute('data-copy') || '').then(
      function () { say(button, 'Copied'); },
      function () { say(button, 'Copy failed'); }
    );
  });

  // --- Theme ----------------------------------------------------------------------------------

  var toggle = document.querySelector('.theme-toggle');
  var prefersDark = window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;
  function theme() {
    var chosen = html.getAttribute('data-theme');
    if (chosen === 'light' || chosen === 'dark') return chosen;
    return prefersDark && prefersDark.matches ? 'dark' : 'light';
  }
  function syncToggle() {
    if (toggle) toggle.setAttribute('aria-pressed', theme() === 'dark' ? 'true' : 'false');
  }
  if (toggle) {
    toggle.addEventListener('click', function () {
      var next = theme() === 'dark' ? 'light' : 'dark';
      html.setAttribute('data-theme', next);
      try { localStorage.setItem('kindling-theme', next); } catch (e) { /* storage refused: this page only */ }
      syncToggle();
    });
    if (prefersDark && prefersDark.addEventListener) prefersDark.addEventListener('change', syncToggle);
    syncToggle();
  }

  // Printing shows folded output too.
  window.addEventListener('beforeprint', function () {
    var folds = document.querySelectorAll('details.fold:not([open])');
    for (var i = 0; i < folds.length; i++) folds[i].setAttribute('open', '');
  });

  // --- Search ---------------------------------------------------------------------------------

  var dialog = document.querySelector('.search-dialog');
  var input = document.getElementById('search-input');
  var results = document.getElementById('search-results');
  var status = document.getElementById('search-status');
  var searchButton = document.querySelector('.search-button');
  var engine = null;
  var MAX_RESULTS = 12;
  var SEARCH_OPTIONS = { prefix: true, fuzzy: 0.15, combineWith: 'AND', boost: { heading: 2, lesson: 1.5 } };

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement('script');
      script.src = src;
      script.onload = resolve;
      script.onerror = function () { reject(new Error('could not load ' + src)); };
      document.head.appendChild(script);
    });
  }

  function loadSearch() {
    engine = engine || loadScript(root + 'assets/minisearch.js')
      .then(function () { return loadScript(root + 'assets/search-index.js'); })
      .then(function () {
        var data = window.KINDLING_SEARCH;
        return window.MiniSearch.loadJS(data.index, data.options);
      });
    return engine;
  }

  /** The text around the first matched term, with every matched term marked. */
  function snippet(text, terms) {
    var lower = text.toLowerCase();
    var at = -1;
    for (var i = 0; i < terms.length; i++) {
      var found = lower.indexOf(terms[i].toLowerCase());
      if (found >= 0 && (at < 0 || found < at)) at = found;
    }
    var start = Math.max(0, at - 60);
    var piece = (start > 0 ? '…' : '') + text.slice(start, start + 180).replace(/\s+/g, ' ') + (start + 180 < text.length ? '…' : '');
    var out = document.createElement('span');
    out.className = 'result-snippet';
    var pattern = new RegExp('(' + terms.map(function (t) { return t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); }).join('|') + ')', 'gi');
    var last = 0;
    piece.replace(pattern, function (match, _g, offset) {
      out.appendChild(document.createTextNode(piece.slice(last, offset)));
      var mark = document.createElement('mark');
      mark.textContent = match;
      out.appendChild(mark);
      last = offset + match.length;
      return match;
    });
    out.appendChild(document.createTextNode(piece.slice(last)));
    return out;
  }

  function show(query) {
    if (query.trim() === '') {
      results.textContent = '';
      status.textContent = '';
      return;
    }
    loadSearch().then(function (mini) {
      if (input.value !== query) return;
      var found = mini.search(query, SEARCH_OPTIONS).slice(0, MAX_RESULTS);
      results.textContent = '';
      found.forEach(function (r) {
        var item = document.createElement('li');
        var link = document.createElement('a');
        link.href = root + r.href;
        link.className = 'search-result';
        var where = document.createElement('span');
        where.className = 'result-where';
        where.textContent = r.heading === r.lesson ? r.lesson : r.lesson + ' › ' + r.heading;
        link.appendChild(where);
        link.appendChild(snippet(r.text, r.terms));
        item.appendChild(link);
        results.appendChild(item);
      });
      status.textContent = found.length === 0 ? 'No results' : found.length + (found.length === 1 ? ' result' : ' results');
    }, function (error) {
      status.textContent = 'Search could not load: ' + error.message;
    });
  }

  function openSearch() {
    if (!dialog || dialog.open) return;
    dialog.showModal();
    input.focus();
    input.select();
    loadSearch();
  }

  if (dialog && input && results && status) {
    if (searchButton) searchButton.addEventListener('click', openSearch);
    input.addEventListener('input', function () { show(input.value); });
    // A search field's Escape would only clear it: close the dialog instead. Arrows move
    // between the field and the results.
    input.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') {
        event.preventDefault();
        dialog.close();
      } else if (event.key === 'ArrowDown') {
        var first = results.querySelector('a');
        if (first) {
          event.preventDefault();
          first.focus();
        }
      }
    });
    results.addEventListener('keydown', function (event) {
      if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
      var links = Array.prototype.slice.call(results.querySelectorAll('a'));
      var at = links.indexOf(document.activeElement);
      if (at < 0) return;
      event.preventDefault();
      var next = event.key === 'ArrowDown' ? links[at + 1] : at === 0 ? input : links[at - 1];
      if (next) next.focus();
    });
    dialog.querySelector('form').addEventListener('submit', function (event) {
      event.preventDefault();
      var first = results.querySelector('a');
      if (first) first.click();
    });
    dialog.querySelector('.search-close').addEventListener('click', function () { dialog.close(); });
    results.addEventListener('click', function (event) {
      if (event.target.closest && event.target.closest('a')) dialog.close();
    });
    document.addEventListener('keydown', function (event) {
      var typing = event.target && (event.target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName));
      if ((event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        openSearch();
      } else if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        openSearch();
      }
    });
  }
  // --- Playground -----------------------------------------------------------------------------

  var playground = null;

  function loadStyle(href) {
    return new Promise(function (resolve, reject) {
      var link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = href;
      link.onload = resolve;
      link.onerror = function () { reject(new Error('could not load ' + href)); };
      document.head.appendChild(link);
    });
  }

  // The worker that runs the simulator starts at the press, from a Blob (Chromium refuses
  // `new Worker('file:...')`) that imports assets/playground-worker.js: it loads the simulator
  // and builds the lesson's cluster while the page loads the terminal (it imports
  // playground-worker-kubectl.js from the same folder later: src/playground/worker/late-kubectl.ts).
  // Messages it sends before the panel listens are kept for it. The messages:
  // src/playground/protocol.ts; the fallback when the import is refused:
  // src/playground/page/start-worker.ts.
  function startWorker() {
    var url = new URL(root + 'assets/playground-worker.js', document.baseURI).href;
    var code = 'self.KINDLING_WORKER_SCRIPT_START=performance.now();self.KINDLING_WORKER_URL=' + JSON.stringify(url) + ';let ok=true;try{importScripts(self.KINDLING_WORKER_URL)}' +
      "catch(e){ok=false;postMessage({type:'import-failed',message:String(e)});close()}if(ok)self.KINDLING_PLAYGROUND_WORKER();";
    var worker = new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })), { name: 'kindling-playground' });
    var early = [];
    worker.onmessage = function (event) { early.push(event.data); };
    return { worker: worker, early: early };
  }

  /** What a press has started loading: the worker, the lesson's data, the terminal. */
  var pressed = null;
  /** A worker started by a press that no click followed (the pointer left the button) ends after this. */
  var UNUSED_WORKER_MS = 30000;

  function tryButton(event) {
    var target = event.target;
    return target && target.closest ? target.closest('button[data-try-step]') : null;
  }

  // Everything the playground needs starts loading when the button goes down (a mouse's or a
  // finger's press comes about 0.1 s before its click); the click opens it.
  function press() {
    if (pressed) return pressed;
    var started = typeof Worker === 'function' ? startWorker() : null;
    var lesson = window.KINDLING_PLAYGROUND_LESSON ? Promise.resolve() : loadScript('playground.js');
    playground = playground || Promise.all([
      loadStyle(root + 'assets/playground.css'),
      loadScript(root + 'assets/playground.js')
    ]);
    pressed = { started: started, lesson: lesson, unused: setTimeout(function () {
      if (pressed && pressed.started) pressed.started.worker.terminate();
      pressed = null;
    }, UNUSED_WORKER_MS) };
    return pressed;
  }

  document.addEventListener('pointerdown', function (event) {
    if (event.button === 0 && tryButton(event)) press();
  });

  document.addEventListener('click', function (event) {
    var button = tryButton(event);
    if (!button) return;
    var end = Number(button.getAttribute('data-try-step'));
    var label = button.getAttribute('aria-label') || '';
    var step = end === 0 ? null : label.replace(/^Try from here: /, '');
    announce('Starting the playground');
    var taken = press();
    pressed = null;
    clearTimeout(taken.unused);
    var started = taken.started;
    taken.lesson.then(function () {
      if (started) started.worker.postMessage({ type: 'start', lesson: window.KINDLING_PLAYGROUND_LESSON, end: end });
    }, function () {});
    Promise.all([playground, taken.lesson]).then(
      function () { window.KINDLING_PLAYGROUND.open(window.KINDLING_PLAYGROUND_LESSON, end, step, root + 'assets/', started, startWorker); },
      function () {
        if (started) started.worker.terminate();
        playground = null;
        announce('The playground could not load');
      }
    );
  });
})();
