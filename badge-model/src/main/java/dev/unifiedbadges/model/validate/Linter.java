package dev.unifiedbadges.model.validate;

import dev.unifiedbadges.model.Badge;
import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.model.Characters;
import dev.unifiedbadges.model.Domain;
import dev.unifiedbadges.model.diagnostic.Diagnostic;
import dev.unifiedbadges.model.diagnostic.SourceMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The consistency lint: one meaning per word. A value word or alias that appears in several domains
 * must render with the same tone and icon in all of them.
 *
 * <p>{@code true} and {@code false} are exempt: a boolean's meaning comes from its domain ("is
 * current" versus "safety stop triggered"), so the same word legitimately renders differently.
 */
public final class Linter {

  private static final Set<String> EXEMPT = Set.of("true", "false");

  private record Use(String domain, String value, String look) {}

  /** Consistency warnings, one per word whose rendering differs between domains. */
  public List<Diagnostic> lint(BadgeCatalog catalog, SourceMap sources) {
    Map<String, List<Use>> byWord = new TreeMap<>();
    for (Domain domain : catalog.domains().values()) {
      for (Badge badge : domain.values()) {
        String look = "tone " + badge.tone() + ", icon " + badge.icon();
        Set<String> words = new TreeSet<>();
        words.add(BadgeCatalog.lookupKey(badge.value()));
        for (String alias : badge.aliases()) {
          words.add(BadgeCatalog.lookupKey(alias));
        }
        for (String word : words) {
          if (!word.isEmpty() && !EXEMPT.contains(word)) {
            byWord
                .computeIfAbsent(word, w -> new ArrayList<>())
                .add(new Use(domain.name(), badge.value(), look));
          }
        }
      }
    }
    List<Diagnostic> out = new ArrayList<>();
    for (Map.Entry<String, List<Use>> entry : byWord.entrySet()) {
      Map<String, Set<String>> domainsByLook = new TreeMap<>();
      for (Use use : entry.getValue()) {
        domainsByLook.computeIfAbsent(use.look(), l -> new TreeSet<>()).add(use.domain());
      }
      if (domainsByLook.size() < 2) {
        continue;
      }
      // Point at the first use that departs from the most common rendering.
      String majority =
          domainsByLook.entrySet().stream()
              .max((a, b) -> Integer.compare(a.getValue().size(), b.getValue().size()))
              .orElseThrow()
              .getKey();
      Use odd =
          entry.getValue().stream()
              .filter(u -> !u.look().equals(majority))
              .findFirst()
              .orElseThrow();
      String vp = SourceMap.pointer("domains", odd.domain(), "values", odd.value());
      List<String> parts = new ArrayList<>();
      domainsByLook.forEach(
          (look, domains) -> parts.add(look + " in " + String.join(", ", domains)));
      out.add(
          Diagnostic.warning(
              sources.locate(vp),
              vp,
              "'"
                  + entry.getKey()
                  + "' renders differently across domains: "
                  + String.join("; ", parts),
              "give '"
                  + entry.getKey()
                  + "' the same tone and icon in every domain, or use a different"
                  + " word if it means something else"));
    }
    bidiControls(catalog, sources, out);
    out.sort(Diagnostic.ORDER);
    return out;
  }

  /**
   * Embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069) reorder the text around
   * them wherever it is shown (an HTML snippet, an error line), so each use is a warning. The marks
   * LRM, RLM and ALM are left alone: they reorder nothing around them. Only display text is
   * checked: in names and aliases every such control is an error already (an invisible character).
   */
  private static void bidiControls(BadgeCatalog catalog, SourceMap sources, List<Diagnostic> out) {
    for (Domain domain : catalog.domains().values()) {
      String dp = SourceMap.pointer("domains", domain.name());
      bidi(domain.title(), "the title", dp + "/title", sources, out);
      bidi(domain.description(), "the description", dp + "/description", sources, out);
      for (Badge badge : domain.values()) {
        String vp = SourceMap.pointer("domains", domain.name(), "values", badge.value());
        bidi(badge.label(), "the label", vp + "/label", sources, out);
        bidi(badge.description(), "the description", vp + "/description", sources, out);
      }
    }
  }

  private static void bidi(
      String text, String what, String pointer, SourceMap sources, List<Diagnostic> out) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Characters.isBidiControl(c)) {
        out.add(
            Diagnostic.warning(
                sources.locate(pointer),
                pointer,
                what
                    + " contains the bidirectional control character "
                    + String.format(Locale.ROOT, "U+%04X", (int) c)
                    + ", which reorders the text around it wherever it is shown",
                "remove it; right-to-left text displays correctly without it"));
        return;
      }
    }
  }
}
