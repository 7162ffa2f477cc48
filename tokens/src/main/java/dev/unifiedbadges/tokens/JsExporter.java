package dev.unifiedbadges.tokens;

import dev.unifiedbadges.model.Badge;
import dev.unifiedbadges.tokens.ExportModel.BadgeInfo;
import dev.unifiedbadges.tokens.ExportModel.DomainInfo;
import dev.unifiedbadges.tokens.ExportModel.ToneInfo;
import java.util.List;
import java.util.TreeSet;

/**
 * Writes {@code badges.js}, a dependency-free ES module with the catalog data and {@code
 * badgeFor(domain, value)} (the same resolution as {@code BadgeCatalog.resolve}), and {@code
 * badges.d.ts} with literal-union types for its domains and values.
 */
final class JsExporter {

  private JsExporter() {}

  /** The runtime that turns the data tables into frozen objects and resolves values. */
  private static final String RUNTIME =
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

  static Utf8Builder moduleBuilder(ExportModel p) {
    Utf8Builder sb = new Utf8Builder(4096 + p.pairingCount() * 170 + p.domains.size() * 400);
    sb.append(
        "// Unified Badges: generated from the badge catalog. Do not edit; change the definitions and regenerate.\n");
    sb.append("// Rows: [value, label, tone, icon, aliases, description, className].\n\n");
    sb.append("const UNKNOWN = ");
    row(sb, p.unknown);
    sb.append(";\n\n");
    sb.append("// [name, title, description, values, unknown]\n");
    sb.append("const DOMAINS = [");
    boolean firstDomain = true;
    for (DomainInfo d : p.domains) {
      sb.append(firstDomain ? "\n  [" : ",\n  [");
      firstDomain = false;
      js(sb, d.domain().name());
      sb.append(", ");
      js(sb, d.domain().title());
      sb.append(", ");
      js(sb, d.domain().description());
      sb.append(", [");
      for (BadgeInfo b : d.values()) {
        sb.append("\n    ");
        row(sb, b);
        sb.append(',');
      }
      sb.append("\n  ], ");
      row(sb, d.unknown());
      sb.append(']');
    }
    sb.append(firstDomain ? "];\n" : ",\n];\n");
    sb.append(RUNTIME);
    return sb;
  }

  private static void row(Utf8Builder sb, BadgeInfo info) {
    Badge b = info.badge();
    sb.append('[');
    js(sb, b.value());
    sb.append(", ");
    js(sb, b.label());
    sb.append(", ");
    js(sb, b.tone());
    sb.append(", ");
    js(sb, b.icon());
    sb.append(", [");
    List<String> aliases = b.aliases();
    for (int i = 0; i < aliases.size(); i++) {
      if (i > 0) {
        sb.append(", ");
      }
      js(sb, aliases.get(i));
    }
    sb.append("], ");
    js(sb, b.description());
    sb.append(", ");
    js(sb, info.className());
    sb.append(']');
  }

  /** A string literal, safe in JavaScript and in an HTML script element. */
  private static void js(Utf8Builder sb, String s) {
    JsonWriter.appendQuoted(sb, s, true);
  }

  static Utf8Builder declarationsBuilder(ExportModel p) {
    Utf8Builder sb = new Utf8Builder(4096 + p.pairingCount() * 40 + p.domains.size() * 120);
    sb.append(
        "// Unified Badges: types of badges.js, generated from the badge catalog. Do not edit.\n\n");

    sb.append("/** A tone: the colour role of a badge. */\nexport type BadgeTone =");
    TreeSet<String> tones = new TreeSet<>();
    for (ToneInfo t : p.tones) {
      tones.add(t.name());
    }
    union(sb, tones, "\n  | ");
    sb.append(";\n\n");

    sb.append("/** An icon the catalog uses (a Lucide icon name). */\nexport type BadgeIcon =");
    union(sb, p.icons.keySet(), "\n  | ");
    sb.append(";\n\n");

    sb.append("/** A domain the catalog defines. */\nexport type BadgeDomain =");
    TreeSet<String> domainNames = new TreeSet<>();
    for (DomainInfo d : p.domains) {
      domainNames.add(d.domain().name());
    }
    union(sb, domainNames, "\n  | ");
    sb.append(";\n\n");

    sb.append(
        "/** The values of each domain, as defined (aliases not included). */\nexport interface BadgeValues {\n");
    for (DomainInfo d : p.domains) {
      sb.append("  ");
      js(sb, d.domain().name());
      sb.append(':');
      TreeSet<String> values = new TreeSet<>();
      for (BadgeInfo b : d.values()) {
        values.add(b.badge().value());
      }
      union(sb, values, " | ");
      sb.append(";\n");
    }
    sb.append("}\n\n");

    sb.append("/** The aliases of each domain's values. */\nexport interface BadgeAliases {\n");
    for (DomainInfo d : p.domains) {
      sb.append("  ");
      js(sb, d.domain().name());
      sb.append(':');
      TreeSet<String> aliases = new TreeSet<>();
      for (BadgeInfo b : d.values()) {
        aliases.addAll(b.badge().aliases());
      }
      union(sb, aliases, " | ");
      sb.append(";\n");
    }
    sb.append("}\n\n");

    sb.append(
        """
        /** A value of domain D. */
        export type BadgeValue<D extends BadgeDomain> = BadgeValues[D];

        /** An alias of a value of domain D. */
        export type BadgeAlias<D extends BadgeDomain> = BadgeAliases[D];

        /** How one value renders. */
        export interface Badge {
          /** The value as defined, or "unknown" for a fallback. */
          readonly value: string;
          readonly label: string;
          readonly tone: BadgeTone;
          readonly icon: BadgeIcon;
          readonly aliases: readonly string[];
          readonly description: string;
          /** The pairing's CSS class, to use together with the base class. */
          readonly className: string;
        }

        /** A domain: its values by name and its unknown fallback. */
        export interface BadgeDomainData<D extends BadgeDomain = BadgeDomain> {
          readonly name: D;
          readonly title: string;
          readonly description: string;
          readonly values: { readonly [V in BadgeValue<D>]: Badge };
          readonly unknown: Badge;
        }

        /** The catalog: every domain and the catalog-wide unknown fallback. */
        export declare const catalog: {
          readonly domains: { readonly [D in BadgeDomain]: BadgeDomainData<D> };
          readonly unknown: Badge;
        };

        /** A string type that is not a literal: a value only known at run time. */
        type RuntimeString<V extends string> = string extends V ? V : never;

        /**
         * The badge for a value of a domain: exact value or alias, then in NFC ignoring surrounding
         * white space and ASCII case; otherwise the domain's unknown fallback. A literal must be a value or
         * alias of the domain; a string only known at run time is accepted and may fall back.
         */
        export declare function badgeFor<D extends BadgeDomain>(
          domain: D,
          value: BadgeValue<D> | BadgeAlias<D> | null | undefined,
        ): Badge;
        export declare function badgeFor<D extends BadgeDomain, V extends string>(
          domain: D,
          value: (V & RuntimeString<V>) | null | undefined,
        ): Badge;
        /** Numbers, booleans and bigints are matched by their String() form, e.g. true as "true". */
        export declare function badgeFor<D extends BadgeDomain>(
          domain: D,
          value: number | bigint | boolean,
        ): Badge;
        """);
    return sb;
  }

  /** {@code " a" | "b"}, or {@code " never"} when empty. */
  private static void union(Utf8Builder sb, Iterable<String> names, String separator) {
    boolean first = true;
    for (String name : names) {
      sb.append(first ? separator.startsWith("\n") ? separator : " " : separator);
      first = false;
      js(sb, name);
    }
    if (first) {
      sb.append(" never");
    }
  }
}
