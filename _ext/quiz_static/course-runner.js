/* Exercise pages: run a function item's code in the browser, on Pyodide, offline.
 *
 * course-quiz.js adds this script only when a learner first presses Run, so no page
 * pays for it before then. It then adds the Pyodide runtime the build packed into one
 * script (_static/course-pyodide/runtime.js, see course/pyodide_runtime.py),
 * the course's own grading modules (_static/course-grading-py.js) and the function
 * items' public forms, their example and practice cases (_static/course-runner-items.js).
 * All are <script> tags because browsers refuse fetch(), import() and new Worker() of
 * file:// URLs, and the book must work opened from disk (the offline zip).
 *
 * The code runs in a Web Worker made from a blob: URL, never on the page. The worker
 * starts Pyodide from memory (its fetch() answers the runtime's own file requests from
 * the packed files; nothing goes to the network) and calls course/grading/page_runner.py,
 * which judges the item's example and practice cases with the words of the Python
 * self-check. A run that takes longer than RUN_SECONDS (an endless loop) ends the
 * worker; the next Run starts a new one.
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

  var RUN_SECONDS = 10;       // one Run of one item's cases, once Python has started
  var START_SECONDS = 240;    // starting Python: slow phones take a while
  var VIRTUAL = "https://pyodide.invalid/";   // the runtime's file requests, answered from memory
  // Beside this script in _static/ (fixed names, written by _ext/course_runner.py).
  var FILES = ["course-pyodide/runtime.js", "course-grading-py.js", "course-runner-items.js"];

  // ---- the worker (its source is this function's text)
  function workerMain() {
    var files = null, ready = null;

    function bytes(b64) {
      var text = atob(b64), out = new Uint8Array(text.length);
      for (var i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
      return out;
    }

    function describe(error) {
      var text = error && typeof error.message === "string" ? error.message : "";
      if (!text) { try { text = JSON.stringify(error); } catch (e) { text = String(error); } }
      return String(text).slice(0, 300);
    }

    function blobUrl(text, type) { return URL.createObjectURL(new Blob([text], {type: type})); }

    function start(message) {
      var packed = message.files, served = {};
      served["pyodide-lock.json"] = {body: packed.text["pyodide-lock.json"], type: "application/json"};
      served["pyodide.asm.wasm"] = {body: bytes(packed.base64["pyodide.asm.wasm"]), type: "application/wasm"};
      served["python_stdlib.zip"] = {body: bytes(packed.base64["python_stdlib.zip"]), type: "application/zip"};
      var realFetch = self.fetch;
      // The runtime asks for its own files by URL: answer those from memory, refuse the rest.
      self.fetch = function (input, init) {
        var url = String(input && input.url ? input.url : input);
        if (url.indexOf(message.virtual) === 0) {
          var file = served[url.slice(message.virtual.length)];
          if (!file) return Promise.resolve(new Response("", {status: 404}));
          return Promise.resolve(new Response(file.body, {status: 200, headers: {"Content-Type": file.type}}));
        }
        if (url.indexOf("blob:") === 0) return realFetch(input, init);
        return Promise.reject(new TypeError("no network from the exercise runner: " + url.slice(0, 80)));
      };
      // Pyodide refuses classic workers (it tests importScripts on a data: URL) because it
      // would import() its files by URL; here every file is in memory, so that test fails.
      var realImportScripts = self.importScripts.bind(self);
      self.importScripts = function (url) {
        if (String(url).indexOf("blob:") !== 0) throw new Error("the exercise runner loads no other scripts");
        return realImportScripts(url);
      };
      // A classic worker (see startWorker): the runtime's scripts load with importScripts.
      self.importScripts(blobUrl(packed.text["pyodide.js"], "text/javascript"));
      self.importScripts(blobUrl(packed.text["pyodide.asm.js"], "text/javascript"));
      // createPyodideModule: loadPyodide's own option (read in 314.0.7, not in its documented
      // list) that skips import()ing pyodide.asm.mjs by URL, which a file:// page cannot do.
      // A new version is checked by course/pyodide_runtime.py and the browser tests.
      return self.loadPyodide({indexURL: message.virtual, createPyodideModule: self._createPyodideModule,
                               stdout: function () {}, stderr: function () {}
      }).then(function (pyodide) {
        var home = "/home/pyodide/course-runner/";
        Object.keys(message.grading).forEach(function (path) {
          pyodide.FS.mkdirTree(home + path.split("/").slice(0, -1).join("/"));
          pyodide.FS.writeFile(home + path, message.grading[path]);
        });
        pyodide.runPython("import sys; sys.path.insert(0, '/home/pyodide/course-runner')\n"
                          + "from course.grading.page_runner import run_json");
        return pyodide;
      });
    }

    self.onmessage = function (event) {
      var message = event.data;
      if (message.type === "start") {
        ready = Promise.resolve(message).then(start);
        ready.then(function () { self.postMessage({type: "ready"}); },
                   function (error) { self.postMessage({type: "failed", message: describe(error)}); });
      } else if (message.type === "run") {
        ready.then(function (pyodide) {
          var run = pyodide.globals.get("run_json");
          var out;
          try { out = run(message.request); } catch (error) { out = JSON.stringify({error: String(error.message || error).slice(-300)}); }
          run.destroy();
          self.postMessage({type: "result", id: message.id, result: out});
        });
      }
    };
  }

  // ---- the page side
  var state = {worker: null, started: null, files: null, nextId: 1, waiting: {}};

  function addScript(url) {
    return new Promise(function (resolve, reject) {
      var tag = document.createElement("script");
      tag.src = url;
      tag.onload = function () { resolve(); };
      tag.onerror = function () { tag.remove(); reject(new Error("missing")); };
      document.head.appendChild(tag);
    });
  }

  // The packed runtime, the grading modules and the function items' public forms: each a
  // script that sets a global (a <script> tag may load file://; fetch() may not).
  function loadFiles(config) {
    if (!state.files) {   // once, however many Run buttons are pressed while it loads
      state.files = Promise.all(config.urls.map(addScript));
      state.files.catch(function () { state.files = null; });
    }
    return state.files;
  }

  function stopWorker() {
    if (state.worker) state.worker.terminate();
    state.worker = null;
    state.started = null;
    Object.keys(state.waiting).forEach(function (id) { state.waiting[id].reject(new Error("stopped")); });
    state.waiting = {};
  }

  function startWorker() {
    if (state.started) return state.started;
    var source = "(" + workerMain.toString() + ")();";
    // A classic worker made from a blob: URL: browsers refuse file:// worker scripts, and a
    // module worker from a blob: URL made on a file:// page (an opaque origin).
    var worker = new Worker(URL.createObjectURL(new Blob([source], {type: "text/javascript"})));
    state.worker = worker;
    state.started = new Promise(function (resolve, reject) {
      var timer = setTimeout(function () { stopWorker(); reject(new Error("slow")); }, START_SECONDS * 1000);
      worker.onmessage = function (event) {
        var message = event.data;
        if (message.type === "ready") { clearTimeout(timer); resolve(); }
        else if (message.type === "failed") { clearTimeout(timer); stopWorker(); reject(new Error(message.message)); }
        else if (message.type === "result" && state.waiting[message.id]) {
          var done = state.waiting[message.id], result = JSON.parse(message.result);
          delete state.waiting[message.id];
          if (result.error) stopWorker();   // Python itself failed: the next Run starts a fresh one
          done.resolve(result);
        }
      };
      worker.onerror = function (event) { clearTimeout(timer); stopWorker(); reject(new Error(event.message || "worker error")); };
    });
    worker.postMessage({type: "start", files: window.coursePyodideFiles, grading: window.courseGradingFiles, virtual: VIRTUAL});
    return state.started;
  }

  function runOnce(request) {
    return new Promise(function (resolve, reject) {
      var id = state.nextId++;
      var timer = setTimeout(function () {
        delete state.waiting[id];
        stopWorker();   // the only way to end an endless loop in a worker
        reject(new Error("timeout"));
      }, RUN_SECONDS * 1000);
      state.waiting[id] = {resolve: function (r) { clearTimeout(timer); resolve(r); },
                           reject: function (e) { clearTimeout(timer); reject(e); }};
      var item = (window.courseRunnerItems[request.slug] || {})[request.item_id];
      if (!item) { clearTimeout(timer); delete state.waiting[id]; reject(new Error("this item is not in the runner's list")); return; }
      // A translated page's feedback templates (course_runner.py writes them; none in English).
      state.worker.postMessage({type: "run", id: id, request: JSON.stringify({item: item, slug: request.slug, code: request.code,
                                                                             other_code: request.other_code,
                                                                             feedback: window.courseRunnerFeedback || null})});
    });
  }

  function run(config, request, say) {
    say(pageText("Starting Python in this browser (the first run takes a while)..."));
    return loadFiles(config).then(function () {
      return startWorker();
    }, function () {
      throw new Error("unavailable");
    }).then(function () {
      say(pageText("Running your code..."));
      return runOnce(request);
    }).catch(function (error) {
      var why = error && error.message;
      if (why === "unavailable") return {error: "unavailable"};
      if (why === "timeout") return {error: pageText("Your code ran for more than {seconds} seconds and was stopped (an endless loop?). Change it and press Run again.", {seconds: RUN_SECONDS})};
      if (why === "slow") return {error: pageText("Python did not start in {seconds} seconds on this device.", {seconds: START_SECONDS})};
      return {error: pageText("Python could not start in this browser ({reason}).", {reason: String(why).slice(0, 120)})};
    });
  }

  function showCases(form, cases) {
    var list = form.querySelector(".course-runner-cases");
    list.textContent = "";
    cases.forEach(function (c) {
      var row = document.createElement("li");
      row.dataset.state = c.passed ? "right" : "wrong";
      row.textContent = (c.passed ? "\u2713 " : "\u2717 ") + c.label + ": " + (c.passed ? pageText("right") : c.message);
      list.appendChild(row);
    });
  }

  /* Run one function item's cases and show the verdict in its form. request: {item (id, name),
   * slug, code, other_code, scriptUrl (course-quiz.js's URL), say(form, text, state, hint,
   * detail)}. Resolves to true when every case is right. */
  function check(form, request) {
    var say = request.say, button = form.querySelector("button[type=submit]");
    var unavailable = function () {   // this copy was built without the runtime (no npm, no registry)
      say(form, pageText("Running code is not available in this copy of the book."), "empty", "",
          pageText("Your code is still saved here and goes into your exported answers, and your instructor's grading " +
                   "runs it. To try it now, use the Python file {file} and course check; or take the route without " +
                   "code: the other items on this page need no programming.", {file: "exercises/" + request.slug + ".py"}));
      return false;
    };
    showCases(form, []);
    if (request.code === null) { say(form, pageText("Write your function first."), "empty"); return Promise.resolve(false); }
    var config = {urls: FILES.map(function (name) { return new URL(name, request.scriptUrl).href; })};
    button.disabled = true;
    return run(config, {slug: request.slug, code: request.code, other_code: request.other_code, item_id: request.item.id},
               function (text) { say(form, text, "busy"); }).then(function (result) {
      button.disabled = false;
      if (result.error === "unavailable") return unavailable();
      if (result.error) { say(form, result.error, "wrong"); return false; }
      var right = result.total > 0 && result.passed === result.total;
      say(form, pageText("{passed} of {total} cases right.", {passed: result.passed, total: result.total}),
          right ? "right" : "wrong", "", pageText("Your instructor also runs further cases of their own."));
      showCases(form, result.cases);
      return right;
    });
  }

  window.courseRunner = {check: check, stop: stopWorker};
})();
