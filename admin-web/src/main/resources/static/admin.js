// Re-reads the escalation queue every few seconds, unless a decision is being typed or a form has focus.
(function () {
  var queue = document.getElementById('queue');
  if (!queue) { return; }
  var url = queue.getAttribute('data-refresh-url');
  var seconds = parseInt(queue.getAttribute('data-refresh-seconds'), 10) || 5;
  var last = null;
  function busy() {
    var active = document.activeElement;
    if (active && queue.contains(active) && active.tagName !== 'BODY') { return true; }
    var inputs = queue.querySelectorAll('input[name="reason"], input[name="note"]');
    for (var i = 0; i < inputs.length; i++) { if (inputs[i].value) { return true; } }
    return false;
  }
  function refresh() {
    if (busy()) { return; }
    fetch(url, { credentials: 'same-origin', cache: 'no-store' }).then(function (response) {
      if (response.redirected || !response.ok) { window.location.reload(); return null; }
      return response.text();
    }).then(function (html) {
      // Replace the list only when it changed, so a button under the pointer is not swapped away.
      if (html !== null && html !== undefined && html !== last && !busy()) {
        queue.innerHTML = html;
        last = html;
      }
    }).catch(function () { /* backend or network hiccup: keep the last list, try again next tick */ });
  }
  window.setInterval(refresh, seconds * 1000);
})();
