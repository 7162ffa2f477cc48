package dev.unifiedbadges.tokens;

import dev.unifiedbadges.model.Badge;
import dev.unifiedbadges.model.Deprecation;
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

  static Utf8Builder moduleBuilder(ExportModel p) {
    return moduleBuilder(p, false);
  }

  /**
   * The module; with {@code commonJs}, the same code as a CommonJS module (for {@code require()}),
   * which assigns each export to {@code exports} at the end.
   */
  static Utf8Builder moduleBuilder(ExportModel p, boolean commonJs) {
    Utf8Builder sb = new Utf8Builder(8192 + p.pairingCount() * 170 + p.domains.size() * 400);
    if (commonJs) {
      sb.append("\"use strict\";\n");
    }
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
    sb.append("\n// [base, icon, label]: the classes of the badge markup.\nconst CLASSES = [");
    js(sb, p.css.base());
    sb.append(", ");
    js(sb, p.css.iconElement());
    sb.append(", ");
    js(sb, p.css.labelElement());
    sb.append("];\n");
    String code = JsRuntime.RESOLUTION + JsRuntime.HELPERS;
    if (commonJs) {
      sb.append(JsRuntime.commonJs(code));
      sb.append('\n');
      for (String name : JsRuntime.EXPORTS) {
        sb.append("exports.").append(name).append(" = ").append(name).append(";\n");
      }
    } else {
      sb.append(code);
    }
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
      deprecatedDoc(sb, "  ", d.domain().deprecation());
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
      deprecatedDoc(sb, "  ", d.domain().deprecation());
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
    boolean deprecations = hasDeprecatedValues(p);
    if (deprecations) {
      valueEntries(sb, p);
    }

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
          readonly values: VALUES_TYPE;
          readonly unknown: Badge;
        }

        /** The catalog: every domain and the catalog-wide unknown fallback. */
        export declare const catalog: {
          readonly domains: { readonly [D in BadgeDomain]: BadgeDomainData<D> };
          readonly unknown: Badge;
        };

        /** What a value argument may hold before it is checked against a domain. */
        export type BadgeInput = string | number | bigint | boolean | null | undefined;

        /**
         * The check of a value argument V for domain D: a string literal must be a value or alias of D
         * (otherwise the expected type, and so tsc's error, is the list of D's values and aliases); a
         * string only known at run time, null, undefined, numbers, bigints and booleans pass as they are
         * and resolve at run time, falling back to the domain's unknown badge.
         */
        export type BadgeValueArg<D extends BadgeDomain, V> = V extends string
          ? string extends V
            ? V
            : V extends BadgeValue<D> | BadgeAlias<D>
              ? V
              : BadgeValue<D> | BadgeAlias<D>
          : V;

        /**
         * The badge for a value of a domain: exact value or alias, then in NFC ignoring surrounding
         * white space and ASCII case; otherwise the domain's unknown fallback (also for null and
         * undefined; numbers, booleans and bigints are matched by their String() form, e.g. true as
         * "true"). Throws for a domain the catalog does not define.
         */
        export declare function badgeFor<D extends BadgeDomain, V extends BadgeInput>(
          domain: D,
          value: BadgeValueArg<D, V>,
        ): Badge;

        /**
         * A variant: subtle (the default, a tinted fill), solid (emphasis), outline (for busy or
         * coloured surfaces) or dot (a coloured dot before plain text, for dense tables).
         */
        export type BadgeVariant = "subtle" | "solid" | "outline" | "dot";

        /** A size: sm (11px text), md (12px, the default) or lg (14px). */
        export type BadgeSize = "sm" | "md" | "lg";

        /**
         * How to render a badge. Subtle and md add no class; an unknown variant or size (from
         * untyped code) falls back to the default. iconOnly keeps the label as visually hidden
         * text, so screen readers still read it; with the dot variant it gives a dot alone.
         */
        export interface BadgeOptions {
          readonly variant?: BadgeVariant;
          readonly size?: BadgeSize;
          readonly iconOnly?: boolean;
        }

        /**
         * The classes of the badge: the base class, then the pairing's or the fallback's, then the
         * options' modifier classes, space-separated.
         */
        export declare function badgeClassName<D extends BadgeDomain, V extends BadgeInput>(
          domain: D,
          value: BadgeValueArg<D, V>,
          options?: BadgeOptions,
        ): string;

        /** The badge's HTML, the markup the catalog site shows, with the label escaped. */
        export declare function badgeHtml<D extends BadgeDomain, V extends BadgeInput>(
          domain: D,
          value: BadgeValueArg<D, V>,
          options?: BadgeOptions,
        ): string;

        /** The part of a DOM element the helpers use, for code compiled without the DOM types. */
        export interface BadgeNode {
          className: string;
          textContent: string | null;
          setAttribute(name: string, value: string): void;
          append(...nodes: any[]): void;
        }

        /** The part of a DOM document createBadgeElement uses: window.document, or jsdom's. */
        export interface BadgeDocument {
          createElement(tagName: "span"): BadgeNode;
        }

        /** HTMLSpanElement where the DOM types are loaded (lib "dom"); BadgeNode otherwise. */
        export type BadgeSpanElement = typeof globalThis extends {
          HTMLSpanElement: { prototype: infer E };
        }
          ? E
          : BadgeNode;

        /**
         * The badge as a DOM element with badgeHtml's markup, built without parsing HTML, in
         * `document` (the global document by default; pass one in Node).
         */
        export declare function createBadgeElement<D extends BadgeDomain, V extends BadgeInput>(
          domain: D,
          value: BadgeValueArg<D, V>,
          options?: BadgeOptions,
          document?: BadgeDocument,
        ): BadgeSpanElement;
        /** As above, without options: the document third (the signature before options). */
        export declare function createBadgeElement<D extends BadgeDomain, V extends BadgeInput>(
          domain: D,
          value: BadgeValueArg<D, V>,
          document: BadgeDocument,
        ): BadgeSpanElement;

        /** The part of a custom element registry defineBadgeElement uses: window.customElements. */
        export interface BadgeElementRegistry {
          get(name: string): unknown;
          define(name: string, constructor: any): void;
        }

        /**
         * Registers a light-DOM custom element, e.g. defineBadgeElement("status-badge") for
         * <status-badge domain="tenant.status" value="active">, which renders badgeHtml's markup inside
         * itself and follows its attributes: domain, value, and the options variant, size and the
         * boolean icon-only (an unknown domain throws, as in badgeFor). Nothing is
         * registered on import; a second call with the same name returns the same class.
         */
        export declare function defineBadgeElement(
          name: `${string}-${string}`,
          registry?: BadgeElementRegistry,
        ): unknown;
        """
            .replace("VALUES_TYPE", deprecations ? VALUES_WITH_DEPRECATIONS : VALUES_PLAIN));
    return sb;
  }

  /** {@code " a" | "b"}, or {@code " never"} when empty. */
  /** The type of a domain's {@code values} in {@code BadgeDomainData}, with deprecations or not. */
  private static final String VALUES_PLAIN = "{ readonly [V in BadgeValue<D>]: Badge }";

  /**
   * Over {@code BadgeValueEntries}: a mapped type over {@code keyof} keeps each property's
   * declaration, so editors strike a deprecated entry through in {@code catalog.domains[d].values}.
   */
  private static final String VALUES_WITH_DEPRECATIONS =
      "{ readonly [V in keyof BadgeValueEntries[D]]: Badge }";

  private static boolean hasDeprecatedValues(ExportModel p) {
    for (DomainInfo d : p.domains) {
      for (BadgeInfo b : d.values()) {
        if (b.badge().deprecated()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Written only when a value is deprecated, so a catalog without deprecations keeps its types byte
   * for byte. TypeScript cannot attach JSDoc to a member of a literal union, so the values become
   * properties here, each deprecated one with its {@code @deprecated} note.
   */
  private static void valueEntries(Utf8Builder sb, ExportModel p) {
    sb.append(
        "/** Each domain's values as properties, so a deprecated value carries its `@deprecated` note. */\n"
            + "export interface BadgeValueEntries {\n");
    for (DomainInfo d : p.domains) {
      sb.append("  ");
      js(sb, d.domain().name());
      sb.append(": {\n");
      for (BadgeInfo b : d.values()) {
        deprecatedDoc(sb, "    ", b.badge().deprecation());
        sb.append("    readonly ");
        js(sb, b.badge().value());
        sb.append(": Badge;\n");
      }
      sb.append("  };\n");
    }
    sb.append("}\n\n");
  }

  /** {@code /** @deprecated why *}{@code /} on its own line, or nothing for a current entry. */
  private static void deprecatedDoc(Utf8Builder sb, String indent, Deprecation d) {
    if (d == null) {
      return;
    }
    sb.append(indent).append("/** @deprecated ").append(jsDoc(d.summary())).append(" */\n");
  }

  /**
   * Catalog text inside a JSDoc comment: on one line, and unable to end the comment or start a tag
   * ({@code *}{@code /} and {@code @} are broken with a zero-width-free escape: {@code *\/}, {@code
   * \@}).
   */
  static String jsDoc(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
        out.append(' ');
      } else if (c == '/' && i > 0 && text.charAt(i - 1) == '*') {
        out.append("\\/");
      } else if (c == '@') {
        out.append("\\@");
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

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
