package dev.unifiedbadges.site.page;

import java.util.List;

/**
 * A domain's page.
 *
 * @param page the shared page data
 * @param name the domain's name as in the definitions, e.g. {@code operation_run.outcome}
 * @param description what the domain is, may be empty
 * @param values every value, in definition order
 * @param unknown the fallback an undefined value renders, shown with a sample value
 * @param ownUnknown true if the domain defines its own fallback, false if it uses the catalog's
 * @param previous the previous domain, null on the first
 * @param next the next domain, null on the last
 * @param deprecation why the whole domain is deprecated; null for a current domain
 * @param styleSwitch the variant and size switch over the page's badges
 */
public record DomainPage(
    Page page,
    UserText name,
    UserText description,
    List<PairingView> values,
    PairingView unknown,
    boolean ownUnknown,
    LinkView previous,
    LinkView next,
    DeprecationView deprecation,
    StyleSwitchView styleSwitch) {

  public DomainPage {
    values = List.copyOf(values);
  }

  /** "1 value", "12 values". */
  public String countText() {
    return IndexPage.plural(values.size(), "value");
  }
}
