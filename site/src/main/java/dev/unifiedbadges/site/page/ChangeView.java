package dev.unifiedbadges.site.page;

import java.util.List;

/**
 * One change as the changes page shows it.
 *
 * @param id the element id and URL fragment, e.g. {@code change-3}
 * @param subject what it is about, e.g. {@code finding.severity: high} or {@code tone warning}
 * @param subjectHref the subject's page in the current catalog (with the value's fragment), or null
 *     when it no longer has one
 * @param kind the kind of change in words, e.g. {@code Tone changed}
 * @param message what changed, in one sentence, names in backticks shown as code
 * @param fix how to keep compatibility (breaking changes only); null otherwise
 * @param before the old state in words, or null
 * @param after the new state in words, or null
 * @param comparisons the badges it affects, each before and after
 * @param more how many more badges it affects than are shown
 */
public record ChangeView(
    String id,
    UserText subject,
    String subjectHref,
    String kind,
    CodeText message,
    CodeText fix,
    CodeText before,
    CodeText after,
    List<ComparisonView> comparisons,
    int more) {

  public ChangeView {
    comparisons = List.copyOf(comparisons);
  }

  public String headingId() {
    return id + "--title";
  }

  /** "and 3 more badges", for the badges left out. */
  public String moreText() {
    return "and " + IndexPage.plural(more, "more badge") + " not shown";
  }
}
