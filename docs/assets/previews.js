/* Entity previews: hover, focus or tap an entity link to see a small card (name, type,
   role, description, counts, latest quotation) without leaving the page.

   - Cards are small JSON files written by the generator (generator/previews.py) at
     cards/<entity id>.json, fetched on demand. The site root is found from the link's
     own address (…/<root>/people/<slug>/), so the site works under any path.
   - Works with Material's instant navigation: document$ fires after each page swap and
     the links of the new page are marked again; events are delegated from document.
   - Touch: the first tap opens the card, a second tap on the same link follows it.
   - Every text goes in with textContent: article and card text is data, never markup.
   - With JavaScript off the links are plain links. */
(function () {
  "use strict";

  var FOLDERS = "people|organizations|places|events|other";
  var ENTITY_PATH = new RegExp("^(.*/)((?:" + FOLDERS + ")/[^/?#]+)/(?:index\\.html)?$");
  var OPEN_DELAY = 250;
  var CLOSE_DELAY = 300;
  var cache = new Map();
  var card = null;
  var owner = null;
  var openTimer = 0;
  var closeTimer = 0;
  var lastPointer = "mouse";
  var quiet = false; // focus moved back to the link by Escape: do not reopen
  var armed = null; // the link a first tap opened: a second tap on it follows it

  function touchy() {
    return lastPointer === "touch" || lastPointer === "pen";
  }

  /* The card's JSON address and the site root for a link, or null if the link does not
     go to an entity page (or goes to the page being read). */
  function target(link) {
    if (!link || link.closest(".entity-card, svg, .headerlink, .md-nav")) return null;
    if (!link.closest(".md-content")) return null;
    var href = link.getAttribute("href");
    if (!href || href.charAt(0) === "#") return null;
    var url;
    try {
      url = new URL(href, document.baseURI);
    } catch (error) {
      return null;
    }
    if (url.origin !== location.origin || url.hash) return null;
    var match = ENTITY_PATH.exec(url.pathname);
    if (!match) return null;
    var here = location.pathname.replace(/index\.html$/, "");
    if (here === match[1] + match[2] + "/") return null;
    return { root: url.origin + match[1], json: url.origin + match[1] + "cards/" + match[2] + ".json" };
  }

  function load(address) {
    if (!cache.has(address)) {
      cache.set(
        address,
        fetch(address, { credentials: "same-origin" }).then(function (response) {
          if (!response.ok) throw new Error("no card");
          return response.json();
        })
      );
    }
    return cache.get(address);
  }

  function part(tag, css, text) {
    var element = document.createElement(tag);
    element.className = css;
    if (text !== undefined) element.textContent = text;
    return element;
  }

  function plural(count, noun) {
    return count + " " + noun + (count === 1 ? "" : "s");
  }

  function build(data, root) {
    var box = part("span", "entity-card");
    box.id = "entity-card";
    box.setAttribute("role", "group");
    box.setAttribute("aria-label", "Preview: " + String(data.name || ""));
    var name = part("span", "entity-card__name");
    var link = part("a", "entity-card__link", String(data.name || ""));
    link.href = root + String(data.url || "");
    name.appendChild(link);
    box.appendChild(name);
    var meta = [data.type, data.role].filter(Boolean).map(String).join(" · ");
    if (meta) box.appendChild(part("span", "entity-card__meta", meta));
    if (data.description) {
      box.appendChild(part("span", "entity-card__description", String(data.description)));
    }
    var counts = [plural(Number(data.articles) || 0, "article")];
    if (data.quotations) counts.push(plural(Number(data.quotations), "quotation"));
    box.appendChild(part("span", "entity-card__counts", counts.join(" · ")));
    if (data.quote && data.quote.text) {
      var quote = part("span", "entity-card__quote");
      quote.appendChild(part("span", "entity-card__text", "“" + String(data.quote.text) + "”"));
      var source = part("span", "entity-card__source", "Latest quotation: ");
      var article = part("a", "entity-card__article", String(data.quote.article || "the article"));
      article.href = root + String(data.quote.url || "");
      source.appendChild(article);
      quote.appendChild(source);
      box.appendChild(quote);
    }
    return box;
  }

  function place() {
    if (!card || !owner) return;
    var rect = owner.getBoundingClientRect();
    var width = card.offsetWidth;
    var left = Math.max(8, Math.min(rect.left, window.innerWidth - width - 8));
    var top = rect.bottom + 6;
    if (top + card.offsetHeight > window.innerHeight - 8 && rect.top > card.offsetHeight + 14) {
      top = rect.top - card.offsetHeight - 6;
    }
    card.style.left = left + "px";
    card.style.top = top + "px";
  }

  function close() {
    armed = null;
    hide();
  }

  function hide() {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
    if (card) card.remove();
    if (owner) owner.removeAttribute("aria-describedby");
    card = null;
    owner = null;
  }

  function open(link) {
    var where = target(link);
    if (!where) return;
    clearTimeout(closeTimer);
    if (owner === link && card) return;
    load(where.json).then(
      function (data) {
        if (!link.isConnected) return;
        hide();
        owner = link;
        card = build(data, where.root);
        // Right after the link, so Tab moves from the link into the card.
        link.insertAdjacentElement("afterend", card);
        link.setAttribute("aria-describedby", card.id);
        place();
      },
      function () {
        cache.delete(where.json);
      }
    );
  }

  function later(action, delay) {
    return setTimeout(action, delay);
  }

  function inside(node) {
    return !!node && ((card && card.contains(node)) || (owner && owner.contains(node)));
  }

  function linkOf(node) {
    var link = node && node.closest ? node.closest("a[href]") : null;
    return link && link.hasAttribute("data-entity-card") ? link : null;
  }

  /* After every page (first load and each instant navigation): mark the entity links. */
  function mark() {
    close();
    document.querySelectorAll(".md-content a[href]").forEach(function (link) {
      if (target(link)) {
        link.setAttribute("data-entity-card", "");
      }
    });
  }

  document.addEventListener(
    "pointerdown",
    function (event) {
      lastPointer = event.pointerType || "mouse";
    },
    true
  );

  document.addEventListener(
    "keydown",
    function () {
      lastPointer = "keyboard";
    },
    true
  );

  document.addEventListener("mouseover", function (event) {
    if (touchy()) return;
    var link = linkOf(event.target);
    if (link) {
      clearTimeout(openTimer);
      clearTimeout(closeTimer);
      if (owner !== link) {
        openTimer = later(function () {
          open(link);
        }, OPEN_DELAY);
      }
    } else if (inside(event.target)) {
      clearTimeout(closeTimer);
    }
  });

  document.addEventListener("mouseout", function (event) {
    if (touchy()) return;
    var from = linkOf(event.target) || (inside(event.target) ? card : null);
    if (!from || inside(event.relatedTarget)) return;
    clearTimeout(openTimer);
    if (card) closeTimer = later(close, CLOSE_DELAY);
  });

  document.addEventListener("focusin", function (event) {
    var link = linkOf(event.target);
    if (link && !touchy() && !quiet) open(link);
    else if (inside(event.target)) clearTimeout(closeTimer);
  });

  document.addEventListener("focusout", function (event) {
    if (!card || inside(event.relatedTarget)) return;
    if (inside(event.target)) closeTimer = later(close, 50);
  });

  /* Links in the build-time graphs are SVG links, which Material's instant navigation
     cannot read (their href is not a string): follow them through a plain link instead,
     as Material itself does, so the page still changes without a reload. */
  document.addEventListener(
    "click",
    function (event) {
      var svgLink = event.target && event.target.closest ? event.target.closest("svg a") : null;
      if (!svgLink || event.metaKey || event.ctrlKey || event.shiftKey || event.button) return;
      var href = svgLink.getAttribute("href") || svgLink.getAttribute("xlink:href");
      if (!href) return;
      event.preventDefault();
      event.stopPropagation();
      var plain = document.createElement("a");
      plain.href = new URL(href, document.baseURI).href;
      plain.hidden = true;
      document.body.appendChild(plain);
      plain.click();
      plain.remove();
    },
    true
  );

  // Touch and pen: the first tap shows the card, the second follows the link. Capture
  // phase, so Material's instant navigation never sees the first tap.
  document.addEventListener(
    "click",
    function (event) {
      var link = linkOf(event.target);
      if (link && touchy() && armed !== link) {
        event.preventDefault();
        event.stopPropagation();
        armed = link;
        open(link);
      } else if (card && !inside(event.target)) {
        close();
      }
    },
    true
  );

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && card) {
      var link = owner;
      var focused = inside(document.activeElement);
      close();
      if (focused && link) {
        quiet = true;
        link.focus({ preventScroll: true });
        quiet = false;
      }
    }
  });

  window.addEventListener("scroll", place, { passive: true });
  window.addEventListener("resize", place);

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(mark);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", mark);
  } else {
    mark();
  }
})();
