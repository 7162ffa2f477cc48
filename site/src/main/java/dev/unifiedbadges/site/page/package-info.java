/**
 * The typed models the JTE templates render. Every string in them is plain text; the templates
 * escape it. They are public only because the precompiled templates live in another package.
 */
package dev.unifiedbadges.site.page;
