package dev.unifiedbadges.tokens.format;

import java.util.Objects;

/**
 * One file a format declares before writing it; the catalog site lists it on its downloads page.
 *
 * @param path relative to the output directory, {@code '/'}-separated, e.g. {@code css/badges.css}
 * @param group the heading it is listed under, e.g. {@code CSS}
 * @param description one sentence saying what the file holds, for the downloads page
 * @param mediaType the IANA media type, e.g. {@code text/css}
 */
public record OutputFile(String path, String group, String description, String mediaType) {

  public OutputFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(mediaType, "mediaType");
    if (path.isEmpty() || path.startsWith("/") || path.endsWith("/")) {
      throw new IllegalArgumentException("not a relative file path: '" + path + "'");
    }
  }
}
