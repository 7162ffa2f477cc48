package dev.unifiedbadges.model.load;

import dev.unifiedbadges.model.diagnostic.Diagnostic;
import java.util.List;
import java.util.Objects;

/**
 * What one {@link DefinitionLoader#read read} of the definitions produced, before any parsing: the
 * bytes of each file in loading order, and an error for each file too large to read. Whoever
 * fingerprints {@code sources} and then calls {@link DefinitionLoader#load(RawDefinitions)} knows
 * the fingerprint describes exactly what was loaded, as nothing is read a second time.
 *
 * @param origin the definitions that were read
 * @param sources the name and bytes of each file read; for the built-in definitions, one source
 *     named {@link DefinitionLoader#BUILTIN_NAME}
 * @param unreadable one error per file over {@link LoadOptions#maxFileBytes()}, which was not read
 */
public record RawDefinitions(
    Definitions origin, List<DefinitionSource> sources, List<Diagnostic> unreadable) {

  public RawDefinitions {
    Objects.requireNonNull(origin, "origin");
    sources = List.copyOf(sources);
    unreadable = List.copyOf(unreadable);
  }
}
