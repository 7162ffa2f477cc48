/*
 * Unified Badges catalog: theme switch, copy buttons and search. Plain JavaScript, no framework,
 * no network: the search index of a large catalog is a local script that assigns a global, so it
 * loads from file:// too.
 */
(function () {
  "use strict";

  var STORAGE_KEY = "unified-badges-theme";
  var announcer = document.getElementById("site--announcer");
  var announceTimer = 0;

  /** Says something to screen readers through the page's polite live region. */
  function announce(message) {
    if (!announcer) {
      return;
    }
    window.clearTimeout(announceTimer);
    announcer.textContent = "";
    announceTimer = window.setTimeout(function () {
      announcer.textContent = message;
    }, 50);
  }

  // ---- text the site does not write itself ----

  var FSI = "\u2068";
  var PDI = "\u2069";

  /**
   * The text with an isolate opened before each PDI that closes nothing and one closed after each
   * initiator left open, so that inside an isolate it cannot close it or leave one open (the same
   * rule as UserText.balanced on the pages).
   */
  function balanced(text) {
    var open = 0;
    var unmatched = 0;
    for (var i = 0; i < text.length; i++) {
      var c = text.charAt(i);
      if (c === "\u2066" || c === "\u2067" || c === FSI) {
        open++;
      } else if (c === PDI) {
        if (open > 0) {
          open--;
        } else {
          unmatched++;
        }
      }
    }
    return FSI.repeat(unmatched) + text + PDI.repeat(open);
  }

  /** A <bdi> holding the text, as the pages write a name, title or label from the definitions. */
  function isolated(text) {
    var bdi = document.createElement("bdi");
    bdi.textContent = balanced(text);
    return bdi;
  }

  /** An element's text with each <bdi> in it between FSI and PDI, for a message without markup. */
  function isolatedText(element) {
    var s = "";
    element.childNodes.forEach(function (n) {
      if (n.nodeType === Node.TEXT_NODE) {
        s += n.data;
      } else if (n.nodeName === "BDI") {
        s += FSI + n.textContent + PDI;
      } else if (n.nodeType === Node.ELEMENT_NODE) {
        s += isolatedText(n);
      }
    });
    return s;
  }

  // ---- theme switch ----

  function currentTheme() {
    var t = document.documentElement.getAttribute("data-badge-theme");
    return t === "light" || t === "dark" ? t : "system";
  }

  function applyTheme(theme) {
    window.unifiedBadgesApplyTheme(theme);
    try {
      window.localStorage.setItem(STORAGE_KEY, theme);
    } catch (e) {
      // Storage may be disabled; the choice then lasts for this page only.
    }
  }

  function setUpThemeSwitch() {
    var fieldset = document.querySelector("[data-theme-switch]");
    if (!fieldset) {
      return;
    }
    var theme = currentTheme();
    var radios = fieldset.querySelectorAll("input[type=radio]");
    for (var i = 0; i < radios.length; i++) {
      radios[i].checked = radios[i].value === theme;
      radios[i].addEventListener("change", function (event) {
        if (event.target.checked) {
          applyTheme(event.target.value);
        }
      });
    }
    fieldset.hidden = false;
  }

  // ---- variant and size switch (domain pages) ----

  /**
   * Each group of [data-style-switch] sets its attribute (the badge CSS's data-<prefix>-variant or
   * data-<prefix>-size) on the element holding the page's badges, or removes it for the default;
   * the choice is saved like the theme ("unified-badges-variant", "unified-badges-size"), its
   * guidance note shows, and the live region says it.
   */
  function setUpStyleSwitch() {
    var box = document.querySelector("[data-style-switch]");
    if (!box) {
      return;
    }
    var target = document.getElementById(box.getAttribute("data-style-switch-target"));
    if (!target) {
      return;
    }
    var groups = box.querySelectorAll("fieldset[data-style-group]");
    for (var g = 0; g < groups.length; g++) {
      setUpStyleGroup(groups[g], target);
    }
    box.hidden = false;
  }

  function setUpStyleGroup(group, target) {
    var name = group.getAttribute("data-style-group");
    var attribute = group.getAttribute("data-style-attribute");
    var fallback = group.getAttribute("data-style-default");
    var key = "unified-badges-" + name;
    var radios = group.querySelectorAll("input[type=radio]");
    var notes = group.querySelectorAll("[data-style-note]");

    function known(value) {
      for (var i = 0; i < radios.length; i++) {
        if (radios[i].value === value) {
          return true;
        }
      }
      return false;
    }

    function apply(value) {
      if (value === fallback) {
        target.removeAttribute(attribute);
      } else {
        target.setAttribute(attribute, value);
      }
      for (var i = 0; i < radios.length; i++) {
        radios[i].checked = radios[i].value === value;
      }
      var note = null;
      for (var j = 0; j < notes.length; j++) {
        var shown = notes[j].getAttribute("data-style-note") === value;
        notes[j].hidden = !shown;
        if (shown) {
          note = notes[j];
        }
      }
      return note;
    }

    var saved = null;
    try {
      saved = window.localStorage.getItem(key);
    } catch (e) {
      saved = null;
    }
    apply(known(saved) ? saved : fallback);
    for (var i = 0; i < radios.length; i++) {
      radios[i].addEventListener("change", function (event) {
        if (!event.target.checked) {
          return;
        }
        var note = apply(event.target.value);
        try {
          window.localStorage.setItem(key, event.target.value);
        } catch (e) {
          // Storage may be disabled; the choice then lasts for this page only.
        }
        var legend = group.querySelector("legend");
        var guidance = note ? note.querySelector(".style-switch__guidance") : null;
        announce(
          (legend ? legend.textContent : name) + ": " + event.target.nextElementSibling.textContent + ". " +
            (guidance ? guidance.textContent : "")
        );
      });
    }
  }

  // ---- copy buttons ----

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).catch(function () {
        return legacyCopy(text);
      });
    }
    return legacyCopy(text);
  }

  function legacyCopy(text) {
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.className = "visually-hidden";
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try {
        ok = document.execCommand("copy");
      } catch (e) {
        ok = false;
      }
      document.body.removeChild(area);
      if (ok) {
        resolve();
      } else {
        reject(new Error("copy failed"));
      }
    });
  }

  function setUpCopyButtons() {
    document.addEventListener("click", function (event) {
      var button = event.target.closest ? event.target.closest("button[data-copy]") : null;
      if (!button) {
        return;
      }
      // A copy button copies the code shown beside it; its hidden text names what that is.
      var row = button.closest(".copy-row");
      var code = row ? row.querySelector(".copy-row__code") : null;
      if (!code) {
        return;
      }
      var hidden = button.querySelector(".visually-hidden");
      var what = hidden ? isolatedText(hidden).trim() : "text";
      var label = button.querySelector(".copy-button__text");
      copyText(code.textContent).then(
        function () {
          button.classList.add("is-copied");
          if (label) {
            label.textContent = "Copied";
          }
          announce("Copied " + what + ".");
          window.setTimeout(function () {
            button.classList.remove("is-copied");
            if (label) {
              label.textContent = "Copy";
            }
          }, 2000);
        },
        function () {
          announce("Could not copy " + what + ". Select the text and copy it instead.");
        }
      );
    });
  }

  // ---- filter and search ----

  function plural(n, noun) {
    return n + " " + (n === 1 ? noun : noun + "s");
  }

  function tokens(query) {
    var q = query.toLowerCase().trim();
    return q === "" ? [] : q.split(/\s+/);
  }

  function matchesAll(text, words) {
    for (var i = 0; i < words.length; i++) {
      if (text.indexOf(words[i]) < 0) {
        return false;
      }
    }
    return true;
  }

  // Each word in either text: the same as matchesAll(a + " " + b) since no word holds a space,
  // without building a joined string per item on every keystroke.
  function matchesAllIn(a, b, words) {
    for (var i = 0; i < words.length; i++) {
      if (a.indexOf(words[i]) < 0 && b.indexOf(words[i]) < 0) {
        return false;
      }
    }
    return true;
  }

  function setUpFilter() {
    var input = document.querySelector("[data-filter-input]");
    if (!input) {
      return;
    }
    var list = document.getElementById(input.getAttribute("data-filter-target"));
    var count = document.querySelector("[data-filter-count]");
    var empty = document.querySelector("[data-filter-empty]");
    var noun = input.getAttribute("data-filter-noun") || "item";
    var indexSrc = input.getAttribute("data-filter-index");
    var items = list ? Array.prototype.slice.call(list.querySelectorAll("[data-filter-item]")) : [];
    var initialCount = count ? count.textContent : "";
    var entries = items.map(function (item) {
      var link = item.querySelector("a[href]");
      var values = Array.prototype.slice.call(item.querySelectorAll("[data-filter-value]"));
      return {
        item: item,
        text: item.getAttribute("data-search") || "",
        href: link ? link.getAttribute("href") : "",
        values: values.map(function (v) {
          return { el: v, text: v.getAttribute("data-search") || "" };
        })
      };
    });
    var search = indexSrc ? createIndexSearch(indexSrc) : null;
    var statusTimer = 0;

    function setStatus(text, speak) {
      if (count) {
        count.textContent = text;
      }
      window.clearTimeout(statusTimer);
      if (speak) {
        statusTimer = window.setTimeout(function () {
          announce(text);
        }, 400);
      }
    }

    function run() {
      var words = tokens(input.value);
      if (words.length === 0) {
        entries.forEach(function (e) {
          e.item.hidden = false;
          e.values.forEach(function (v) {
            v.el.hidden = false;
          });
        });
        if (empty) {
          empty.hidden = true;
        }
        if (search) {
          search.clear();
        }
        setStatus(initialCount, false);
        return;
      }
      if (search) {
        search.run(words, function (domainsWithHits, valueHits) {
          var shownDomains = 0;
          entries.forEach(function (e) {
            var show = matchesAll(e.text, words) || domainsWithHits[e.href] === true;
            e.item.hidden = !show;
            if (show) {
              shownDomains++;
            }
          });
          if (empty) {
            empty.hidden = shownDomains > 0 || valueHits > 0;
          }
          setStatus(plural(valueHits, "matching value") + ", " + plural(shownDomains, "matching domain"), true);
        });
        return;
      }
      var shownItems = 0;
      var shownValues = 0;
      entries.forEach(function (e) {
        var own = matchesAll(e.text, words);
        if (e.values.length === 0) {
          e.item.hidden = !own;
          if (own) {
            shownItems++;
            shownValues++;
          }
          return;
        }
        var any = false;
        e.values.forEach(function (v) {
          var show = own || matchesAllIn(e.text, v.text, words);
          v.el.hidden = !show;
          if (show) {
            any = true;
            shownValues++;
          }
        });
        e.item.hidden = !any;
        if (any) {
          shownItems++;
        }
      });
      if (empty) {
        empty.hidden = shownItems > 0;
      }
      if (entries.length > 0 && entries[0].values.length > 0) {
        setStatus(plural(shownValues, noun) + " in " + plural(shownItems, "domain"), true);
      } else {
        setStatus(shownValues + " of " + plural(entries.length, noun), true);
      }
    }

    var timer = 0;
    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(run, search ? 120 : 40);
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && input.value !== "") {
        input.value = "";
        run();
        event.preventDefault();
      }
    });
    if (search) {
      input.addEventListener("focus", search.load, { once: true });
    }
    document.addEventListener("keydown", function (event) {
      var t = event.target;
      var typing = t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
      if (event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        input.focus();
      }
    });
    // A ?q= query parameter fills in the search, so a search can be linked to.
    var initial = null;
    try {
      initial = new URLSearchParams(window.location.search).get("q");
    } catch (e) {
      initial = null;
    }
    if (initial) {
      input.value = initial;
    }
    if (input.value !== "") {
      run();
    }
  }

  /** Value search over the search index script, for catalogs too large to show in full. */
  function createIndexSearch(src) {
    var LIMIT = 100;
    var section = document.querySelector("[data-filter-results]");
    var list = document.querySelector("[data-filter-results-list]");
    var more = document.querySelector("[data-filter-results-more]");
    var state = "idle";
    var waiting = [];

    function load() {
      if (state !== "idle") {
        return;
      }
      state = "loading";
      var script = document.createElement("script");
      script.src = src;
      script.onload = function () {
        state = window.UnifiedBadgesSearchIndex ? "ready" : "failed";
        flush();
      };
      script.onerror = function () {
        state = "failed";
        flush();
      };
      document.head.appendChild(script);
    }

    function flush() {
      var pending = waiting;
      waiting = [];
      pending.forEach(function (fn) {
        fn();
      });
    }

    function badge(index, domain, value) {
      var span = document.createElement("span");
      span.className = index.base + " " + index.base + "--" + domain[3] + "--" + value[3];
      var icon = document.createElement("span");
      icon.className = index.base + "__icon";
      icon.setAttribute("aria-hidden", "true");
      var label = document.createElement("span");
      label.className = index.base + "__label";
      label.textContent = value[2];
      span.appendChild(icon);
      span.appendChild(label);
      return span;
    }

    function render(index, hits, total) {
      list.textContent = "";
      hits.forEach(function (value) {
        var domain = index.domains[value[0]];
        var li = document.createElement("li");
        li.className = "results__item";
        var a = document.createElement("a");
        a.className = "badge-link";
        a.href = domain[2] + "#" + value[3];
        a.appendChild(badge(index, domain, value));
        var code = document.createElement("code");
        code.className = "results__value";
        code.appendChild(isolated(value[1]));
        var where = document.createElement("span");
        where.className = "results__domain";
        where.appendChild(isolated(domain[1]));
        li.appendChild(a);
        li.appendChild(code);
        li.appendChild(where);
        list.appendChild(li);
      });
      section.hidden = total === 0;
      more.hidden = total <= hits.length;
      more.textContent = total > hits.length ? "Showing the first " + hits.length + " of " + total + " matching values. Type more to narrow the search." : "";
    }

    function run(words, done) {
      if (state === "idle") {
        load();
      }
      if (state === "loading") {
        waiting = [function () {
          run(words, done);
        }];
        return;
      }
      var index = window.UnifiedBadgesSearchIndex;
      if (state === "failed" || !index) {
        section.hidden = true;
        done({}, 0);
        return;
      }
      var hits = [];
      var total = 0;
      var domainsWithHits = {};
      for (var i = 0; i < index.values.length; i++) {
        var value = index.values[i];
        var domain = index.domains[value[0]];
        if (matchesAllIn(domain[4], value[4], words)) {
          total++;
          domainsWithHits[domain[2]] = true;
          if (hits.length < LIMIT) {
            hits.push(value);
          }
        }
      }
      render(index, hits, total);
      done(domainsWithHits, total);
    }

    function clear() {
      if (section) {
        section.hidden = true;
        list.textContent = "";
      }
    }

    return { load: load, run: run, clear: clear };
  }

  function start() {
    setUpThemeSwitch();
    setUpStyleSwitch();
    setUpCopyButtons();
    setUpFilter();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
