/**
 * The typed models the JTE templates render. Every string in them is plain text; the templates
 * escape it. Text the site does not write itself is a {@link dev.unifiedbadges.site.page.UserText},
 * which renders bidirectionally isolated. They are public only because the precompiled templates
 * live in another package.
 */
package dev.unifiedbadges.site.page;
