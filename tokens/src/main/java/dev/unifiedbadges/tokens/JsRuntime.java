package dev.unifiedbadges.tokens;

/**
 * The fixed code of the JS module and its declarations: resolution, the render helpers and the
 * types, as written once in ES module syntax; {@link #commonJs} derives the CommonJS form, so both
 * entries run the same code.
 */
final class JsRuntime {

  /** The runtime that turns the data tables into frozen objects and resolves values. */
  static final String RESOLUTION =
      """

      function isSpace(c) {
        return c === 32 || c === 9 || c === 10 || c === 13 || c === 12;
      }

      /** BadgeCatalog.lookupKey: the NFC form, then ASCII white space [ \\t\\n\\r\\f] trimmed and ASCII A-Z lower-cased. */
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
      """;

  /**
   * The render helpers: class names, an escaped HTML string, a DOM element and an opt-in custom
   * element. Nothing here runs on import: the DOM is only touched inside the functions.
   */
  static final String HELPERS =
      """
      const [BASE_CLASS, ICON_CLASS, LABEL_CLASS] = CLASSES;

      const VARIANTS = new Map(["solid", "outline", "dot"].map((v) => [v, " " + BASE_CLASS + "--" + v]));
      const SIZES = new Map(["sm", "lg"].map((s) => [s, " " + BASE_CLASS + "--" + s]));

      function modifier(table, value) {
        return typeof value === "string" ? table.get(value.trim().toLowerCase()) ?? "" : "";
      }

      /**
       * The modifier classes of the options { variant, size, iconOnly }: none for subtle and md (the
       * defaults) and for an unknown variant or size, which fall back to the default.
       */
      function modifierClasses(options) {
        if (options === undefined || options === null || typeof options !== "object") return "";
        return modifier(VARIANTS, options.variant) + modifier(SIZES, options.size)
          + (options.iconOnly === true ? " " + BASE_CLASS + "--icon-only" : "");
      }

      /** The classes of the badge for a value of a domain: the base class, the pairing's (or the fallback's), then the options' modifiers. */
      export function badgeClassName(domain, value, options) {
        return BASE_CLASS + " " + badgeFor(domain, value).className + modifierClasses(options);
      }

      const ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\\"": "&quot;", "'": "&#39;" };

      /** Text for HTML content and quoted attribute values: & < > " ' as entities, the bidi controls as references. */
      function escapeHtml(text) {
        return text.replace(/[&<>"'\\u202a-\\u202e\\u2066-\\u2069]/g, (c) => ENTITIES[c] ?? "&#x" + c.charCodeAt(0).toString(16) + ";");
      }

      /**
       * The badge as an HTML string, the markup the catalog site shows, with the label escaped:
       * <span class="badge badge--d--v"><span class="badge__icon" aria-hidden="true"></span><span class="badge__label">Label</span></span>
       */
      export function badgeHtml(domain, value, options) {
        const b = badgeFor(domain, value);
        return "<span class=\\"" + escapeHtml(BASE_CLASS + " " + b.className + modifierClasses(options)) + "\\"><span class=\\"" + ICON_CLASS
          + "\\" aria-hidden=\\"true\\"></span><span class=\\"" + LABEL_CLASS + "\\">" + escapeHtml(b.label) + "</span></span>";
      }

      function documentOf(doc, what) {
        if (doc === undefined || doc === null) {
          throw new Error(what + " needs a document: pass one where there is no global document (e.g. in Node)");
        }
        return doc;
      }

      /**
       * The badge as a DOM element with the same markup as badgeHtml, built without parsing HTML.
       * The document may also come third, in place of the options (the signature before options).
       */
      export function createBadgeElement(domain, value, options, doc = globalThis.document) {
        if (options !== null && typeof options === "object" && typeof options.createElement === "function") {
          doc = options;
          options = undefined;
        }
        const d = documentOf(doc, "createBadgeElement");
        const b = badgeFor(domain, value);
        const root = d.createElement("span");
        root.className = BASE_CLASS + " " + b.className + modifierClasses(options);
        const icon = d.createElement("span");
        icon.className = ICON_CLASS;
        icon.setAttribute("aria-hidden", "true");
        const label = d.createElement("span");
        label.className = LABEL_CLASS;
        label.textContent = b.label;
        root.append(icon, label);
        return root;
      }

      const elementClasses = new WeakSet();

      /**
       * Registers a light-DOM custom element, e.g. <status-badge domain="tenant.status" value="active"
       * variant="dot" size="sm" icon-only>, that renders the badge's markup inside itself and follows
       * changes of its attributes. Only this call registers anything; calling it again for the same
       * name returns the same class.
       */
      export function defineBadgeElement(name, registry = globalThis.customElements) {
        if (registry === undefined || registry === null) {
          throw new Error("defineBadgeElement needs a custom element registry: call it in a browser, or pass one");
        }
        const existing = registry.get(name);
        if (existing !== undefined) {
          if (elementClasses.has(existing)) return existing;
          throw new Error("The custom element '" + String(name) + "' is already defined by another class");
        }
        class BadgeElement extends globalThis.HTMLElement {
          static get observedAttributes() {
            return ["domain", "value", "variant", "size", "icon-only"];
          }
          connectedCallback() {
            this.render();
          }
          attributeChangedCallback() {
            if (this.isConnected) this.render();
          }
          render() {
            const options = {
              variant: this.getAttribute("variant"),
              size: this.getAttribute("size"),
              iconOnly: this.hasAttribute("icon-only"),
            };
            this.replaceChildren(createBadgeElement(this.getAttribute("domain"), this.getAttribute("value"), options, this.ownerDocument));
          }
        }
        elementClasses.add(BadgeElement);
        registry.define(name, BadgeElement);
        return BadgeElement;
      }
      """;

  /** The names every entry exports, in the order the CommonJS entry assigns them. */
  static final String[] EXPORTS = {
    "catalog", "badgeFor", "badgeClassName", "badgeHtml", "createBadgeElement", "defineBadgeElement"
  };

  private JsRuntime() {}

  /**
   * {@code code} as CommonJS: each top-level {@code export} keyword dropped (this runtime only
   * exports with {@code export const} and {@code export function} at the start of a line).
   */
  static String commonJs(String code) {
    return code.replace("\nexport const ", "\nconst ").replace("\nexport function ", "\nfunction ");
  }
}
