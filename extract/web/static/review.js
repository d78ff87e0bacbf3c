// Keyboard review for the tieout report page (served from /static/review.js; CSP script-src 'self').
// j / k: next / previous claim under the current filters; a: accept (confirm the first link, or the
// claim); r: reject (the first link, or mark the claim wrong); w: mark the claim wrong; /: search.
"use strict";
(function () {
  function submit(key) {
    var form = document.querySelector('form[data-key="' + key + '"]');
    if (!form) return;
    var name = form.querySelector('input[name="reviewer"]');
    if (name && !name.value.trim()) { name.focus(); return; }
    if (form.elements.advance) form.elements.advance.value = "1";   // land on the next claim
    if (form.requestSubmit) form.requestSubmit(); else form.submit();
  }
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    var target = event.target;
    if (target && target.closest && target.closest("input, select, textarea, button")) return;
    var data = document.body.dataset;
    switch (event.key) {
      case "j": if (data.next) location.href = data.next; break;
      case "k": if (data.prev) location.href = data.prev; break;
      case "a": submit("accept"); break;
      case "r": submit("reject"); break;
      case "w": submit("wrong"); break;
      case "/": var q = document.querySelector('input[name="q"]'); if (q) q.focus(); break;
      default: return;
    }
    event.preventDefault();
  });
  document.body.dataset.keys = "on";     // tells tests (and curious readers) the keys are live
})();
