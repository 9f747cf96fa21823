/* Structured items on the exercise page (chapter 17's country assessment).
 *
 * course/grading/structured_form.py writes the frame and the layout (top fields; sections with
 * their fields, types, required fields, minimum rows). This script draws each section
 * as a table of rows with "Add a row" and "Remove this row", reads the form into the
 * JSON the answers file carries (lists from commas, numbers from digits, sub-scores
 * from "name: number" pairs), fills it back from a saved or imported value, and runs
 * the light checks that need no Python. course-quiz.js calls read, fill and check
 * (window.courseStructured); this file loads first. No network, no framework.
 */
(function () {
  "use strict";

  // The page's words in the build's language (the same function as course-quiz.js's:
  // translations from the bar's data, "labels"; English when a word has none).
  var labels = null;
  function pageText(message, values) {
    if (labels === null) {
      labels = {};
      var data = typeof document !== "undefined" && document.querySelector("script.course-quiz-data");
      try { labels = (data && JSON.parse(data.textContent).labels) || {}; } catch (e) { /* English */ }
    }
    var text = Object.prototype.hasOwnProperty.call(labels, message) ? String(labels[message]) : message;
    return text.replace(/\{(\w+)\}/g, function (whole, key) {
      return values && Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : whole;
    });
  }

  var DATE_FIELDS = {date: true, start: true, end: true, source_date: true, prepared: true};
  var CLAIM_TYPES = {"finding": true, "allegation": true, "self-claim": true};
  var MAX_ROWS = 200;  // as answers_file.MAX_STRUCTURED_ROWS

  function layoutOf(form) {
    var box = form.querySelector(".course-structured");
    if (!box._layout) box._layout = JSON.parse(box.querySelector("script.cs-layout").textContent);
    return box._layout;
  }

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text) node.textContent = text;
    return node;
  }

  function noteFor(base, field) {
    if (DATE_FIELDS[field.name]) return base + "-date-note";
    if (field.type === "list" || field.type === "number" || field.type === "parts") return base + "-" + field.type + "-note";
    return null;
  }

  function input(base, field, label) {
    var node = field.long ? el("textarea", {rows: "2"}) : el("input", {type: "text", autocomplete: "off"});
    if (field.type === "number") node.setAttribute("inputmode", "decimal");
    node.setAttribute("aria-label", label);
    node.dataset.field = field.name;
    node.dataset.type = field.type;
    var note = noteFor(base, field);
    if (note) node.setAttribute("aria-describedby", note);
    return node;
  }

  // ---- drawing
  function renumber(table, section) {
    Array.prototype.slice.call(table.tBodies[0].rows).forEach(function (tr, n) {
      var number = n + 1;
      tr.cells[0].textContent = String(number);
      Array.prototype.slice.call(tr.querySelectorAll("[data-field]")).forEach(function (f) {
        f.setAttribute("aria-label", pageText("{section} row {n}: {field}", {section: section.name, n: number, field: f.dataset.field}));
      });
      tr.querySelector(".cs-remove .cs-sr").textContent = " (" + pageText("{section} row {n}", {section: section.name, n: number}) + ")";
    });
  }

  function nextId(form, section) {
    var used = {};
    Array.prototype.slice.call(form.querySelectorAll("[data-field=id]")).forEach(function (f) { used[f.value.trim().toLowerCase()] = true; });
    for (var n = 1; ; n++) if (!used[(section.prefix + n).toLowerCase()]) return section.prefix + n;
  }

  function addRow(form, base, section, table) {
    var tr = el("tr"), th = el("th", {scope: "row"});
    tr.appendChild(th);
    section.fields.forEach(function (field) {
      var td = el("td"), box = input(base, field, "");
      if (field.name === "id") box.value = nextId(form, section);
      td.appendChild(box);
      tr.appendChild(td);
    });
    var cell = el("td"), remove = el("button", {type: "button", "class": "cs-remove"}, pageText("Remove this row"));
    remove.appendChild(el("span", {"class": "cs-sr"}));
    remove.addEventListener("click", function () {
      var next = tr.nextElementSibling || tr.previousElementSibling;
      tr.remove();
      renumber(table, section);
      (next ? next.querySelector("input, textarea") : table.closest(".cs-section").querySelector(".cs-add")).focus();
    });
    cell.appendChild(remove);
    tr.appendChild(cell);
    table.tBodies[0].appendChild(tr);
    renumber(table, section);
    return tr;
  }

  function draw(form) {
    var box = form.querySelector(".course-structured"), spec = layoutOf(form), base = box.dataset.base;
    var holder = box.querySelector(".cs-fields");
    holder.textContent = "";
    spec.top.forEach(function (field) {
      var id = base + "-top-" + field.name, row = el("div", {"class": "course-quiz-row"});
      row.appendChild(el("label", {"for": id}, field.required ? field.name : pageText("{field} (optional)", {field: field.name})));
      var node = input(base, field, field.name);
      node.removeAttribute("aria-label");  // the visible label names it
      node.id = id;
      row.appendChild(node);
      holder.appendChild(row);
    });
    spec.sections.forEach(function (section) {
      var group = el("fieldset", {"class": "cs-section"});
      group.dataset.section = section.name;
      group.appendChild(el("legend", null, section.min_rows > 1 ? pageText("{section}: at least {rows} rows", {section: section.name, rows: section.min_rows})
                                                  : pageText("{section}: at least 1 row", {section: section.name})));
      group.appendChild(el("p", {"class": "cs-scroll-cue"}, pageText("The table scrolls sideways: swipe or use the arrow keys to see every field.")));
      var scroller = el("div", {"class": "cs-scroll", role: "region", tabindex: "0", "aria-label": pageText("{section} table", {section: section.name})});
      var table = el("table"), head = el("tr");
      head.appendChild(el("th", {scope: "col"}, "Row"));
      section.fields.forEach(function (f) { head.appendChild(el("th", {scope: "col"}, f.required ? f.name : pageText("{field} (optional)", {field: f.name}))); });
      head.appendChild(el("th", {scope: "col"}, "Remove"));
      table.appendChild(el("thead")).appendChild(head);
      table.appendChild(el("tbody"));
      scroller.appendChild(table);
      group.appendChild(scroller);
      var add = el("button", {type: "button", "class": "cs-add"}, pageText("Add a row"));
      add.appendChild(el("span", {"class": "cs-sr"}, " " + pageText("to {section}", {section: section.name})));
      add.addEventListener("click", function () {
        if (table.tBodies[0].rows.length >= MAX_ROWS) return;
        addRow(form, base, section, table).querySelector("input, textarea").focus();
      });
      group.appendChild(add);
      holder.appendChild(group);
      for (var n = 0; n < section.min_rows; n++) addRow(form, base, section, table);
    });
  }

  // ---- text <-> JSON
  function toValue(type, text) {
    var t = text.trim();
    if (type === "number") return t === "" ? null : (/^-?\d+(\.\d+)?$/.test(t) ? Number(t) : t);
    if (type === "list") return t === "" ? [] : t.split(",").map(function (s) { return s.trim(); }).filter(Boolean);
    if (type === "parts") {
      var parts = {};
      if (t === "") return parts;
      t.split(",").forEach(function (piece) {
        var at = piece.indexOf(":"), key = (at < 0 ? piece : piece.slice(0, at)).trim();
        if (key) parts[key] = at < 0 ? null : toValue("number", piece.slice(at + 1));
      });
      return parts;
    }
    return text;
  }

  function toText(type, value) {
    if (value === null || value === undefined) return "";
    if (type === "list" && Array.isArray(value)) return value.map(String).join(", ");
    if (type === "parts" && typeof value === "object" && !Array.isArray(value)) {
      return Object.keys(value).map(function (k) { return k + ": " + (value[k] === null ? "" : String(value[k])); }).join(", ");
    }
    return typeof value === "object" ? JSON.stringify(value) : String(value);
  }

  function read(form) {
    var spec = layoutOf(form), value = {}, typed = false;
    spec.top.forEach(function (field) {
      var node = form.querySelector("#" + form.querySelector(".course-structured").dataset.base + "-top-" + field.name);
      if (node.value.trim()) typed = true;
      value[field.name] = toValue(field.type, node.value);
    });
    spec.sections.forEach(function (section) {
      var group = form.querySelector(".cs-section[data-section='" + section.name + "']");
      value[section.name] = Array.prototype.slice.call(group.querySelectorAll("tbody tr")).map(function (tr) {
        var row = {};
        section.fields.forEach(function (field) {
          var node = tr.querySelector("[data-field='" + field.name + "']");
          if (field.name !== "id" && node.value.trim()) typed = true;
          row[field.name] = toValue(field.type, node.value);
        });
        return row;
      });
    });
    return typed ? value : null;  // nothing typed but the suggested ids: not answered yet
  }

  function fill(form, value) {
    if (!value || typeof value !== "object" || Array.isArray(value)) return;
    var spec = layoutOf(form), base = form.querySelector(".course-structured").dataset.base;
    draw(form);
    spec.top.forEach(function (field) { form.querySelector("#" + base + "-top-" + field.name).value = toText(field.type, value[field.name]); });
    spec.sections.forEach(function (section) {
      var rows = Array.isArray(value[section.name]) ? value[section.name].slice(0, MAX_ROWS) : [];
      var table = form.querySelector(".cs-section[data-section='" + section.name + "'] table");
      while (table.tBodies[0].rows.length < rows.length) addRow(form, base, section, table);
      while (table.tBodies[0].rows.length > Math.max(rows.length, 1)) table.tBodies[0].lastElementChild.remove();
      rows.forEach(function (row, n) {
        var tr = table.tBodies[0].rows[n];
        section.fields.forEach(function (field) {
          tr.querySelector("[data-field='" + field.name + "']").value = toText(field.type, row && typeof row === "object" ? row[field.name] : "");
        });
      });
      renumber(table, section);
    });
  }

  // ---- light checks: what needs no Python (course check runs the full validators)
  function realDate(text) {
    var m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text.trim());
    if (!m || Number(m[1]) < 1900) return null;
    if (m[2] === undefined) return "year";
    var month = Number(m[2]);
    if (month < 1 || month > 12) return null;
    if (m[3] === undefined) return "month";
    var day = Number(m[3]), last = new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
    return day >= 1 && day <= last ? "day" : null;
  }

  function hasEmail(text) {
    var at = -1;
    for (var n = 0; n < 200; n++) {
      at = text.indexOf("@", at + 1);
      if (at < 0) return false;
      if (at > 0 && /[A-Za-z0-9._%+-]/.test(text.charAt(at - 1)) &&
          /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/.test(text.slice(at + 1, at + 257))) return true;
    }
    return false;
  }

  function hasPhone(text) { return /\+\d[\d ().-]{6,}\d/.test(text); }

  function claimType(text) { return String(text).trim().toLowerCase().replace(/[_-]/g, " ").split(/\s+/).filter(Boolean).join("-"); }

  function lightProblems(spec, value) {
    var problems = [], ids = {}, evidence = {};
    function text(where, field, v) {
      var s = typeof v === "string" ? v : (v === null || v === undefined ? "" : toText(typeof v === "object" && !Array.isArray(v) ? "parts" : "list", v));
      if (hasEmail(s)) problems.push(where + ": " + field + " contains an e-mail address; keep contact details out");
      else if (hasPhone(s)) problems.push(where + ": " + field + " contains what looks like a telephone number; keep contact details out");
    }
    function dated(where, field, v) {
      if (!DATE_FIELDS[field] || typeof v !== "string" || !v.trim()) return;
      var precision = realDate(v);
      if (!precision) problems.push(where + ": " + field + ' is "' + v.slice(0, 40) + '"; write a real date as YYYY, YYYY-MM or YYYY-MM-DD');
      else if (field === "prepared" && precision !== "day") problems.push('prepared should be a full date, YYYY-MM-DD');
    }
    function empty(v) { return v === null || v === undefined || (typeof v === "string" && !v.trim()) || (Array.isArray(v) && !v.length) || (typeof v === "object" && !Array.isArray(v) && v !== null && !Object.keys(v).length); }
    spec.top.forEach(function (f) {
      var v = value[f.name];
      if (f.required && empty(v)) problems.push(f.name + " is empty");
      dated("the file", f.name, v);
      text("the file", f.name, v);
    });
    spec.sections.forEach(function (section) {
      var rows = value[section.name] || [];
      if (rows.length < section.min_rows) problems.push(section.name + " has " + rows.length + " row(s); it needs at least " + section.min_rows);
      rows.forEach(function (row, n) {
        var where = section.name + " row " + (n + 1);
        section.fields.forEach(function (f) {
          var v = row[f.name];
          if (f.required && empty(v)) problems.push(where + ": " + f.name + " is empty");
          if (f.type === "number" && typeof v === "string") problems.push(where + ": " + f.name + ' is "' + v.slice(0, 40) + '"; write a number, digits only');
          if (f.type === "parts" && v && Object.keys(v).some(function (k) { return typeof v[k] !== "number"; })) {
            problems.push(where + ": " + f.name + " should be name: number pairs separated by commas");
          }
          dated(where, f.name, v);
          text(where, f.name, v);
        });
        if ("claim_type" in row && !empty(row.claim_type) && !CLAIM_TYPES[claimType(row.claim_type)]) {
          problems.push(where + ': claim_type is "' + String(row.claim_type).slice(0, 40) + '"; use finding, allegation or self-claim');
        }
        var id = typeof row.id === "string" ? row.id.trim().toLowerCase() : "";
        if (id && ids[id]) problems.push(where + ": the id " + row.id.trim() + " is also used by " + ids[id]);
        else if (id) ids[id] = where;
        if (id && !("based_on" in row)) evidence[id] = true;
      });
    });
    spec.sections.forEach(function (section) {
      (value[section.name] || []).forEach(function (row, n) {
        if (!Array.isArray(row.based_on)) return;
        var unknown = row.based_on.filter(function (id) { return !evidence[String(id).trim().toLowerCase()]; });
        if (unknown.length) problems.push(section.name + " row " + (n + 1) + ": based_on names " + unknown.join(", ") + ", which is not the id of any evidence row");
      });
    });
    return problems;
  }

  function fullChecks() { return pageText("The full consistency checks run in course check and when your instructor grades the file."); }

  function check(form, value) {
    var problems = lightProblems(layoutOf(form), value);
    if (!problems.length) return {ok: true, verdict: pageText("No problems the page can see."), detail: fullChecks()};
    var shown = problems.slice(0, 6).join("; ") + (problems.length > 6 ? pageText("; and {more} more", {more: problems.length - 6}) : "") + ".";
    var verdict = problems.length > 1 ? pageText("{count} things to fix.", {count: problems.length}) : pageText("1 thing to fix.");
    return {ok: false, verdict: verdict, detail: shown + " " + fullChecks()};
  }

  var api = {read: read, fill: fill, check: check, lightProblems: lightProblems, toValue: toValue, toText: toText};
  if (typeof module !== "undefined" && module.exports) { module.exports = api; return; }
  window.courseStructured = api;
  Array.prototype.slice.call(document.querySelectorAll("form.course-quiz .course-structured")).forEach(function (box) {
    draw(box.closest("form"));
  });
})();
