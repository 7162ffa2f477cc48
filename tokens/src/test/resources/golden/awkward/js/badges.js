// Unified Badges: generated from the badge catalog. Do not edit; change the definitions and regenerate.
// Rows: [value, label, tone, icon, aliases, description, className].

const UNKNOWN = ["unknown", "Unbekannt \"?\"", "neutral", "circle-help", [], "Kein Wert \u003c/script>", "badge--unknown"];

// [name, title, description, values, unknown]
const DOMAINS = [
  ["2fa.status*/", "2FA status", "Digits first */ and a comment end", [
    ["404", "Not found", "danger", "circle-x", ["Not Found", "E404"], "", "badge--2fa-status--404"],
    ["ÄÖ", "Umlaute ÄÖ", "plain", "star", [], "non-ASCII value", "badge--2fa-status--äö"],
    ["in progress", "In progress", "info", "loader-circle", ["in_progress"], "", "badge--2fa-status--in-progress"],
    ["ok", "OK", "1st", "circle-check", [], "", "badge--2fa-status--ok"],
  ], ["unknown", "Unbekannt \"?\"", "neutral", "circle-help", [], "Kein Wert \u003c/script>", "badge--2fa-status--unknown"]],
  ["Größe Status", "Größe Status", "quotes \" and \\ backslash\nnew line \u2028 separator", [
    ["\u003c/script>\u003cb>", "Tag \u2028 sep", "warning", "triangle-alert", ["\u003c!--"], "a\u003c/script>b", "badge--größe-status--script-b"],
    ["__proto__", "Proto", "accent", "sparkles", ["constructor", "toString"], "", "badge--größe-status--proto"],
    ["日本", "日本語 🎌", "success", "archive", ["ニホン"], "", "badge--größe-status--日本"],
  ], ["unknown", "Eigene Unbekannte", "accent", "circle-help", [], "", "badge--größe-status--unknown"]],
  ["__proto__", "Proto domain", "", [
    ["hasOwnProperty", "Own", "neutral", "eye", ["  SPACED  "], "", "badge--proto--has-own-property"],
  ], ["unknown", "Unbekannt \"?\"", "neutral", "circle-help", [], "Kein Wert \u003c/script>", "badge--proto--unknown"]],
];

function isSpace(c) {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12;
}

/** BadgeCatalog.lookupKey: the NFC form, then ASCII white space [ \t\n\r\f] trimmed and ASCII A-Z lower-cased. */
function lookupKey(value) {
  value = value.normalize("NFC");
  let start = 0;
  let end = value.length;
  while (start < end && isSpace(value.charCodeAt(start))) start++;
  while (end > start && isSpace(value.charCodeAt(end - 1))) end--;
  return value.slice(start, end).replace(/[A-Z]+/g, (upper) => upper.toLowerCase());
}

function badge(row) {
  return Object.freeze({
    value: row[0],
    label: row[1],
    tone: row[2],
    icon: row[3],
    aliases: Object.freeze(row[4]),
    description: row[5],
    className: row[6],
  });
}

const domains = Object.create(null);
const index = new Map();
for (const [name, title, description, rows, fallback] of DOMAINS) {
  const values = Object.create(null);
  const list = rows.map(badge);
  const exact = new Map();
  const keyed = new Map();
  for (const b of list) {
    values[b.value] = b;
    for (const n of [b.value, ...b.aliases]) {
      if (!exact.has(n)) exact.set(n, b);
    }
  }
  for (const b of list) {
    for (const n of [b.value, ...b.aliases]) {
      const key = lookupKey(n);
      if (!keyed.has(key)) keyed.set(key, b);
    }
  }
  const unknown = badge(fallback);
  domains[name] = Object.freeze({
    name,
    title,
    description,
    values: Object.freeze(values),
    unknown,
  });
  index.set(name, { exact, keyed, unknown });
}

/** Every domain (name, title, description, values by value name, unknown fallback) and the catalog fallback. */
export const catalog = Object.freeze({
  domains: Object.freeze(domains),
  unknown: badge(UNKNOWN),
});

/**
 * The badge for a value of a domain: an exact value or alias first, then one that matches
 * in NFC, ignoring surrounding ASCII white space and ASCII case; otherwise the domain's unknown
 * fallback (also for null and undefined). Other types are converted with String(value).
 * Throws for a domain the catalog does not define: that is a programming error.
 */
export function badgeFor(domain, value) {
  const d = typeof domain === "string" ? index.get(domain) : undefined;
  if (d === undefined) {
    throw new Error("Unknown badge domain '" + String(domain) + "'. Known domains: [" + DOMAINS.map((row) => row[0]).join(", ") + "]");
  }
  if (value === null || value === undefined) return d.unknown;
  const v = typeof value === "string" ? value : String(value);
  return d.exact.get(v) ?? d.keyed.get(lookupKey(v)) ?? d.unknown;
}
