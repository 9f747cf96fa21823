/* Exercise pages: answer the discrete items in the browser, offline.
 *
 * Each item's form carries its public form from the learner release (salted SHA-256
 * of the canonical answer, course/grading/spec.py). "Check" canonicalises the answer
 * exactly as the Python grader does, hashes it and compares: so the page and
 * `course check` agree. SHA-256 is computed here in plain JS because crypto.subtle is
 * missing on file:// pages in some browsers. Answers are kept in localStorage and can
 * be exported as chNN_slug.answers.json, which `course grade` accepts.
 * No network, no framework. Also loadable in node (module.exports) for the tests.
 */
(function () {
  "use strict";

  // ---- the page's words
  // In the build's language: _ext/course_quiz.py sends the translated ones in the bar's
  // data ("labels", English -> translation); a word with none stays in English. {name}
  // marks a value filled in from `values`. course-runner.js and course-structured.js hold
  // the same small function (each script can run before this one has read the data).
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

  // ---- SHA-256 (FIPS 180-4) over UTF-8 bytes
  var K = [0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2];

  function utf8(text) {
    var out = [];
    for (var i = 0; i < text.length; i++) {
      var c = text.codePointAt(i);
      if (c > 0xffff) i++;
      if (c < 0x80) out.push(c);
      else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
      else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
      else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    }
    return out;
  }

  function sha256(text) {
    var bytes = utf8(text), bits = bytes.length * 8;
    bytes.push(0x80);
    while (bytes.length % 64 !== 56) bytes.push(0);
    for (var s = 7; s >= 0; s--) bytes.push(s >= 4 ? 0 : (bits >>> (s * 8)) & 255);
    var h = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
    var w = new Array(64);
    function rotr(x, n) { return (x >>> n) | (x << (32 - n)); }
    for (var off = 0; off < bytes.length; off += 64) {
      for (var t = 0; t < 16; t++) {
        w[t] = (bytes[off + 4 * t] << 24) | (bytes[off + 4 * t + 1] << 16) | (bytes[off + 4 * t + 2] << 8) | bytes[off + 4 * t + 3];
      }
      for (t = 16; t < 64; t++) {
        var s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >>> 3);
        var s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >>> 10);
        w[t] = (w[t - 16] + s0 + w[t - 7] + s1) | 0;
      }
      var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
      for (t = 0; t < 64; t++) {
        var t1 = (k + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[t] + w[t]) | 0;
        var t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
        k = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
      }
      h[0] = (h[0] + a) | 0; h[1] = (h[1] + b) | 0; h[2] = (h[2] + c) | 0; h[3] = (h[3] + d) | 0;
      h[4] = (h[4] + e) | 0; h[5] = (h[5] + f) | 0; h[6] = (h[6] + g) | 0; h[7] = (h[7] + k) | 0;
    }
    return h.map(function (x) { return ("00000000" + (x >>> 0).toString(16)).slice(-8); }).join("");
  }

  // ---- canonical JSON, byte for byte as Python's
  // json.dumps(value, sort_keys=True, ensure_ascii=True, separators=(",", ":"))
  function jsonString(text) {
    var out = '"';
    for (var i = 0; i < text.length; i++) {
      var ch = text.charAt(i), code = text.charCodeAt(i);  // UTF-16 units: Python escapes astral chars as pairs too
      if (ch === '"') out += '\\"';
      else if (ch === "\\") out += "\\\\";
      else if (ch === "\n") out += "\\n";
      else if (ch === "\r") out += "\\r";
      else if (ch === "\t") out += "\\t";
      else if (ch === "\b") out += "\\b";
      else if (ch === "\f") out += "\\f";
      else if (code < 0x20 || code > 0x7e) out += "\\u" + ("0000" + code.toString(16)).slice(-4);
      else out += ch;
    }
    return out + '"';
  }

  function pyCodepointCompare(a, b) {  // Python sorts str keys by code point, JS by UTF-16 unit
    var x = Array.from(a), y = Array.from(b);
    for (var i = 0; i < Math.min(x.length, y.length); i++) {
      var d = x[i].codePointAt(0) - y[i].codePointAt(0);
      if (d) return d;
    }
    return x.length - y.length;
  }

  function canonicalJson(value) {
    if (value === null) return "null";
    if (value === true) return "true";
    if (value === false) return "false";
    if (typeof value === "string") return jsonString(value);
    if (typeof value === "number") {
      // Only whole numbers and strings are ever hashed (a number item's canonical form is a
      // string), so there is no float-repr question here: refuse rather than differ silently.
      if (!Number.isInteger(value)) throw new Error("canonicalJson: only whole numbers");
      return String(value);
    }
    if (Array.isArray(value)) return "[" + value.map(canonicalJson).join(",") + "]";
    var keys = Object.keys(value).sort(pyCodepointCompare);
    return "{" + keys.map(function (k) { return jsonString(k) + ":" + canonicalJson(value[k]); }).join(",") + "}";
  }

  function saltedHash(salt, id, canonical) {
    return sha256(salt + "|" + id + "|" + canonicalJson(canonical));
  }

  // Python's round(x, places) then "%.{places}f": round half to even on the exact binary
  // value. toFixed rounds exactly too but breaks ties upwards, so find exact ties first
  // (x * 10^places in floating point would invent ties: 2.675 * 100 == 267.5).
  function roundedText(x, places) {
    var exact = Math.abs(x).toFixed(Math.min(100, places + 30));  // exact for any tie (see tests)
    var point = exact.indexOf("."), kept = exact.slice(0, point + (places ? places + 1 : 0));
    if (/^50*$/.test(exact.slice(point + 1 + places)) && Number(kept.slice(-1)) % 2 === 0) {
      return (x < 0 || Object.is(x, -0) ? "-" : "") + kept;
    }
    return x.toFixed(places);
  }

  // ---- one widget per item kind answered on the page: how its form (the kind's
  // form_html in spec.py) is read and filled, and its answer's canonical form (as the
  // kind's canon()). A new kind adds its class in spec.py and its entry here; nothing
  // else in this file names a kind. Optional members: `judge` (when one hash of the
  // whole answer is not how the kind scores), `selfCheck` (a kind checked here without
  // any hash), `unreadable` (what to say when something is typed but is no answer) and
  // `runsCode` (the answer is code that Check runs).
  var low = function (v) { return String(v).trim().toLowerCase(); };
  function all(form, selector) { return Array.prototype.slice.call(form.querySelectorAll(selector)); }

  var WIDGETS = {
    choice: {
      canon: function (item, value) { return low(value); },
      read: function (form) {
        var picked = all(form, "input[type=radio]:checked");
        return picked.length ? picked[0].value : null;
      },
      fill: function (form, value) { all(form, "input[type=radio]").forEach(function (i) { i.checked = i.value === value; }); }
    },
    multi: {
      canon: function (item, value) { return Array.from(new Set(value.map(low))).sort(pyCodepointCompare); },
      read: function (form) {
        var ticked = all(form, "input[type=checkbox]:checked").map(function (i) { return i.value; });
        return ticked.length ? ticked : null;
      },
      fill: function (form, value) {
        if (Array.isArray(value)) all(form, "input[type=checkbox]").forEach(function (i) { i.checked = value.indexOf(i.value) >= 0; });
      },
      // All or nothing, or with partial credit (item.letters) a share per letter of the key,
      // none when more letters are picked than the key holds (MultiChoice in spec.py).
      judge: function (item, value, salt) {
        var picked = WIDGETS.multi.canon(item, value);
        if (!item.letters) return {right: saltedHash(salt, item.id, picked) === item.hash};
        var fits = picked.length <= item.letters.length;
        var right = item.letters.filter(function (h) {
          return fits && picked.some(function (l) { return saltedHash(salt, item.id + ":letter", l) === h; });
        }).length;
        return {right: right === item.letters.length, share: pageText("{right} of {total} letters right", {right: right, total: item.letters.length})};
      }
    },
    ordering: {
      canon: function (item, value) { return value.map(low); },
      read: function (form) {
        var order = all(form, "select").map(function (s) { return s.value; });
        return order.every(function (v) { return v; }) ? order : null;
      },
      fill: function (form, value) { if (Array.isArray(value)) all(form, "select").forEach(function (s, n) { s.value = value[n] || ""; }); }
    },
    matching: {
      read: function (form) {
        var pairs = {}, any = false;
        all(form, "select").forEach(function (s) { if (s.value) { pairs[s.dataset.key] = s.value; any = true; } });
        return any ? pairs : null;
      },
      fill: function (form, value) { if (typeof value === "object") all(form, "select").forEach(function (s) { s.value = value[s.dataset.key] || ""; }); },
      // Points are per pair, as the Python grader gives them.
      judge: function (item, value, salt) {
        var keys = Object.keys(item.pairs), right = 0, counts = {};
        keys.forEach(function (k) { if (value[k]) counts[value[k]] = (counts[value[k]] || 0) + 1; });
        keys.forEach(function (k) {
          var v = value[k];
          if (v && counts[v] <= item.most_per_letter && saltedHash(salt, item.id + ":" + k, v) === item.pairs[k]) right++;
        });
        return {right: right === keys.length, share: pageText("{right} of {total} pairs right", {right: right, total: keys.length})};
      }
    },
    number: {
      canon: function (item, value) { return roundedText(Number(value), item.places || 0); },
      read: function (form) {
        var text = form.querySelector("input").value.trim();
        return text === "" || !Number.isFinite(Number(text)) ? null : Number(text);
      },
      fill: function (form, value) { if (typeof value === "number") form.querySelector("input").value = String(value); },
      unreadable: function (form) {
        return form.querySelector("input").value.trim() !== "" ?
          pageText("Write one number, with a dot for decimals (3.5) and no comma for thousands (8149).") : null;
      }
    },
    written: {
      read: function (form) { var area = form.querySelector("textarea"); return area.value.trim() ? area.value : null; },
      fill: function (form, value) { if (typeof value === "string") form.querySelector("textarea").value = value; },
      selfCheck: function (item, value) {
        var checks = structure(item.rules, value), passed = checks.filter(function (c) { return c[0]; }).length;
        var misses = checks.filter(function (c) { return !c[0]; }).map(function (c) { return c[1]; });
        return {right: passed === checks.length, text: pageText("{passed} of {total} structure checks pass.", {passed: passed, total: checks.length}),
                hint: misses.length ? item.hint : "",
                detail: misses.concat([pageText("Your instructor grades the content with the rubric.")]).join(" ")};
      }
    },
    // Function items: the code, unless it is still the starter the page put there. Check
    // runs it (course-runner.js, loaded on the first Run) instead of judging it here.
    "function": {
      runsCode: true,
      read: function (form) {
        var code = form.querySelector("textarea");
        return code.value.trim() && code.value.trim() !== code.defaultValue.trim() ? code.value : null;
      },
      fill: function (form, value) { if (typeof value === "string") form.querySelector("textarea").value = value; }
    },
    // course-structured.js (loaded before this script on pages with a structured form) draws
    // and reads its tables and runs the light checks; the full ones need Python.
    structured: {
      read: function (form) { return window.courseStructured ? window.courseStructured.read(form) : null; },
      fill: function (form, value) { if (window.courseStructured) window.courseStructured.fill(form, value); },
      selfCheck: function (item, value, form) {
        var found = window.courseStructured.check(form, value);
        return {right: found.ok, text: found.verdict, hint: found.ok ? "" : item.hint, detail: found.detail};
      }
    }
  };

  // ---- the canonical form of an answer, as each kind's canon() in spec.py
  function canon(item, value) {
    var widget = WIDGETS[item.kind];
    if (!widget || !widget.canon) throw new Error("no canonical form for " + item.kind);
    return widget.canon(item, value);
  }

  // ---- written answers: the structure rules of spec.py (RULES), same counts and messages
  var PY_LINE_BREAKS = /\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]/;
  var MAX_WRITTEN_CHARS = 20000;

  function words(text) { return (text.match(/[A-Za-z0-9][A-Za-z0-9'\u2019-]*/g) || []).length; }

  function headingKey(line) {
    var text = line.trim();
    for (var n = 0; n < 3; n++) {
      text = text.replace(/^(?:#+|\d+[.)]|[-*+](?=\s))?\s*/, "").trim();
      var emphasis = /^(\*\*|__|\*|_)(.*)\1$/.exec(text);
      if (emphasis) text = emphasis[2].trim();
      text = text.replace(/:+$/, "").trim();
    }
    return text.toLowerCase().split(/\s+/).filter(Boolean).join(" ");
  }

  var RULES = {
    words_between: function (text, p) {
      var n = words(text);
      return [p.low <= n && n <= p.high, pageText("has {n} words; write between {low} and {high}", {n: n, low: p.low, high: p.high})];
    },
    has_headings: function (text, p) {
      var found = {};
      text.split(PY_LINE_BREAKS).forEach(function (line) { if (Array.from(line).length <= 200) found[headingKey(line)] = true; });
      var missing = p.headings.filter(function (h) { return !found[headingKey(h)]; });
      return [missing.length === 0, pageText("add these headings, each on its own line: {headings}", {headings: missing.join(", ")})];
    },
    cites_sources: function (text, p) {
      var found = {}, re = /\[(?:source|src):\s{0,20}([^\]]{1,300})\]/gi, m;
      while ((m = re.exec(text)) !== null) found[m[1].split(/\s+/).filter(Boolean).join(" ")] = true;
      var n = Object.keys(found).length;
      return [n >= p.minimum, pageText("cites {n} distinct sources as [source: ...]; cite at least {minimum}", {n: n, minimum: p.minimum})];
    },
    mentions_dates: function (text, p) {
      var years = {}, re = /\b(19[5-9]\d|20[0-4]\d)\b/g, m;
      while ((m = re.exec(text)) !== null) years[m[1]] = true;
      var n = Object.keys(years).length;
      return [n >= p.minimum, pageText("mentions {n} distinct years; date your claims (at least {minimum})", {n: n, minimum: p.minimum})];
    }
  };

  // [passed, message] per rule, as Written._rule_judge says it (without the hint).
  function structure(rules, text) {
    return rules.map(function (rule) {
      if (typeof text !== "string" || !text.trim()) return [false, pageText("your answer should be text")];
      if (text.length > MAX_WRITTEN_CHARS) return [false, pageText("Your answer is too long; the checks read at most 20,000 characters. Shorten it.")];
      var got = RULES[rule[0]](text, rule[1]);
      return [got[0], got[0] ? "" : pageText("Your answer {problem}.", {problem: got[1]})];
    });
  }

  var api = {judge: judge, structure: structure, sha256: sha256, canonicalJson: canonicalJson, saltedHash: saltedHash, canon: canon, roundedText: roundedText};
  if (typeof module !== "undefined" && module.exports) { module.exports = api; return; }
  window.courseQuiz = api;
  // The runner's files sit beside this script in _static/ (found from its URL: works from file:// too).
  var SCRIPT_URL = (document.currentScript && document.currentScript.src) || document.baseURI;

  // ---- the page
  function store(slug) { return "course-answers:" + slug; }

  function load(slug) {
    try { return JSON.parse(localStorage.getItem(store(slug)) || "{}") || {}; } catch (e) { return {}; }
  }

  function save(slug, answers) {
    try { localStorage.setItem(store(slug), JSON.stringify(answers)); } catch (e) { /* private mode: keep going */ }
  }

  function readForm(form, item) { return WIDGETS[item.kind].read(form); }

  function fillForm(form, item, value) {
    if (value === null || value === undefined) return;
    WIDGETS[item.kind].fill(form, value);
  }

  // Right or wrong, as the Python grader decides: one salted hash of the canonical
  // answer, unless the kind's widget judges otherwise.
  function judge(item, value, salt) {
    var widget = WIDGETS[item.kind];
    if (widget.judge) return widget.judge(item, value, salt);
    return {right: saltedHash(salt, item.id, canon(item, value)) === item.hash};
  }

  function setFeedback(form, text, state, hint, detail) {
    var out = form.querySelector(".course-quiz-feedback"), verdict = document.createElement("strong");
    verdict.textContent = text;
    out.textContent = "";
    out.appendChild(verdict);
    if (detail) out.appendChild(document.createTextNode(" " + detail));
    if (hint) out.appendChild(document.createTextNode(" " + pageText("Hint: {hint}", {hint: hint})));
    out.dataset.state = state;
  }

  // The reason a scenario item gives for the picked option. The page carries every reason
  // sealed with its own letter's key (course/grading/spec.py, seal_reason): XOR with a SHA-256
  // keystream of (salt, item, letter), so the "Right: ..." reason is not readable in the page.
  // A translated page's reasons have their own keystream: the language joins the key.
  function openReason(salt, id, letter, sealed, language) {
    if (!sealed || !/^(?:[0-9a-f]{2})*$/.test(sealed)) return "";
    var bytes = [], stream = "", n = 0, key = "why:" + letter + (language ? ":" + language : "");
    while (stream.length < sealed.length) stream += sha256(salt + "|" + id + "|" + key + "|" + (n++));
    for (var i = 0; i < sealed.length; i += 2) {
      bytes.push(parseInt(sealed.substr(i, 2), 16) ^ parseInt(stream.substr(i, 2), 16));
    }
    try {
      return new TextDecoder("utf-8").decode(new Uint8Array(bytes));
    } catch (e) {
      return "";
    }
  }

  function reasonFor(item, value, salt) {
    if (!item.why_sealed || typeof value !== "string" || salt == null) return "";
    var letter;
    try { letter = canon(item, value); } catch (e) { return ""; }
    if (typeof letter !== "string" || !Object.prototype.hasOwnProperty.call(item.why_sealed, letter)) return "";
    return openReason(salt, item.id, letter, item.why_sealed[letter],
                      typeof item.why_language === "string" ? item.why_language : "");
  }


  // Function items: course-runner.js (with Pyodide behind it) loads on the first Run only.
  function loadRunner() {
    if (window.courseRunner) return Promise.resolve(window.courseRunner);
    return new Promise(function (resolve, reject) {
      var tag = document.createElement("script");
      tag.src = new URL("course-runner.js", SCRIPT_URL).href;
      tag.onload = function () { resolve(window.courseRunner); };
      tag.onerror = function () { tag.remove(); reject(new Error("unavailable")); };
      document.head.appendChild(tag);
    });
  }

  function start(root) {
    var data = JSON.parse(root.querySelector("script.course-quiz-data").textContent);
    var slug = data.slug, salt = data.salt, items = {};
    data.items.forEach(function (it) { items[it.id] = it; });
    var answers = load(slug);
    var forms = Array.prototype.slice.call(document.querySelectorAll("form.course-quiz[data-chapter='" + slug + "']"));
    var progress = root.querySelector(".course-quiz-progress");
    var status = root.querySelector(".course-quiz-status");
    var results = {};

    function showProgress() {
      var answered = forms.filter(function (f) { return answers[items[f.dataset.item].name] != null; }).length;
      var right = Object.keys(results).filter(function (k) { return results[k]; }).length;
      progress.textContent = pageText("{answered} of {total} answered here; {right} checked right.",
                                      {answered: answered, total: forms.length, right: right});
    }

    function runFunction(form, item, code) {
      var others = forms.filter(function (f) { return f !== form && WIDGETS[items[f.dataset.item].kind].runsCode; })
        .map(function (f) { return readForm(f, items[f.dataset.item]); }).filter(function (c) { return c !== null; });
      results[item.id] = false;
      setFeedback(form, pageText("Running your code..."), "busy");
      loadRunner().then(function (runner) {
        return runner.check(form, {item: item, slug: slug, code: code, other_code: others, scriptUrl: SCRIPT_URL,
                                   say: setFeedback});
      }).catch(function () {   // course-runner.js itself is missing: a damaged copy of the book
        setFeedback(form, pageText("Running code is not available in this copy of the book."), "empty");
        return false;
      }).then(function (right) { results[item.id] = right; showProgress(); });
    }

    function check(form) {
      var item = items[form.dataset.item], widget = WIDGETS[item.kind], value = readForm(form, item);
      answers[item.name] = value;
      save(slug, answers);
      if (widget.runsCode) { runFunction(form, item, value); return; }
      var unreadable = value === null && widget.unreadable ? widget.unreadable(form) : null;
      if (unreadable) {
        setFeedback(form, unreadable, "wrong");
        results[item.id] = false; showProgress(); return;
      }
      if (value === null) { setFeedback(form, pageText("Not answered yet."), "empty"); results[item.id] = false; showProgress(); return; }
      if (widget.selfCheck) {
        var own = widget.selfCheck(item, value, form);
        results[item.id] = own.right;
        setFeedback(form, own.text, own.right ? "right" : "wrong", own.hint, own.detail);
        showProgress();
        return;
      }
      if (!item.hash && !item.pairs) { setFeedback(form, pageText("Saved. This copy has no answer checks: your instructor grades it."), "saved"); showProgress(); return; }
      var verdict = judge(item, value, salt), reason = reasonFor(item, value, salt);
      results[item.id] = verdict.right;
      // A scenario item's reason for the picked option comes first, then (on a miss) the hint.
      if (verdict.right) setFeedback(form, pageText("Right."), "right", "", reason);
      else setFeedback(form, verdict.share ? pageText("Not right yet ({share}).", {share: verdict.share}) : pageText("Not right yet."),
                       "wrong", item.hint, reason);
      showProgress();
    }

    forms.forEach(function (form) {
      var item = items[form.dataset.item];
      fillForm(form, item, answers[item.name]);
      form.addEventListener("submit", function (event) { event.preventDefault(); check(form); });
    });

    root.querySelector(".course-quiz-export").addEventListener("click", function () {
      forms.forEach(function (form) { var it = items[form.dataset.item]; answers[it.name] = readForm(form, it); });
      save(slug, answers);
      var kept = {};
      Object.keys(answers).sort().forEach(function (k) { if (answers[k] !== null && answers[k] !== undefined) kept[k] = answers[k]; });
      var text = JSON.stringify({format: "course-answers/1", chapter: slug, answers: kept}, null, 1) + "\n";
      var link = document.createElement("a");
      link.href = URL.createObjectURL(new Blob([text], {type: "application/json"}));
      link.download = slug + ".answers.json";
      document.body.appendChild(link);
      link.click();
      setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
      status.textContent = pageText("Saved {file} to your downloads. Hand it in, or run: course check {file}",
                                    {file: slug + ".answers.json"});
    });

    var picker = root.querySelector(".course-quiz-import-file");
    root.querySelector(".course-quiz-import").addEventListener("click", function () { picker.click(); });
    picker.addEventListener("change", function () {
      var file = picker.files[0];
      if (!file) return;
      if (file.size > 262144) { status.textContent = pageText("That file is too large to be an answers file."); return; }
      var reader = new FileReader();
      reader.onload = function () {
        var doc;
        try { doc = JSON.parse(reader.result); } catch (e) { status.textContent = pageText("That file is not an answers file (not JSON)."); return; }
        if (!doc || doc.format !== "course-answers/1" || typeof doc.answers !== "object" || doc.answers === null) {
          status.textContent = pageText("That file is not an answers file."); return;
        }
        if (doc.chapter !== slug) { status.textContent = pageText("That file holds answers for {chapter}, not this chapter.", {chapter: String(doc.chapter).slice(0, 60)}); return; }
        var names = {};
        forms.forEach(function (f) { names[items[f.dataset.item].name] = f; });
        Object.keys(doc.answers).forEach(function (name) {
          var form = names[name];
          if (!form) return;
          answers[name] = doc.answers[name];
          fillForm(form, items[form.dataset.item], doc.answers[name]);
        });
        save(slug, answers);
        showProgress();
        status.textContent = pageText("Loaded your answers from {file}. Press Check on each item to see feedback.", {file: file.name});
        picker.value = "";
      };
      reader.readAsText(file);
    });
    showProgress();
  }

  function ready() {
    Array.prototype.slice.call(document.querySelectorAll(".course-quiz-bar")).forEach(start);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", ready);
  else ready();
})();
