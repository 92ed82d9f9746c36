// Offline search over search-index.js (a classic script: works from file://), results grouped by page.
// Tokenizing mirrors SearchIndex+Tokenizer.swift and SearchTokenizer+Synonyms.swift.
(function () {
  "use strict";
  var root = document.body.getAttribute("data-root") || "";
  // The edition's own folder, where its search index is; the site root when the page does not say.
  var home = document.body.getAttribute("data-home");
  if (home === null) home = root;

  // A message in the page's language from the form's data-text-NAME attribute, {placeholders} filled in.
  function text(form, name, values) {
    var message = form.getAttribute("data-text-" + name) || "";
    return message.replace(/\{(\w+)\}/g, function (all, key) { return key in values ? values[key] : all; });
  }
  var STOP = " a an and are as at be by for from if in into is it its of on or that the this to was with ";
  var SYNONYMS = { licenc: "licens", authoris: "authoriz", authorisation: "authorization", organis: "organiz",
    organisation: "organization", centr: "center", programm: "program", catalogu: "catalog", telephon: "phon", beian: "备案" };
  var index = null, sortedTerms = null, waiting = [], loading = false;

  function isHan(cp) {
    return (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff) ||
      (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0x20000 && cp <= 0x2ffff);
  }
  var WORD = /[\p{L}\p{N}]/u, DIGIT = /\p{N}/u;

  function stem(w) {
    if (!/^[a-z]+$/.test(w)) return w;
    if (w.length > 4 && /ies$/.test(w)) w = w.slice(0, -3) + "y";
    else if (w.length > 3 && /s$/.test(w) && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
    if (w.length > 5 && /ing$/.test(w)) w = w.slice(0, -3);
    else if (w.length > 4 && /ed$/.test(w)) w = w.slice(0, -2);
    if (w.length > 3 && /e$/.test(w)) w = w.slice(0, -1);
    return w;
  }

  // The query as groups: {term, word (unstemmed, for prefix matching)}. A query written like a suffix or
  // code (".io", "ICP备") matches whole terms only.
  function parse(query) {
    var text = query.normalize("NFKC").toLowerCase(), groups = [], runs = [];
    var word = "", run = "";
    function flushWord() {
      if (word && STOP.indexOf(" " + word + " ") < 0 && (word.length > 1 || DIGIT.test(word))) {
        var term = stem(word);
        groups.push({ term: SYNONYMS[term] || term, word: word });
      }
      word = "";
    }
    function flushRun() {
      var chars = Array.from(run);
      if (chars.length === 1) groups.push({ term: run, han: true });
      for (var i = 1; i < chars.length; i++) groups.push({ term: chars[i - 1] + chars[i] });
      if (run) runs.push(run);
      run = "";
    }
    Array.from(text).forEach(function (ch) {
      var cp = ch.codePointAt(0);
      if (isHan(cp)) { flushWord(); run += ch; }
      else if (WORD.test(ch)) { flushRun(); word += ch; }
      else { flushWord(); flushRun(); }
    });
    flushWord(); flushRun();
    var last = groups[groups.length - 1], code = /[^\s\p{L}\p{N}]|[a-z]\p{Script=Han}|\p{Script=Han}[a-z]/iu.test(query.trim());
    if (last && last.word && !code && !/\s$/.test(query)) last.prefix = true;
    return { groups: groups, runs: runs, code: code, phrase: query.trim() };
  }

  function postings(term) {
    var list = index.terms[term], map = {}, doc = 0;
    if (!list) return map;
    for (var i = 0; i < list.length; i += 2) { doc += list[i]; map[doc] = list[i + 1]; }
    return map;
  }

  function termsWithPrefix(prefix) {
    var lo = 0, hi = sortedTerms.length, out = [];
    while (lo < hi) { var mid = (lo + hi) >> 1; if (sortedTerms[mid] < prefix) lo = mid + 1; else hi = mid; }
    for (var i = lo; i < sortedTerms.length && out.length < 60 && sortedTerms[i].indexOf(prefix) === 0; i++) out.push(sortedTerms[i]);
    return out;
  }

  // The pairs of characters that hold a character: the index keeps a character alone only where it stands
  // alone in the text, so a one-character query reads the pairs it is part of.
  function pairsWith(ch) {
    return sortedTerms.filter(function (term) { return term !== ch && term.indexOf(ch) >= 0 && Array.from(term).length === 2 && isHan(term.codePointAt(0)); });
  }

  function groupScores(group) {
    var scores = postings(group.term);
    if (group.han) {
      pairsWith(group.term).forEach(function (term) {
        var more = postings(term);
        for (var doc in more) scores[doc] = Math.max(scores[doc] || 0, more[doc]);
      });
    }
    if (group.prefix) {
      [group.word, group.term].forEach(function (prefix) {
        termsWithPrefix(prefix).forEach(function (term) {
          if (term === group.term) return;
          var more = postings(term);
          for (var doc in more) scores[doc] = Math.max(scores[doc] || 0, more[doc] / 2);
        });
      });
    }
    return scores;
  }

  /** Pages that match a query, best first: [{page, score, hits: [{doc, score}], best section first}]. */
  function search(query) {
    var parsed = parse(query);
    if (!index || !parsed.groups.length) return { groups: [], parsed: parsed };
    var per = parsed.groups.map(groupScores), total = {}, count = {};
    per.forEach(function (scores) {
      for (var doc in scores) { total[doc] = (total[doc] || 0) + scores[doc]; count[doc] = (count[doc] || 0) + 1; }
    });
    // Sections matching more of the query come first; a Chinese query's bigrams need not all match.
    var docs = Object.keys(total), best = 0;
    docs.forEach(function (d) { best = Math.max(best, count[d]); });
    var floor = Math.max(1, Math.ceil(best * 0.6));
    var phrase = query.trim().toLowerCase(), byPage = {}, groups = [];
    docs.forEach(function (d) {
      if (count[d] < floor) return;
      var entry = index.docs[d], page = index.pages[entry[0]], score = total[d] + count[d] * 100;
      if (phrase && page[1].toLowerCase().indexOf(phrase) >= 0) score += 60;
      if (phrase && entry[2].toLowerCase().indexOf(phrase) >= 0) score += 30;
      if (parsed.code && entry[3].toLowerCase().indexOf(phrase) >= 0) score += 40;
      if (page[3]) score *= 0.6; // reference pages after the pages written for readers
      var group = byPage[entry[0]];
      if (!group) groups.push(group = byPage[entry[0]] = { page: entry[0], score: 0, hits: [] });
      group.hits.push({ doc: +d, score: score });
    });
    groups.forEach(function (g) {
      g.hits.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
      g.score = g.hits[0].score + (g.hits[1] ? g.hits[1].score / 10 : 0);
    });
    groups.sort(function (a, b) { return b.score - a.score || a.page - b.page; });
    return { groups: groups, parsed: parsed };
  }

  function escapeRegExp(s) { return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); }

  function highlighter(parsed) {
    var needles = [];
    parsed.runs.forEach(function (run) {
      needles.push(escapeRegExp(run));
      var chars = Array.from(run);
      for (var i = 1; i < chars.length; i++) needles.push(escapeRegExp(chars[i - 1] + chars[i]));
    });
    var tail = parsed.code ? "(?![\\p{L}\\p{N}])" : "[\\p{L}\\p{N}]*";
    // Words match as typed, stemmed, folded and in every spelling that folds alike (license marks licence).
    parsed.groups.forEach(function (g) {
      if (!g.word) return;
      var forms = [g.word, stem(g.word), g.term];
      for (var k in SYNONYMS) if (SYNONYMS[k] === g.term) forms.push(k);
      forms.forEach(function (x) { needles.push(/[a-z]/.test(x) ? "(?<![\\p{L}\\p{N}])" + escapeRegExp(x) + tail : x); });
    });
    if (parsed.code) needles.push(escapeRegExp(parsed.phrase));
    if (!needles.length) return null;
    needles.sort(function (a, b) { return b.length - a.length; });
    return new RegExp("(" + needles.join("|") + ")", "giu");
  }

  // Appends text with its runs of Chinese marked lang="zh-CN", as on the pages.
  function addText(el, text) {
    text.split(/([\u3000-\u303f\uff01-\uff65]*\p{sc=Han}[\p{sc=Han}\u3000-\u303f\uff01-\uff65]*)/u).forEach(function (part, i) {
      if (i % 2) span(el, "").lang = "zh-CN";
      (i % 2 ? el.lastChild : el).appendChild(document.createTextNode(part));
    });
  }

  function setText(el, text) { el.textContent = ""; addText(el, text); }

  // Appends text with the matches in <mark>.
  function appendMarked(el, text, pattern) {
    if (!pattern) { addText(el, text); return; }
    var last = 0, m;
    pattern.lastIndex = 0;
    while ((m = pattern.exec(text))) {
      if (!m[0].length) { pattern.lastIndex++; continue; }
      addText(el, text.slice(last, m.index));
      var mark = document.createElement("mark");
      addText(mark, m[0]);
      el.appendChild(mark);
      last = m.index + m[0].length;
    }
    addText(el, text.slice(last));
  }

  function snippet(text, pattern, size) {
    var at = 0;
    if (pattern) { pattern.lastIndex = 0; var m = pattern.exec(text); if (m) at = m.index; }
    var start = Math.max(0, at - Math.floor(size / 3));
    if (start > 0) { var space = text.indexOf(" ", start); if (space > 0 && space < at) start = space + 1; }
    var end = Math.min(text.length, start + size);
    return (start > 0 ? "… " : "") + text.slice(start, end) + (end < text.length ? " …" : "");
  }

  function span(parent, className) {
    var el = parent.appendChild(document.createElement("span"));
    el.className = className;
    return el;
  }

  function resultLink(hit, pattern, size, id) {
    var entry = index.docs[hit.doc], page = index.pages[entry[0]], a = document.createElement("a");
    a.className = "search-result";
    a.href = root + page[0] + "index.html" + (entry[1] ? "#" + entry[1] : "");
    if (id) a.id = id;
    // A page's further sections (no snippet) show their heading only.
    var title = span(a, "result-title");
    if (size || !entry[2]) appendMarked(title, page[1] + (entry[2] ? " › " : ""), pattern);
    if (entry[2]) appendMarked(span(title, "result-heading"), entry[2], pattern);
    if (page[2] && size) span(a, "result-section").textContent = page[2];
    if (entry[3] && size) appendMarked(span(a, "result-snippet"), snippet(entry[3], pattern, size), pattern);
    return a;
  }

  function load(callback) {
    if (index) { callback(); return; }
    waiting.push(callback);
    if (loading) return;
    loading = true;
    var script = document.createElement("script");
    script.src = home + "search-index.js";
    script.onload = function () {
      index = window.ICPSearchIndex || { pages: [], docs: [], terms: {} };
      sortedTerms = Object.keys(index.terms).sort();
      waiting.splice(0).forEach(function (f) { f(); });
    };
    document.head.appendChild(script);
  }

  // Arrow keys move through options, Enter opens the selected one.
  function keyboard(input, options) {
    input.addEventListener("keydown", function (e) {
      var items = options();
      if (!items.length || (e.key !== "ArrowDown" && e.key !== "ArrowUp" && e.key !== "Enter")) return;
      var current = items.findIndex(function (el) { return el.classList.contains("selected"); });
      if (e.key === "Enter") {
        if (current < 0) return;
        e.preventDefault();
        location.href = items[current].href;
        return;
      }
      e.preventDefault();
      var next = e.key === "ArrowDown" ? Math.min(items.length - 1, current + 1) : Math.max(-1, current - 1);
      items.forEach(function (el, i) { el.classList.toggle("selected", i === next); el.setAttribute("aria-selected", i === next ? "true" : "false"); });
      if (next >= 0) { input.setAttribute("aria-activedescendant", items[next].id); items[next].scrollIntoView({ block: "nearest" }); }
      else input.removeAttribute("aria-activedescendant");
    });
  }

  function attributes(el, values) { for (var name in values) el.setAttribute(name, values[name]); }

  function setupHeaderBox(form) {
    var input = form.querySelector("input"), popup = form.querySelector(".search-popup");
    if (!input || !popup) return;
    attributes(popup, { role: "listbox", "aria-label": text(form, "results", {}) });
    attributes(input, { role: "combobox", "aria-controls": popup.id, "aria-autocomplete": "list", "aria-expanded": "false" });
    function close() { popup.hidden = true; input.setAttribute("aria-expanded", "false"); input.removeAttribute("aria-activedescendant"); }
    function update() {
      var query = input.value;
      if (!query.trim()) { close(); return; }
      load(function () {
        if (input.value !== query) return;
        var result = search(query), pattern = highlighter(result.parsed);
        popup.textContent = "";
        result.groups.slice(0, 8).forEach(function (group, i) {
          var link = resultLink(group.hits[0], pattern, 110, "search-option-" + i);
          attributes(link, { role: "option", "aria-selected": "false", tabindex: -1 });
          popup.appendChild(link);
        });
        var more = popup.appendChild(document.createElement("a"));
        attributes(more, { class: "search-more", href: form.getAttribute("action") + "?q=" + encodeURIComponent(query), id: "search-option-more", role: "option", tabindex: -1 });
        setText(more, text(form, result.groups.length ? "all" : "none", { query: query, count: result.groups.length }));
        popup.hidden = false;
        input.setAttribute("aria-expanded", "true");
      });
    }
    input.addEventListener("input", update);
    input.addEventListener("focus", function () { load(function () {}); if (input.value.trim()) update(); });
    input.addEventListener("keydown", function (e) { if (e.key === "Escape") { close(); } });
    keyboard(input, function () { return popup.hidden ? [] : Array.from(popup.querySelectorAll("a")); });
    document.addEventListener("click", function (e) { if (!form.contains(e.target)) close(); });
  }

  // The search page: ten pages at a time, each with its best section and up to two more.
  function setupSearchPage(form) {
    var input = form.querySelector("input"), list = document.getElementById("search-results");
    var status = document.getElementById("search-status"), moreButton = document.getElementById("search-more");
    var match = /[?&]q=([^&#]*)/.exec(window.location.search), result, pattern, shown = 0;
    if (match) input.value = decodeURIComponent(match[1].replace(/\+/g, " "));
    function showMore() {
      result.groups.slice(shown, shown + 10).forEach(function (group) {
        var li = document.createElement("li");
        li.appendChild(resultLink(group.hits[0], pattern, 220, "search-result-" + group.hits[0].doc));
        group.hits.slice(1, 3).forEach(function (hit) {
          var link = resultLink(hit, pattern, 0, "search-result-" + hit.doc);
          link.classList.add("result-more");
          li.appendChild(link);
        });
        list.appendChild(li);
      });
      shown = Math.min(result.groups.length, shown + 10);
      moreButton.hidden = shown >= result.groups.length;
      var counts = { query: input.value, count: shown, total: result.groups.length };
      setText(status, text(form, !result.groups.length ? "none" : shown < result.groups.length ? "showing" : result.groups.length === 1 ? "one" : "count", counts));
    }
    function update() {
      var query = input.value;
      load(function () {
        if (input.value !== query) return;
        list.textContent = "";
        shown = 0;
        moreButton.hidden = true;
        if (!query.trim()) { status.textContent = text(form, "type", {}); return; }
        result = search(query);
        pattern = highlighter(result.parsed);
        showMore();
        try { history.replaceState(null, "", "?q=" + encodeURIComponent(query)); } catch (e) { /* file:// may refuse */ }
      });
    }
    input.addEventListener("input", update);
    form.addEventListener("submit", function (e) { e.preventDefault(); update(); });
    moreButton.addEventListener("click", function () {
      var next = shown;
      showMore();
      var first = list.children[next];
      if (first) first.querySelector("a").focus();
    });
    keyboard(input, function () { return Array.from(list.querySelectorAll("a")); });
    update();
  }

  document.querySelectorAll("[data-search-box]").forEach(setupHeaderBox);
  var page = document.querySelector("[data-search-page]");
  if (page) setupSearchPage(page);

  // "/" focuses the search box unless the reader is typing somewhere.
  document.addEventListener("keydown", function (e) {
    if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey) return;
    var t = e.target, tag = t && t.tagName;
    if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (t && t.isContentEditable)) return;
    var box = document.getElementById("search-page-input") || document.getElementById("site-search-input");
    if (box) { e.preventDefault(); box.focus(); box.select(); }
  });
})();
