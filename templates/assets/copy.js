// Copy buttons on terminal blocks: copy the block's commands (data-copy), never its output.
(function () {
  'use strict';
  document.documentElement.classList.add('js');

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
})();
