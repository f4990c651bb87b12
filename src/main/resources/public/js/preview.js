// Live preview, a progressive enhancement: without JavaScript the "Preview" button does the same.
// The server renders and sanitizes; this script only inserts its answer and lists problems as text.
(function () {
  'use strict';
  var textarea = document.getElementById('markdown');
  var preview = document.getElementById('preview');
  var list = document.getElementById('live-problems');
  if (!textarea || !preview || !list || textarea.readOnly || !window.fetch) {
    return;
  }
  var timer = null;
  var sent = 0;
  function render() {
    var ticket = ++sent;
    var id = (document.querySelector('input[name=caseStudyId]') || {}).value || textarea.getAttribute('data-preview-id') || '';
    var langField = document.querySelector('select[name=caseStudyLang]');
    var lang = langField ? langField.value : (textarea.getAttribute('data-preview-lang') || 'es');
    fetch('/api/preview?id=' + encodeURIComponent(id) + '&lang=' + encodeURIComponent(lang), {
      method: 'POST',
      credentials: 'same-origin',
      headers: {'Content-Type': 'text/markdown', 'Accept': 'application/json'},
      body: textarea.value
    }).then(function (r) { return r.ok ? r.json() : null; }).then(function (data) {
      if (!data || ticket !== sent) { return; }
      preview.innerHTML = data.html;
      while (list.firstChild) { list.removeChild(list.firstChild); }
      data.problems.forEach(function (p) {
        var li = document.createElement('li');
        li.textContent = p.line + ':' + p.column + ' ' + (p.field ? p.field + ': ' : '') + p.message;
        list.appendChild(li);
      });
    }).catch(function () { /* the Preview button still works */ });
  }
  textarea.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(render, 500);
  });
}());
