package dev.unifiedbadges.site.page;

/** A link: where it goes and its text. */
public record LinkView(String href, UserText text) {}
