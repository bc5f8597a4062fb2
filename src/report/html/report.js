// transcheck report: filters, search, keyboard navigation between findings.
// Reads the finding index embedded as JSON; never loads anything.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("tc-data").textContent);
  var form = document.getElementById("filters");
  var out = document.getElementById("shown");
  var q = document.getElementById("q");
  var only = document.getElementById("only");
  var edited = document.getElementById("edited");
  var none = document.getElementById("none");
  var rows = Array.prototype.slice.call(document.querySelectorAll("main .row"));
  var F = data.findings; // [anchor, severity, category, rule, status, row]
  var n = F.length;
  var cards = new Array(n);
  var byId = Object.create(null);
  var rowCount = new Int32Array(rows.length);
  var visF = new Uint8Array(n);
  var rowShown = new Uint8Array(rows.length);
  var i;
  for (i = 0; i < n; i++) {
    cards[i] = document.getElementById(F[i][0]);
    byId[F[i][0]] = i;
  }
  // Highlights (marks, and paragraphs flagged as a whole) with the findings they show.
  var marks = [];
  var els = document.querySelectorAll("[data-f]");
  for (i = 0; i < els.length; i++) {
    var ids = els[i].getAttribute("data-f").split(" ");
    var idx = [];
    for (var k = 0; k < ids.length; k++) {
      if (ids[k] in byId) idx.push(byId[ids[k]]);
    }
    marks.push([els[i], idx]);
  }
  var rowText = null; // lower-cased text of each row, built on the first search
  rowShown.fill(1);
  for (i = 0; i < n; i++) visF[i] = 1;

  function checked(name) {
    var s = Object.create(null);
    var boxes = form.querySelectorAll('input[name="' + name + '"]');
    for (var j = 0; j < boxes.length; j++) if (boxes[j].checked) s[boxes[j].value] = 1;
    return s;
  }

  function apply() {
    var sev = checked("sev"), cat = checked("cat"), rule = checked("rule");
    var st = data.mode === "diff" ? checked("status") : null;
    var query = q.value.trim().toLowerCase();
    if (query && !rowText) {
      rowText = rows.map(function (r) { return r.textContent.toLowerCase(); });
    }
    rowCount.fill(0);
    for (var j = 0; j < n; j++) {
      var f = F[j];
      var v = sev[f[1]] && cat[f[2]] && rule[f[3]] && (!st || st[f[4]]) ? 1 : 0;
      visF[j] = v;
      if (v) rowCount[f[5]]++;
    }
    var hideClean = only && only.checked;
    var onlyEdited = edited && edited.checked;
    for (var r = 0; r < rows.length; r++) {
      var show = true;
      if (query && rowText[r].indexOf(query) < 0) show = false;
      if (show && hideClean && rowCount[r] === 0) show = false;
      if (show && onlyEdited && !rows[r].classList.contains("edited")) show = false;
      rowShown[r] = show ? 1 : 0;
      if (rows[r].hidden === show) rows[r].hidden = !show;
    }
    var anyRow = false;
    for (r = 0; r < rows.length; r++) if (rowShown[r]) { anyRow = true; break; }
    none.hidden = anyRow || rows.length === 0;
    var shown = 0;
    for (j = 0; j < n; j++) {
      if (cards[j] && cards[j].hidden === !!visF[j]) cards[j].hidden = !visF[j];
      if (visF[j] && rowShown[F[j][5]]) shown++;
    }
    for (j = 0; j < marks.length; j++) {
      var any = false, list = marks[j][1];
      for (var m = 0; m < list.length; m++) if (visF[list[m]]) { any = true; break; }
      marks[j][0].classList.toggle("off", !any);
    }
    out.textContent = shown + " of " + n + " findings shown";
    out.setAttribute("data-shown", String(shown));
  }

  var timer = 0;
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  form.addEventListener("reset", function () { setTimeout(apply, 0); });
  q.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(apply, 120);
  });

  // Navigation between visible findings.
  var current = -1;
  function visibleList() {
    var v = [];
    for (var j = 0; j < n; j++) if (visF[j] && rowShown[F[j][5]] && cards[j]) v.push(j);
    return v;
  }
  function highlight(j, on) {
    if (j < 0 || !cards[j]) return;
    cards[j].classList.toggle("cur", on);
    for (var k = 0; k < marks.length; k++) {
      if (marks[k][1].indexOf(j) >= 0) marks[k][0].classList.toggle("hot", on);
    }
  }
  function focusFinding(j, updateHash) {
    highlight(current, false);
    current = j;
    highlight(j, true);
    var c = cards[j];
    c.focus({ preventScroll: true });
    c.scrollIntoView({ block: "center" });
    if (updateHash && history.replaceState) history.replaceState(null, "", "#" + F[j][0]);
  }
  function step(dir) {
    var v = visibleList();
    if (!v.length) return;
    var pos = v.indexOf(current);
    var next;
    if (pos >= 0) {
      next = v[(pos + dir + v.length) % v.length];
    } else {
      // Start from the first finding below (or above) the top of the window.
      next = dir > 0 ? v[0] : v[v.length - 1];
      for (var k = 0; k < v.length; k++) {
        var top = cards[v[k]].getBoundingClientRect().top;
        if (dir > 0 && top > 0) { next = v[k]; break; }
        if (dir < 0 && top < 0) next = v[k];
      }
    }
    focusFinding(next, true);
  }
  document.getElementById("next").addEventListener("click", function () { step(1); });
  document.getElementById("prev").addEventListener("click", function () { step(-1); });
  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    var t = e.target;
    var typing = t && (t.tagName === "INPUT" && t.type !== "checkbox" || t.tagName === "TEXTAREA" || t.tagName === "SELECT" || t.isContentEditable);
    if (typing) {
      if (e.key === "Escape") t.blur();
      return;
    }
    if (e.key === "j" || e.key === "n") { e.preventDefault(); step(1); }
    else if (e.key === "k" || e.key === "p") { e.preventDefault(); step(-1); }
    else if (e.key === "/") { e.preventDefault(); q.focus(); }
  });
  // A click on a highlight selects its finding; a click on a card, the card.
  document.addEventListener("click", function (e) {
    var el = e.target.closest ? e.target.closest("mark[data-f], .card") : null;
    if (!el) return;
    if (el.classList.contains("card")) {
      var j0 = byId[el.id];
      if (j0 !== undefined && j0 !== current) { highlight(current, false); current = j0; highlight(j0, true); }
      return;
    }
    var ids = el.getAttribute("data-f").split(" ");
    for (var k = 0; k < ids.length; k++) {
      var j = byId[ids[k]];
      if (j !== undefined && visF[j]) { focusFinding(j, true); return; }
    }
  });

  // Links to a finding or row that the filters hide clear the filters first.
  function follow() {
    var id = decodeURIComponent(location.hash.slice(1));
    if (!id) return;
    var el = document.getElementById(id);
    if (!el) return;
    var row = el.closest ? el.closest(".row") : null;
    if ((row && row.hidden) || el.hidden) {
      form.reset();
      apply();
    }
    if (id in byId) {
      focusFinding(byId[id], false);
    } else if (row) {
      row.scrollIntoView({ block: "start" });
    } else if (el.focus) {
      el.focus({ preventScroll: true });
      el.scrollIntoView({ block: "start" });
    }
  }
  // Keep targets clear of the sticky filter bar.
  function pad() {
    var sticky = getComputedStyle(form).position === "sticky";
    document.documentElement.style.scrollPaddingTop = (sticky ? form.offsetHeight + 8 : 8) + "px";
  }
  pad();
  window.addEventListener("resize", pad);
  window.addEventListener("hashchange", follow);
  apply();
  follow();
  document.documentElement.setAttribute("data-ready", "1");
  if (window.performance && performance.mark) performance.mark("tc-ready");
})();
