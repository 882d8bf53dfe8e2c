/* The editor's workspace: one-key shortcuts, evidence jumps, the transit list editor and
   EDTF previews. Everything here enhances forms that already work without JavaScript;
   the server validates and decides. No dependencies. */
(function () {
  "use strict";

  // ---- EDTF: a reader's rendering, the same rules as cases/edtf.py --------------------
  var MONTHS = ["", "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December"];
  var SEASONS = { 21: "spring", 22: "summer", 23: "autumn", 24: "winter" };
  var QUALIFIERS = { "?": " (uncertain)", "~": " (approximately)", "%": " (approximately, uncertain)" };
  var SINGLE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([?~%])?$/;

  function describeSingle(value) {
    var m = SINGLE.exec(value);
    if (!m) return null;
    var suffix = QUALIFIERS[m[4] || ""] || "";
    if (!m[2]) return m[1] + suffix;
    var month = parseInt(m[2], 10);
    if (SEASONS[month]) return m[3] ? null : SEASONS[month] + " " + m[1] + suffix;
    if (month < 1 || month > 12) return null;
    if (!m[3]) return MONTHS[month] + " " + m[1] + suffix;
    var day = parseInt(m[3], 10);
    var probe = new Date(Date.UTC(+m[1], month - 1, day));
    if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
    return day + " " + MONTHS[month] + " " + m[1] + suffix;
  }

  function describeEdtf(value) {
    value = (value || "").trim();
    if (!value) return "";
    if (value.indexOf("/") >= 0) {
      var parts = value.split("/");
      if (parts.length !== 2 || (parts[0] === "" && parts[1] === "") ||
          (/^\.\.$|^$/.test(parts[0]) && /^\.\.$|^$/.test(parts[1]))) return null;
      var left = parts[0] === "" ? "an unknown date" : parts[0] === ".." ? "open start" : describeSingle(parts[0]);
      var right = parts[1] === "" ? "an unknown date" : parts[1] === ".." ? "open end" : describeSingle(parts[1]);
      return left && right ? left + " to " + right : null;
    }
    return describeSingle(value);
  }

  // A date in words ("summer 2023", "März 2023") is read by the server with the
  // extractor's date rules (GET /review/date/), a short pause after the last key.
  var DATE_URL = "/review/date/";
  function setupEdtf() {
    var host = document.querySelector("[data-article-lang]");
    var lang = host ? host.getAttribute("data-article-lang") : "";
    document.querySelectorAll("input[data-edtf]").forEach(function (input) {
      var out = document.querySelector('output[data-edtf-for="' + input.id + '"]');
      if (!out) return;
      var timer = null, asked = "";
      function show(text, invalid) {
        out.classList.toggle("invalid", invalid);
        out.textContent = text;
        input.setAttribute("aria-invalid", invalid ? "true" : "false");
      }
      function ask(value) {
        asked = value;
        fetch(DATE_URL + "?value=" + encodeURIComponent(value) + "&lang=" + encodeURIComponent(lang || ""),
              { credentials: "same-origin", headers: { "Accept": "application/json" } })
          .then(function (r) { return r.json(); })
          .then(function (data) {
            if (input.value.trim() !== asked) return;  // the editor typed on meanwhile
            if (data.edtf) show(data.edtf + " · " + data.reading, false);
            else show(data.error || "not a date the tracker understands", true);
          })
          .catch(function () { show("could not check this date now; it is checked on saving", false); });
      }
      function update() {
        var value = input.value.trim();
        var text = describeEdtf(value);
        clearTimeout(timer);
        if (text !== null) { show(text, false); return; }
        show("reading…", false);
        timer = setTimeout(function () { ask(value); }, 300);
      }
      input.setAttribute("aria-describedby", out.id || (out.id = input.id + "_preview"));
      input.addEventListener("input", update);
      if (input.value.trim() && describeEdtf(input.value.trim()) === null) update();
    });
  }

  // ---- Evidence: a field's button scrolls the article to its passage -------------------
  var cycle = {};
  function marksFor(key) {
    return Array.prototype.slice.call(document.querySelectorAll("mark[data-fields]")).filter(function (m) {
      return m.getAttribute("data-fields").split(" ").indexOf(key) >= 0;
    });
  }
  function showEvidence(key, move) {
    var marks = marksFor(key);
    document.querySelectorAll("mark.active").forEach(function (m) { m.classList.remove("active"); });
    if (!marks.length) return;
    var i = move ? ((cycle[key] === undefined ? -1 : cycle[key]) + 1) % marks.length : (cycle[key] || 0);
    cycle[key] = i;
    marks.forEach(function (m) { m.classList.add("active"); });
    var pane = document.getElementById("article-text");
    if (pane) {
      var top = marks[i].offsetTop - pane.offsetTop - pane.clientHeight / 3;
      pane.scrollTo({ top: Math.max(top, 0), behavior: "smooth" });
    }
    if (!isVisible(marks[i])) marks[i].scrollIntoView({ block: "center", behavior: "smooth" });
  }
  function isVisible(el) {
    var r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  }
  function setupEvidence() {
    document.querySelectorAll("[data-evidence]").forEach(function (button) {
      button.addEventListener("click", function () { showEvidence(button.getAttribute("data-evidence"), true); });
    });
    // Moving into a field shows its passage without taking focus away from the field.
    document.querySelectorAll(".field[data-field]").forEach(function (field) {
      field.addEventListener("focusin", function () {
        // A field without a passage clears the previous field's highlight.
        showEvidence(field.getAttribute("data-field"), false);
      });
    });
  }

  // ---- Evidence by selection: a passage selected in the article supports a field --------
  // Offsets count characters of the article text (the text pane's textContent is the text,
  // its marks only wrap parts of it), as the extractor's evidence does.
  function setupSelection() {
    var pane = document.getElementById("article-text");
    var hidden = document.querySelector('#approve-form input[name="evidence"]');
    var attach = document.getElementById("attach-evidence");
    var which = document.getElementById("evidence-field");
    var shown = document.getElementById("selected-passage");
    var find = document.getElementById("find-passage");
    if (!pane || !hidden || !attach || !which) return;
    var host = document.querySelector("[data-article-lang]");
    var lang = host ? host.getAttribute("data-article-lang") : "";
    var added = {};
    try { added = hidden.value ? JSON.parse(hidden.value) : {}; } catch (e) { added = {}; }
    var current = null;  // {start, end, text}

    function offsetOf(node, offset) {
      var range = document.createRange();
      range.setStart(pane, 0);
      range.setEnd(node, offset);
      return range.toString().length;
    }
    function rangeAt(start, end) {
      // The DOM range covering text offsets [start, end) of the pane.
      var walker = document.createTreeWalker(pane, NodeFilter.SHOW_TEXT), seen = 0, node;
      var range = document.createRange(), begun = false;
      while ((node = walker.nextNode())) {
        var len = node.nodeValue.length;
        if (!begun && start <= seen + len) { range.setStart(node, start - seen); begun = true; }
        if (begun && end <= seen + len) { range.setEnd(node, end - seen); return range; }
        seen += len;
      }
      return null;
    }
    function choose(start, end) {
      var text = pane.textContent.slice(start, end);
      var trimmed = text.replace(/^\s+/, ""), lead = text.length - trimmed.length;
      trimmed = trimmed.replace(/\s+$/, "");
      if (!trimmed) { current = null; attach.disabled = true; shown.textContent = "No passage selected."; return; }
      current = { start: start + lead, end: start + lead + trimmed.length, text: trimmed };
      attach.disabled = false;
      shown.textContent = "Selected: \u201c" + (trimmed.length > 160 ? trimmed.slice(0, 160) + "\u2026" : trimmed) + "\u201d";
    }
    document.addEventListener("selectionchange", function () {
      var sel = window.getSelection();
      if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return;
      var r = sel.getRangeAt(0);
      if (!pane.contains(r.commonAncestorContainer)) return;
      choose(offsetOf(r.startContainer, r.startOffset), offsetOf(r.endContainer, r.endOffset));
    });
    if (find) {
      find.addEventListener("keydown", function (event) {
        if (event.key !== "Enter") return;
        event.preventDefault();
        var q = find.value.trim();
        if (!q) return;
        var text = pane.textContent, from = current ? current.end : 0;
        var at = text.toLowerCase().indexOf(q.toLowerCase(), from);
        if (at < 0) at = text.toLowerCase().indexOf(q.toLowerCase());
        if (at < 0) { shown.textContent = "Not found in the article: " + q; attach.disabled = true; current = null; return; }
        var range = rangeAt(at, at + q.length);
        if (range) {
          var sel = window.getSelection();
          sel.removeAllRanges();
          sel.addRange(range);
          var mark = range.startContainer.parentElement;
          if (mark && mark.scrollIntoView) mark.scrollIntoView({ block: "center" });
        }
        choose(at, at + q.length);
      });
    }
    function fill(key, text) {
      if (key === "names") {
        var names = document.getElementById("id_names");
        var lines = names.value.split("\n").map(function (l) { return l.trim(); }).filter(Boolean);
        if (lines.indexOf(text) < 0) { lines.push(text); names.value = lines.join("\n"); }
      } else if (key.indexOf("dates.") === 0) {
        var input = document.getElementById("id_date_" + key.slice(6));
        if (input) { input.value = text; input.dispatchEvent(new Event("input")); }
      } else if (key === "people_count") {
        var n = text.match(/\d+/);
        if (n) document.getElementById("id_people_count").value = n[0];
      } else if (key === "origin" || key === "destination" || key === "transit") {
        fetch("/review/place/?q=" + encodeURIComponent(text) + "&lang=" + encodeURIComponent(lang || ""),
              { credentials: "same-origin", headers: { "Accept": "application/json" } })
          .then(function (r) { return r.json(); })
          .then(function (data) {
            if (!data.code) { shown.textContent += " \u2014 no country recognised: set the field by hand."; return; }
            if (key === "transit") {
              var picker = document.getElementById("id_transit_add");
              if (picker) { picker.value = data.code; picker.dispatchEvent(new Event("change")); }
              else {
                var plain = document.getElementById("id_transit");
                var codes = plain.value.split(",").map(function (c) { return c.trim(); }).filter(Boolean);
                if (codes.indexOf(data.code) < 0) { codes.push(data.code); plain.value = codes.join(", "); }
              }
            } else {
              var select = document.getElementById("id_" + key);
              if (select) select.value = data.code;
            }
            shown.textContent += " \u2014 " + data.name + " (" + data.code + ")";
          });
      }
    }
    attach.addEventListener("click", function () {
      if (!current) return;
      var key = which.value;
      (added[key] = added[key] || []).push({ start: current.start, end: current.end });
      hidden.value = JSON.stringify(added);
      var range = rangeAt(current.start, current.end);
      if (range) {
        try {
          var mark = document.createElement("mark");
          mark.className = "added";
          mark.setAttribute("data-fields", key);
          mark.title = key + " (selected by you)";
          range.surroundContents(mark);
        } catch (e) { /* a selection across highlights stays unmarked; it is still attached */ }
      }
      shown.textContent = "Attached to " + which.options[which.selectedIndex].text + ": \u201c" + current.text + "\u201d";
      fill(key, current.text);
      window.getSelection().removeAllRanges();
      current = null;
      attach.disabled = true;
    });
  }

  // ---- Transit: an ordered list with add, remove and move ------------------------------
  function setupTransit() {
    var input = document.querySelector("input[data-transit-editor]");
    var namesEl = document.getElementById("country-names");
    if (!input || !namesEl) return;
    var names = JSON.parse(namesEl.textContent);
    var codes = input.value.split(/[,>\s]+/).map(function (c) { return c.trim().toUpperCase(); }).filter(Boolean);
    var field = input.closest(".field");
    var label = field.querySelector("label");

    var list = document.createElement("ol");
    list.className = "transit-list";
    list.setAttribute("aria-label", "Transit countries in travel order");
    var picker = document.createElement("select");
    picker.id = input.id + "_add";
    picker.innerHTML = '<option value="">Add a country…</option>';
    Object.keys(names).forEach(function (code) {
      var option = document.createElement("option");
      option.value = code;
      option.textContent = names[code] + " (" + code + ")";
      picker.appendChild(option);
    });
    var status = document.createElement("span");
    status.className = "visually-hidden";
    status.setAttribute("aria-live", "polite");

    function button(text, labelText, onClick, disabled) {
      var b = document.createElement("button");
      b.type = "button";
      b.className = "small";
      b.textContent = text;
      b.setAttribute("aria-label", labelText);
      b.disabled = !!disabled;
      b.addEventListener("click", onClick);
      return b;
    }
    function render(focusIndex, focusWhat) {
      input.value = codes.join(", ");
      list.innerHTML = "";
      codes.forEach(function (code, i) {
        var li = document.createElement("li");
        var name = names[code] || code;
        var span = document.createElement("span");
        span.textContent = name;
        li.appendChild(span);
        var up = button("↑", "Move " + name + " earlier", function () { move(i, -1); }, i === 0);
        var down = button("↓", "Move " + name + " later", function () { move(i, 1); }, i === codes.length - 1);
        var remove = button("✕", "Remove " + name, function () {
          codes.splice(i, 1);
          status.textContent = name + " removed";
          render(Math.min(i, codes.length - 1), "remove");
        });
        li.appendChild(up); li.appendChild(down); li.appendChild(remove);
        list.appendChild(li);
        if (i === focusIndex) {
          var target = focusWhat === "up" ? (up.disabled ? down : up) : focusWhat === "down" ? (down.disabled ? up : down) : remove;
          setTimeout(function () { target.focus(); }, 0);
        }
      });
      if (!codes.length) {
        var empty = document.createElement("li");
        empty.className = "muted";
        empty.textContent = "None: direct route";
        list.appendChild(empty);
        if (focusWhat === "remove") picker.focus();
      }
    }
    function move(i, step) {
      var j = i + step;
      var tmp = codes[i]; codes[i] = codes[j]; codes[j] = tmp;
      status.textContent = (names[tmp] || tmp) + " moved to position " + (j + 1);
      render(j, step < 0 ? "up" : "down");
    }
    picker.addEventListener("change", function () {
      var code = picker.value;
      if (code && codes.indexOf(code) < 0) {
        codes.push(code);
        status.textContent = (names[code] || code) + " added";
      }
      picker.value = "";
      render();
    });
    input.type = "hidden";
    label.setAttribute("for", picker.id);
    var help = field.querySelector(".help");
    if (help) help.textContent = "In travel order. Never the origin or the destination.";
    input.insertAdjacentElement("afterend", status);
    input.insertAdjacentElement("afterend", picker);
    input.insertAdjacentElement("afterend", list);
    render();
  }

  // ---- Forms: one submission per click, so a double click cannot send twice -------------
  function setupOnce() {
    document.querySelectorAll("form[data-once]").forEach(function (form) {
      form.addEventListener("submit", function (event) {
        if (form.dataset.sent) { event.preventDefault(); return; }
        form.dataset.sent = "1";
        setTimeout(function () { delete form.dataset.sent; }, 5000);
      });
    });
  }

  // ---- Queue: selection, row navigation --------------------------------------------------
  function setupQueue() {
    var form = document.querySelector('form[data-keys-page="queue"]');
    if (!form) return;
    var all = document.getElementById("select-all");
    var count = document.getElementById("bulk-count");
    var boxes = form.querySelectorAll('input[name="ids"]');
    function update() {
      var n = form.querySelectorAll('input[name="ids"]:checked').length;
      count.textContent = n ? n + " selected" : "Select proposals to approve or reject several at once.";
      if (all) all.checked = n > 0 && n === boxes.length;
    }
    if (all) all.addEventListener("change", function () {
      boxes.forEach(function (b) { b.checked = all.checked; });
      update();
    });
    boxes.forEach(function (b) { b.addEventListener("change", update); });
    form.addEventListener("submit", function (event) {
      var n = form.querySelectorAll('input[name="ids"]:checked').length;
      var action = event.submitter ? event.submitter.value : "";
      if (!n) { event.preventDefault(); count.textContent = "Select at least one proposal first."; return; }
      if (!window.confirm((action === "approve" ? "Approve " : "Reject ") + n + " proposal" + (n > 1 ? "s" : "") + "?")) {
        event.preventDefault();
        delete form.dataset.sent;
      }
    });
  }
  function queueRows() { return Array.prototype.slice.call(document.querySelectorAll("table.queue tbody tr[data-href]")); }
  function moveRow(step) {
    var rows = queueRows();
    if (!rows.length) return;
    var current = rows.findIndex(function (r) { return r.classList.contains("current"); });
    var next = current < 0 ? 0 : Math.max(0, Math.min(rows.length - 1, current + step));
    rows.forEach(function (r) { r.classList.remove("current"); });
    rows[next].classList.add("current");
    rows[next].querySelector("a.row-link").focus();
  }

  // ---- Keys -------------------------------------------------------------------------------
  function typing(el) {
    if (!el) return false;
    var tag = el.tagName;
    return tag === "TEXTAREA" || tag === "SELECT" || el.isContentEditable ||
      (tag === "INPUT" && ["checkbox", "radio", "button", "submit", "reset"].indexOf(el.type) < 0);
  }
  function go(url) { if (url) window.location.assign(url); }

  function onKey(event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    var el = document.activeElement;
    if (event.key === "Escape" && typing(el)) { el.blur(); return; }
    if (typing(el) || event.defaultPrevented) return;
    // While choosing a reject reason, only Escape acts: a stray "a" must not approve instead.
    var rejecting = el && el.closest && el.closest("#reject-panel");
    if (rejecting) {
      if (event.key === "Escape") { rejecting.open = false; var b = document.querySelector("[data-open-reject]"); if (b) b.focus(); }
      return;
    }
    var page = document.querySelector("[data-keys-page]");
    var kind = page ? page.getAttribute("data-keys-page") : "";
    var key = event.key;
    if (key === "?") { var help = document.getElementById("keys-help"); if (help) { help.classList.toggle("open"); help.scrollIntoView({ block: "nearest" }); } event.preventDefault(); return; }
    if (kind === "proposal") {
      var approve = document.getElementById("approve-form");
      if (key === "j") go(page.getAttribute("data-next"));
      else if (key === "k") go(page.getAttribute("data-prev"));
      else if (key === "m") go(page.getAttribute("data-merge"));
      else if (key === "a" && approve) approve.requestSubmit();
      else if (key === "r") openReject();
      else if (key === "e" && approve) {
        var first = approve.querySelector(".field input:not([type=hidden]), .field select, .field textarea");
        if (first) first.focus();
      } else return;
      event.preventDefault();
    } else if (kind === "queue") {
      if (key === "j") moveRow(1);
      else if (key === "k") moveRow(-1);
      else if (key === "x") {
        var row = queueRows().find(function (r) { return r.classList.contains("current"); });
        if (row) { var box = row.querySelector('input[name="ids"]'); box.checked = !box.checked; box.dispatchEvent(new Event("change")); }
      } else return;
      event.preventDefault();
    } else if (kind === "merge") {
      if (key === "Escape") go(page.getAttribute("data-back"));
      else if (/^[1-6]$/.test(key)) {
        var link = document.querySelector('[data-candidate="' + key + '"]');
        if (link) go(link.getAttribute("href"));
      } else return;
      event.preventDefault();
    }
  }
  function openReject() {
    var panel = document.getElementById("reject-panel");
    if (!panel) return;
    panel.open = true;
    var first = panel.querySelector("input[type=radio]");
    if (first) { first.focus(); panel.scrollIntoView({ block: "nearest" }); }
  }

  // A page the browser restores from its back-forward cache may show a form for a
  // proposal decided since: ask the server again.
  window.addEventListener("pageshow", function (event) {
    if (event.persisted && document.getElementById("approve-form")) window.location.reload();
  });

  document.addEventListener("DOMContentLoaded", function () {
    setupEdtf();
    setupEvidence();
    setupTransit();
    setupSelection();
    setupOnce();
    setupQueue();
    document.querySelectorAll("[data-open-reject]").forEach(function (b) { b.addEventListener("click", openReject); });
    document.querySelectorAll("table.queue tbody tr[data-href]").forEach(function (row) {
      row.addEventListener("focusin", function () {
        queueRows().forEach(function (r) { r.classList.remove("current"); });
        row.classList.add("current");
      });
    });
    document.addEventListener("keydown", onKey);
    // On the workspace the outcome of the last action floats, so the columns keep their place;
    // it fades after a while (it was already announced through role=status).
    var toast = document.querySelector(".review-page .messages");
    // A message that offers Undo stays while the undo is possible (the page changes first).
    if (toast && !toast.querySelector("[data-undo]")) setTimeout(function () { toast.classList.add("faded"); }, 8000);
  });
})();
