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
