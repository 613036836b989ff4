/*
 * Pagefind in Material's header search box (overrides/partials/search.html).
 *
 * Why this file: Material's own search downloads one index of the whole archive before
 * the first result (megabytes at 10,000 articles). Pagefind fetches only the chunks a
 * query needs. This script draws Pagefind's results with Material's classes, so the box
 * looks and behaves like Material's: excerpts with the words marked, a count, filters
 * by agency, year, person, organization and place, and ?h= on result links so the
 * words are marked on the page opened.
 *
 * It runs once (the header survives Material's instant navigation) and re-mounts on
 * every page Material shows (document$). Pagefind is imported only when the reader
 * opens the search. The index's first shards (pagefind/shards.json) hold the newest
 * articles: a search shows their results first, then merges the other shards and
 * searches again, so what is downloaded before the first result does not grow with the
 * archive.
 * Addresses are resolved against the bundle's own URL, so the site works under a
 * subpath (https://user.github.io/archive/). Nothing from the index is
 * written as HTML except Pagefind's <mark> around matched words.
 */
(() => {
  "use strict";

  const root = document.querySelector("[data-archive-search]");
  if (!root || root.dataset.archiveSearchMounted) return;
  root.dataset.archiveSearchMounted = "true";

  const bundle = new URL(root.dataset.archiveSearch, document.baseURI);
  const siteRoot = new URL("..", bundle);
  const strings = JSON.parse(root.dataset.archiveSearchStrings || "{}");
  const toggle = document.getElementById("__search");
  const form = root.querySelector("form");
  const input = root.querySelector("[data-archive-search-query]");
  const status = root.querySelector("[data-archive-search-status]");
  const list = root.querySelector("[data-archive-search-results]");
  const more = root.querySelector("[data-archive-search-more]");
  const filterBox = root.querySelector("[data-archive-search-filters]");
  const suggestion = root.querySelector("[data-archive-search-suggest]");
  const selects = [...root.querySelectorAll("[data-archive-search-facet]")];
  const PAGE = 10;
  // Pagefind's own debouncedSearch preloads the index chunks of every prefix typed on
  // the way ("c", "co", ...): at 10,000 articles that alone passed 300 KB. Waiting for
  // the reader to pause, and for two characters, fetches the chunks of the words only.
  const PAUSE_MS = 200;
  const SHORTEST = 2;
  const MAX_OPTIONS = 60;
  const KINDS = {
    person: "Person",
    organization: "Organization",
    place: "Place",
    event: "Event",
    other: "Entity",
  };

  let pagefind = null;
  let loading = null;
  let shown = [];
  let results = [];
  let generation = 0;
  let filtersLoading = null;
  let filtersLoaded = false;
  let hidden = new Set();
  let merging = null;
  let mergeRest = null;

  /* -- Pagefind, loaded on first use --------------------------------------------- */

  function load() {
    if (!loading) {
      setStatus(strings.loading || "Initializing search");
      loading = fetch(new URL("shards.json", bundle))
        .then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
        .then(async (manifest) => {
          // The index is in shards, each its own bundle (publish/pagefind.py): the
          // `first` hold the newest articles and are searched at once; the rest are
          // merged after the first results are drawn (`whole`). The preview adds an
          // overlay, merged with the first: its edited pages, indexed within seconds,
          // and the ids of their older copies (and of deleted pages) in the shards.
          hidden = new Set(manifest.hidden || []);
          const urls = manifest.bundles.map((name) => new URL(name, bundle));
          const [first, ...early] = urls.slice(0, manifest.first || 1);
          const rest = urls.slice(manifest.first || 1);
          const module = await import(new URL("pagefind.js", first).href);
          const options = { baseUrl: siteRoot.pathname, excerptLength: 24 };
          // noWorker: the search itself takes milliseconds; the worker script would be
          // one more download (41 KB) before the first result.
          await module.options({ ...options, noWorker: true });
          if (manifest.overlay) early.push(new URL(manifest.overlay, bundle));
          await Promise.all(early.map((url) => module.mergeIndex(url.href, options)));
          const merged = () => {
            root.dataset.archiveSearchIndex = "whole";
          };
          if (!rest.length) merged();
          mergeRest = () => {
            merging =
              merging ||
              Promise.all(rest.map((url) => module.mergeIndex(url.href, options))).then(
                merged,
                () => {
                  merging = null; // the newest articles' results stay; the next search retries
                },
              );
            return merging;
          };
          pagefind = module;
          return module;
        })
        .catch(() => {
          loading = null;
          setStatus("Search is unavailable: the search index was not found.");
          return null;
        });
    }
    return loading;
  }

  function chosenFilters() {
    const filters = {};
    for (const select of selects) {
      if (select.value) filters[select.dataset.archiveSearchFacet] = select.value;
    }
    return filters;
  }

  async function run() {
    const term = input.value.trim();
    const filters = chosenFilters();
    const current = ++generation;
    suggest("", null);
    if (term.length < SHORTEST && !Object.keys(filters).length) {
      showPlaceholder();
      return;
    }
    const module = await load();
    if (!module || current !== generation) return;
    const whole = root.dataset.archiveSearchIndex === "whole";
    await show(module, term, filters, current, whole);
    if (whole || current !== generation) return;
    // The newest articles are shown; the rest of the index is merged, and the search
    // run again over all of it.
    if (!results.length) setStatus(strings.older || "Searching older articles");
    await mergeRest();
    if (current !== generation) return;
    await show(module, term, filters, current, true);
  }

  async function show(module, term, filters, current, whole) {
    const search = await module.search(term.length >= SHORTEST ? term : null, { filters });
    const found = await everyWord(module, term, search.results);
    if (current !== generation) return;
    results = visible(found);
    if (!whole && !results.length) {
      showPlaceholder(); // then "searching older articles", not "no matching documents"
      return;
    }
    shown = [];
    list.replaceChildren();
    setStatus(count(results.length));
    updateFilters(search.filters, search.totalFilters, filters);
    await showMore(current);
    if (whole && !filtersLoaded) await loadFilters(module, term, filters, current);
  }

  /* Pagefind counts filter values only once their chunks are loaded; they are fetched
     after the first results are drawn, so they never delay them. */
  async function loadFilters(module, term, filters, current) {
    filtersLoading = filtersLoading || module.filters();
    await filtersLoading;
    filtersLoaded = true;
    if (current !== generation) return;
    const search = await module.search(term.length >= SHORTEST ? term : null, { filters });
    if (current === generation) updateFilters(search.filters, search.totalFilters, filters);
  }

  /* Pagefind finds the pages that hold every word searched, less any word no page of
     its index holds, and each bundle decides that alone: a small bundle without one
     of the words answers with its pages that hold the others. Each word is searched
     alone too (its chunks are loaded already), and a result is kept only if it holds
     every word that some page of the whole index holds, as one bundle would answer. */
  async function everyWord(module, term, found) {
    const words = term.split(/\s+/).filter(Boolean);
    if (words.length < 2 || term.includes('"')) return found;
    const holders = [];
    for (const word of words) {
      const alone = await module.search(word);
      if (alone.results.length) holders.push(new Set(alone.results.map((result) => result.id)));
    }
    return found.filter((result) => holders.every((ids) => ids.has(result.id)));
  }

  /* Without the preview's older copies, and each page once (an overlay page whose
     shard has since been indexed again is in both, with one id). */
  function visible(found) {
    const seen = new Set();
    return found.filter((result) => {
      if (hidden.has(result.id) || seen.has(result.id)) return false;
      seen.add(result.id);
      return true;
    });
  }

  async function showMore(current) {
    const next = results.slice(shown.length, shown.length + PAGE);
    shown = shown.concat(next);
    const data = await Promise.all(next.map((result) => result.data()));
    if (current !== generation) return;
    const term = input.value.trim();
    if (shown.length === next.length) suggest(input.value, data[0]);
    for (const item of data) list.append(renderResult(item, term));
    more.hidden = shown.length >= results.length;
  }

  /* -- drawing, with Material's classes ------------------------------------------ */

  /* Material's search.suggest: the last word typed, completed from the first result's
     marked words, shown behind the input; ArrowRight at the end accepts it. */
  function suggest(value, item) {
    if (!suggestion) return;
    suggestion.textContent = "";
    const words = value.split(/\s+/);
    const last = (words.pop() || "").toLowerCase();
    if (!last || !item) return;
    for (const [, marked] of String(item.excerpt || "").matchAll(/<mark>([^<]*)<\/mark>/g)) {
      const word = marked.toLowerCase().replace(/[^\p{L}\p{N}]+$/u, "");
      if (word.length > last.length && word.startsWith(last)) {
        suggestion.textContent = [...words, word].join(" ");
        return;
      }
    }
  }

  function count(n) {
    if (n === 0) return strings.none || "No matching documents";
    if (n === 1) return strings.one || "1 matching document";
    return (strings.other || "# matching documents").replace("#", String(n));
  }

  function setStatus(text) {
    status.textContent = text;
  }

  function showPlaceholder() {
    results = [];
    shown = [];
    list.replaceChildren();
    more.hidden = true;
    setStatus(strings.placeholder || "Type to start searching");
  }

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  /* Pagefind's excerpt is the page's text with <mark> around matched words. The text
     is not escaped, so it is split on the marks and every piece is added as text. */
  function excerpt(html) {
    const paragraph = element("p");
    const parts = String(html || "").split(/(<mark>|<\/mark>)/);
    let marked = false;
    for (const part of parts) {
      if (part === "<mark>") marked = true;
      else if (part === "</mark>") marked = false;
      else if (part) paragraph.append(marked ? element("mark", "", part) : part);
    }
    return paragraph;
  }

  function longDate(iso) {
    const date = new Date(`${iso}T00:00:00Z`);
    if (Number.isNaN(date.getTime())) return iso;
    // The archive writes dates as "6 April 2017"; plain "en" would say "April 6, 2017".
    const lang = document.documentElement.lang || "en";
    return date.toLocaleDateString(lang === "en" ? "en-GB" : lang, {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    });
  }

  function describe(meta) {
    if (meta.kind) return KINDS[meta.kind] || meta.kind;
    return [meta.date && longDate(meta.date), meta.place, meta.agency].filter(Boolean).join(" · ");
  }

  function renderResult(item, term) {
    const url = new URL(item.url, location.href);
    if (term) url.searchParams.set("h", term);
    const li = element("li", "md-search-result__item");
    const link = element("a", "md-search-result__link");
    link.href = url.pathname + url.search;
    link.tabIndex = -1;
    const article = element("article", "md-search-result__article md-typeset");
    article.append(element("div", "md-search-result__icon md-icon"));
    article.append(element("h1", "", item.meta.title || url.pathname));
    const line = describe(item.meta);
    if (line) article.append(element("p", "archive-search__about", line));
    article.append(excerpt(item.excerpt));
    link.append(article);
    li.append(link);
    return li;
  }

  function updateFilters(counts, totals, chosen) {
    let any = false;
    for (const select of selects) {
      const facet = select.dataset.archiveSearchFacet;
      // A facet with a value chosen offers its other values as they stand without it
      // (Pagefind's own counts would be those of choosing both: mostly none).
      const source = chosen[facet] ? totals : counts;
      const values = Object.entries((source && source[facet]) || {})
        .filter(([value, n]) => n > 0 || value === chosen[facet])
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .slice(0, MAX_OPTIONS);
      if (chosen[facet] && !values.some(([value]) => value === chosen[facet])) {
        values.unshift([chosen[facet], 0]);
      }
      const options = [element("option", "", "Any")];
      options[0].value = "";
      for (const [value, n] of values) {
        const option = element("option", "", `${value} (${n})`);
        option.value = value;
        option.selected = value === chosen[facet];
        options.push(option);
      }
      select.replaceChildren(...options);
      select.value = chosen[facet] || "";
      select.closest("label").hidden = values.length === 0;
      any = any || values.length > 0;
    }
    filterBox.hidden = !any;
  }

  function resetFilters() {
    for (const select of selects) select.value = "";
  }

  /* -- opening, closing and the keyboard, as Material's own search does ---------- */

  function open() {
    if (toggle && !toggle.checked) toggle.checked = true;
    load();
  }

  function close() {
    if (toggle) toggle.checked = false;
    input.blur();
  }

  input.addEventListener("focus", open);
  let pause = null;
  input.addEventListener("input", () => {
    clearTimeout(pause);
    pause = setTimeout(run, PAUSE_MS);
  });
  for (const select of selects) select.addEventListener("change", run);
  more.addEventListener("click", () => showMore(generation));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const first = list.querySelector("a");
    if (first) first.click();
  });
  form.addEventListener("reset", () => {
    resetFilters();
    setTimeout(() => {
      run();
      input.focus();
    });
  });
  toggle?.addEventListener("change", () => {
    if (toggle.checked) {
      input.focus();
      load();
    } else {
      input.blur();
    }
  });

  function links() {
    return [...list.querySelectorAll("a.md-search-result__link")];
  }

  document.addEventListener("keydown", (event) => {
    const typing = /^(input|select|textarea)$/i.test(event.target.tagName || "");
    const active = toggle ? toggle.checked : document.activeElement === input;
    if (!active) {
      if (!typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        if (event.key === "/" || event.key === "s" || event.key === "f") {
          event.preventDefault();
          open();
          input.focus();
        }
      }
      return;
    }
    if (event.key === "Escape") {
      event.preventDefault();
      close();
    } else if (
      event.key === "ArrowRight" &&
      event.target === input &&
      suggestion?.textContent &&
      input.selectionStart === input.value.length
    ) {
      event.preventDefault();
      input.value = suggestion.textContent;
      run();
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      const all = links();
      if (!all.length) return;
      event.preventDefault();
      const at = all.indexOf(document.activeElement);
      const step = event.key === "ArrowDown" ? 1 : -1;
      const next = at === -1 ? (step > 0 ? 0 : all.length - 1) : at + step;
      if (next < 0 || next >= all.length) input.focus();
      else all[next].focus();
    }
  });

  /* -- every page: close the box, mark the searched words ------------------------ */

  const SKIP = new Set(["SCRIPT", "STYLE", "MARK", "TEXTAREA"]);

  function highlight() {
    const term = new URLSearchParams(location.search).get("h");
    const content = document.querySelector("article.md-content__inner");
    if (!term || !content) return;
    const words = term
      .split(/\s+/)
      .filter((word) => word.length > 1)
      .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    if (!words.length) return;
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join("|")})[\\p{L}\\p{N}]*`, "giu");
    const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT, {
      acceptNode(node) {
        for (let parent = node.parentElement; parent && parent !== content; ) {
          if (SKIP.has(parent.tagName) || parent.classList.contains("headerlink")) {
            return NodeFilter.FILTER_REJECT;
          }
          parent = parent.parentElement;
        }
        pattern.lastIndex = 0;
        return pattern.test(node.data) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
      },
    });
    const nodes = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    for (const node of nodes) {
      const pieces = document.createDocumentFragment();
      let last = 0;
      for (const match of node.data.matchAll(pattern)) {
        pieces.append(node.data.slice(last, match.index));
        pieces.append(element("mark", "", match[0]));
        last = match.index + match[0].length;
      }
      pieces.append(node.data.slice(last));
      node.replaceWith(pieces);
    }
  }

  function mount() {
    close();
    highlight();
    root.dataset.archiveSearchPage = location.pathname; // which page the box serves
  }

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(mount);
  } else {
    mount();
  }
})();
