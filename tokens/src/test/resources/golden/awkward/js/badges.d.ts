// Unified Badges: types of badges.js, generated from the badge catalog. Do not edit.

/** A tone: the colour role of a badge. */
export type BadgeTone =
  | "1st"
  | "accent"
  | "danger"
  | "info"
  | "neutral"
  | "plain"
  | "success"
  | "warning";

/** An icon the catalog uses (a Lucide icon name). */
export type BadgeIcon =
  | "archive"
  | "circle-check"
  | "circle-help"
  | "circle-x"
  | "eye"
  | "loader-circle"
  | "sparkles"
  | "star"
  | "triangle-alert";

/** A domain the catalog defines. */
export type BadgeDomain =
  | "2fa.status*/"
  | "Größe Status"
  | "__proto__";

/** The values of each domain, as defined (aliases not included). */
export interface BadgeValues {
  "2fa.status*/": "404" | "in progress" | "ok" | "ÄÖ";
  "Größe Status": "\u003c/script>\u003cb>" | "__proto__" | "日本";
  "__proto__": "hasOwnProperty";
}

/** The aliases of each domain's values. */
export interface BadgeAliases {
  "2fa.status*/": "E404" | "Not Found" | "in_progress";
  "Größe Status": "\u003c!--" | "constructor" | "toString" | "ニホン";
  "__proto__": "  SPACED  ";
}

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
