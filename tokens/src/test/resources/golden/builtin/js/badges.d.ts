// Unified Badges: types of badges.js, generated from the badge catalog. Do not edit.

/** A tone: the colour role of a badge. */
export type BadgeTone =
  | "accent"
  | "danger"
  | "info"
  | "neutral"
  | "success"
  | "warning";

/** An icon the catalog uses (a Lucide icon name). */
export type BadgeIcon =
  | "archive"
  | "ban"
  | "circle-check"
  | "circle-help"
  | "circle-x"
  | "clock"
  | "crosshair"
  | "eye"
  | "hourglass"
  | "list-checks"
  | "loader-circle"
  | "octagon-alert"
  | "pencil"
  | "scan-eye"
  | "shield"
  | "signal-high"
  | "signal-low"
  | "signal-medium"
  | "skip-forward"
  | "sparkles"
  | "star"
  | "star-off"
  | "triangle-alert";

/** A domain the catalog defines. */
export type BadgeDomain =
  | "backup_schedule_run.status"
  | "entra_group_sync_run.safety_stop_triggered"
  | "entra_group_sync_run.status"
  | "finding.severity"
  | "finding.status"
  | "inventory_sync_run.status"
  | "operation_run.outcome"
  | "operation_run.status"
  | "restore_run.status"
  | "tenant.is_current"
  | "tenant.status";

/** The values of each domain, as defined (aliases not included). */
export interface BadgeValues {
  "backup_schedule_run.status": "canceled" | "failed" | "partial" | "running" | "skipped" | "success";
  "entra_group_sync_run.safety_stop_triggered": "false" | "true";
  "entra_group_sync_run.status": "failed" | "partial" | "pending" | "running" | "succeeded";
  "finding.severity": "high" | "low" | "medium";
  "finding.status": "acknowledged" | "new";
  "inventory_sync_run.status": "failed" | "partial" | "pending" | "running" | "skipped" | "success";
  "operation_run.outcome": "cancelled" | "failed" | "partial" | "pending" | "succeeded";
  "operation_run.status": "completed" | "queued" | "running";
  "restore_run.status": "cancelled" | "checked" | "completed" | "draft" | "failed" | "partial" | "pending" | "previewed" | "queued" | "running" | "scoped";
  "tenant.is_current": "false" | "true";
  "tenant.status": "active" | "archived";
}

/** The aliases of each domain's values. */
export interface BadgeAliases {
  "backup_schedule_run.status": "cancelled";
  "entra_group_sync_run.safety_stop_triggered": never;
  "entra_group_sync_run.status": never;
  "finding.severity": never;
  "finding.status": never;
  "inventory_sync_run.status": never;
  "operation_run.outcome": "canceled";
  "operation_run.status": never;
  "restore_run.status": "canceled";
  "tenant.is_current": never;
  "tenant.status": never;
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
