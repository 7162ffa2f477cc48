package dev.unifiedbadges.model.load;

import java.util.Locale;
import java.util.Objects;

/** The raw bytes of one definition file and the name diagnostics show for it. */
public record DefinitionSource(String name, byte[] content) {

  public DefinitionSource {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(content, "content");
  }

  /** JSON files are parsed as strict JSON; everything else as YAML. */
  public boolean isJson() {
    return name.toLowerCase(Locale.ROOT).endsWith(".json");
  }
}
