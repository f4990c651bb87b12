// Autocomplete for the search box. Progressive enhancement: without this script the form is a
// plain search form. Keyboard: arrows move, Enter opens, Escape closes (ARIA combobox pattern).
(function () {
  'use strict';
  var input = document.getElementById('q');
  var list = document.getElementById('q-suggestions');
  if (!input || !list || !window.fetch) {
    return;
  }
  var lang = document.documentElement.getAttribute('lang') || 'es';
  var items = [];
  var active = -1;
  var timer = null;
  var latest = 0;

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', list.id);

  function close() {
    list.hidden = true;
    list.textContent = '';
    items = [];
    active = -1;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  }

  function highlight(index) {
    var options = list.querySelectorAll('[role=option]');
    for (var i = 0; i < options.length; i++) {
      options[i].setAttribute('aria-selected', i === index ? 'true' : 'false');
    }
    active = index;
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', options[index].id);
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function render(suggestions) {
    list.textContent = '';
    items = suggestions;
    active = -1;
    if (suggestions.length === 0) {
      close();
      return;
    }
    suggestions.forEach(function (s, i) {
      var option = document.createElement('li');
      option.id = 'q-option-' + i;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      var label = document.createElement('span');
      label.textContent = s.label;
      var kind = document.createElement('span');
      kind.className = 'kind';
      kind.textContent = list.getAttribute('data-kind-' + s.kind) || '';
      option.appendChild(label);
      option.appendChild(kind);
      option.addEventListener('mousedown', function (event) {
        event.preventDefault();
        window.location.href = s.url;
      });
      list.appendChild(option);
    });
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }

  function lookup() {
    var text = input.value.trim();
    if (text.length < 2) {
      close();
      return;
    }
    var ticket = ++latest;
    fetch('/api/suggest?lang=' + encodeURIComponent(lang) + '&q=' + encodeURIComponent(text), {
      headers: { Accept: 'application/json' }
    })
      .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
      .then(function (body) {
        if (ticket === latest) {
          render(body.suggestions || []);
        }
      })
      .catch(close);
  }

  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(lookup, 120);
  });

  input.addEventListener('keydown', function (event) {
    if (list.hidden) {
      return;
    }
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      highlight(Math.min(active + 1, items.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      highlight(Math.max(active - 1, -1));
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      window.location.href = items[active].url;
    } else if (event.key === 'Escape') {
      close();
    }
  });

  input.addEventListener('blur', function () {
    setTimeout(close, 150);
  });
})();
