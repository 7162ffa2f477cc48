/*
 * Unified Badges catalog: applies the saved theme before the first paint, so a dark page never
 * flashes light. Loaded as a blocking script in <head>, before the stylesheets. "light" and "dark"
 * set data-badge-theme on <html>, which the badge CSS and the site's CSS both follow; "system"
 * (or nothing saved) leaves it unset, so prefers-color-scheme decides. A ?theme=light|dark|system
 * query parameter overrides the saved choice for that page view without saving it.
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
  if (theme === "light" || theme === "dark") {
    root.setAttribute("data-badge-theme", theme);
  } else {
    root.removeAttribute("data-badge-theme");
  }
})();
