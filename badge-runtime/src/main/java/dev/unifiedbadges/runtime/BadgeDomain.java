package dev.unifiedbadges.runtime;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A domain's badges and its fallback, resolving values exactly as {@code BadgeCatalog.resolve}
 * does: an exact value or alias first, then the first badge (in definition order) one of whose
 * names has the same {@link LookupKey}, else the fallback.
 */
public final class BadgeDomain {

  private final String name;
  private final List<Badge> values;
  private final Badge unknown;
  private final Map<String, Badge> exact = new HashMap<>();
  private final Map<String, Badge> byKey = new HashMap<>();

  /**
   * @param name the domain's name as defined
   * @param values its badges, in definition order
   * @param unknown what any other value resolves to
   */
  public BadgeDomain(String name, List<Badge> values, Badge unknown) {
    this.name = Objects.requireNonNull(name, "name");
    this.values = List.copyOf(values);
    this.unknown = Objects.requireNonNull(unknown, "unknown");
    for (Badge badge : this.values) {
      exact.putIfAbsent(badge.value(), badge);
      badge.aliases().forEach(alias -> exact.putIfAbsent(alias, badge));
    }
    for (Badge badge : this.values) {
      byKey.putIfAbsent(LookupKey.of(badge.value()), badge);
      badge.aliases().forEach(alias -> byKey.putIfAbsent(LookupKey.of(alias), badge));
    }
  }

  /** The domain's name as defined, e.g. {@code operation_run.outcome}. */
  public String name() {
    return name;
  }

  /** Its badges, in definition order. */
  public List<Badge> values() {
    return values;
  }

  /** The badge of unknown and null values. */
  public Badge unknown() {
    return unknown;
  }

  /** The badge of a value or alias, without the fallback. */
  public Optional<Badge> find(String value) {
    if (value == null) {
      return Optional.empty();
    }
    Badge badge = exact.get(value);
    return Optional.ofNullable(badge != null ? badge : byKey.get(LookupKey.of(value)));
  }

  /** The badge of any value: never null, never throws; {@link #unknown} when nothing matches. */
  public Badge resolve(String value) {
    return find(value).orElse(unknown);
  }

  @Override
  public String toString() {
    return "BadgeDomain[" + name + ", " + values.size() + " values]";
  }
}
