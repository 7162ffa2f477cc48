package dev.unifiedbadges.tokens.format;

import java.util.List;
import java.util.Objects;

/**
 * The files one format declared in a run.
 *
 * @param formatId the format's {@link OutputFormat#id}
 * @param files its declared files, in declaration order
 */
public record FormatFiles(String formatId, List<OutputFile> files) {

  public FormatFiles {
    Objects.requireNonNull(formatId, "formatId");
    files = List.copyOf(files);
  }
}
