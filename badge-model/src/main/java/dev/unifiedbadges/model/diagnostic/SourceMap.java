package dev.unifiedbadges.model.diagnostic;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each part of a catalog was defined, keyed by JSON Pointer ({@code
 * /domains/finding.status/values/new/tone}), so checks that run after loading can still point at
 * the right line.
 */
public final class SourceMap {

  private final Map<String, Location> locations = new HashMap<>();
  private final String fallbackFile;

  public SourceMap(String fallbackFile) {
    this.fallbackFile = fallbackFile;
  }

  /** For catalogs built in code: every location is the given pseudo file. */
  public static SourceMap none() {
    return new SourceMap("<in-memory catalog>");
  }

  public void put(String pointer, Location location) {
    locations.put(pointer, location);
  }

  /** Copies the locations under the given top-level sections (e.g. {@code /tones}). */
  public void putAll(SourceMap other, String... sections) {
    other.locations.forEach(
        (pointer, location) -> {
          for (String section : sections) {
            if (pointer.equals(section) || pointer.startsWith(section + "/")) {
              put(pointer, location);
            }
          }
        });
  }

  /** The location of a pointer, or of its nearest ancestor that has one. */
  public Location locate(String pointer) {
    String p = pointer;
    while (true) {
      Location at = locations.get(p);
      if (at != null) {
        return at;
      }
      int slash = p.lastIndexOf('/');
      if (slash <= 0) {
        Location root = locations.get("");
        return root != null ? root : Location.file(fallbackFile);
      }
      p = p.substring(0, slash);
    }
  }

  /** Builds a JSON Pointer from raw segments, escaping {@code ~} and {@code /}. */
  public static String pointer(String... segments) {
    StringBuilder sb = new StringBuilder();
    for (String s : segments) {
      sb.append('/').append(s.replace("~", "~0").replace("/", "~1"));
    }
    return sb.toString();
  }
}
