// Keeps the server-rendered screen in step with the kiosk: polls /flow/state and reloads when the flow has
// moved on by itself (card read, key dispensed, staff decided), shows the idle countdown and live face
// guidance, and tells the kiosk about touches so the idle timer restarts. Works with touch, mouse,
// keyboard and switch devices (which send key presses).
(function () {
  'use strict';
  var body = document.body;
  var state = body.dataset.state;
  var version = body.dataset.version;
  var countdown = document.getElementById('countdown');
  var countdownText = document.getElementById('countdown-text');
  var guidance = document.getElementById('guidance');
  var lastPing = 0;

  function stillHere() {
    var now = Date.now();
    if (now - lastPing < 3000) { return; }
    lastPing = now;
    fetch('/flow/still-here', { method: 'POST' }).catch(function () {});
  }

  function poll() {
    fetch('/flow/state', { cache: 'no-store' })
      .then(function (r) { return r.json(); })
      .then(function (s) {
        if (s.state !== state || String(s.version) !== version) {
          window.location.replace('/');
          return;
        }
        if (s.countdown >= 0) {
          countdownText.textContent = countdownText.dataset.template.replace('##', s.countdown);
          if (countdown.hidden) {
            countdown.hidden = false;
            document.getElementById('still-here').focus();
          }
        } else if (!countdown.hidden) {
          countdown.hidden = true;
        }
        if (guidance && s.guidance) {
          guidance.textContent = s.guidance;
        }
      })
      .catch(function () {})
      .finally(function () { setTimeout(poll, 500); });
  }

  // Technicians: hold the top-left corner of the attract screen for three seconds, or press Ctrl+Alt+M.
  var corner = document.getElementById('technician-corner');
  var holdTimer = null;
  if (corner) {
    corner.addEventListener('pointerdown', function () {
      holdTimer = setTimeout(function () { window.location.assign('/maintenance'); }, 3000);
    });
    ['pointerup', 'pointerleave', 'pointercancel'].forEach(function (type) {
      corner.addEventListener(type, function () { clearTimeout(holdTimer); });
    });
  }
  document.addEventListener('keydown', function (e) {
    if (e.ctrlKey && e.altKey && (e.key === 'm' || e.key === 'M')) { window.location.assign('/maintenance'); }
  });
  if (!state) { return; }

  document.getElementById('still-here').addEventListener('click', function () {
    lastPing = 0;
    countdown.hidden = true;
    stillHere();
  });
  ['pointerdown', 'keydown'].forEach(function (type) {
    document.addEventListener(type, stillHere, { passive: true });
  });
  // A button pressed twice quickly must not post twice.
  document.querySelectorAll('form').forEach(function (form) {
    form.addEventListener('submit', function () {
      form.querySelectorAll('button').forEach(function (b) { b.disabled = true; });
    });
  });
  setTimeout(poll, 500);
})();
