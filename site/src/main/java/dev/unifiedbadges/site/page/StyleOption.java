package dev.unifiedbadges.site.page;

/**
 * One choice of a badge style switch or guide: a variant (subtle, solid, outline, dot) or a size
 * (sm, md, lg), with when to use it.
 *
 * @param id the option's id as the badge CSS names it, e.g. {@code solid}, {@code sm}
 * @param label what the switch calls it, e.g. {@code Solid}, {@code Small}
 * @param guidance when to use it, one sentence
 * @param modifierClass the class that selects it on a badge, e.g. {@code badge--solid}; null for
 *     the default (subtle, md), which needs none
 * @param noteId the element id of the option's guidance note on a domain page, e.g. {@code
 *     site--variant-solid}
 */
public record StyleOption(
    String id, String label, String guidance, String modifierClass, String noteId) {

  /** True for the default (subtle, md): no attribute or class selects it. */
  public boolean isDefault() {
    return modifierClass == null;
  }
}
