package dev.unifiedbadges.site;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;

/** The precompiled page templates, loaded with this library's class loader wherever it runs. */
final class Templates {

  private static final String PACKAGE = "dev.unifiedbadges.site.templates";

  private static final TemplateEngine ENGINE = create();

  private Templates() {}

  /** Renders a template ({@code index.jte}, …) with its view model into a page buffer. */
  static void render(String template, Object model, PageOutput output) {
    ENGINE.render(template, model, output);
  }

  private static TemplateEngine create() {
    // With no class directory, jte loads precompiled templates through the context class loader,
    // which inside a Maven plugin or an application server need not see this library.
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(Templates.class.getClassLoader());
    try {
      return TemplateEngine.createPrecompiled(null, ContentType.Html, null, PACKAGE);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }
}
