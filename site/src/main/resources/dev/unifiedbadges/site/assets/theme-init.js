/*
 * Unified Badges catalog: applies the saved theme before the first paint, so a dark page never
 * flashes light. Loaded as a blocking script in <head>, before the stylesheets. "light" and "dark"
 * set two attributes on <html>: data-badge-theme, which the site's CSS follows, and the badge CSS's
 * own data-<prefix>-theme, named by <html data-theme-attribute> (the same one under the default
 * prefix). "system" (or nothing saved) removes both, so prefers-color-scheme decides. A
 * ?theme=light|dark|system query parameter overrides the saved choice for that page view without
 * saving it. site.js's theme switch applies a choice through the same function.
 */
(function () {
  "use strict";
  var theme = null;
  try {
    var match = /(?:^|[?&])theme=(light|dark|system)(?:&|$)/.exec(window.location.search);
    theme = match ? match[1] : window.localStorage.getItem("unified-badges-theme");
  } catch (e) {
    theme = null;
  }
  var root = document.documentElement;
  var names = ["data-badge-theme", root.getAttribute("data-theme-attribute") || "data-badge-theme"];

  function applyTheme(t) {
    for (var i = 0; i < names.length; i++) {
      if (t === "light" || t === "dark") {
        root.setAttribute(names[i], t);
      } else {
        root.removeAttribute(names[i]);
      }
    }
  }

  window.unifiedBadgesApplyTheme = applyTheme;
  applyTheme(theme);
})();
