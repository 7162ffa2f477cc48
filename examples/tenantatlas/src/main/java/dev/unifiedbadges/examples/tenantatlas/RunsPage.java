package dev.unifiedbadges.examples.tenantatlas;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.List;

/** The recent-runs page: a JTE template that shows each run's outcome as its badge. */
public final class RunsPage {

  /** One operation run as the app stores it: the outcome is whatever text the database holds. */
  public record Run(String name, String outcome) {}

  /** The templates precompiled into this jar by jte-maven-plugin, in its package. */
  private static final TemplateEngine TEMPLATES =
      TemplateEngine.createPrecompiled(
          null,
          ContentType.Html,
          RunsPage.class.getClassLoader(),
          "dev.unifiedbadges.examples.tenantatlas.templates");

  private RunsPage() {}

  /** The page's HTML. */
  public static String render(List<Run> runs) {
    StringOutput out = new StringOutput();
    TEMPLATES.render("runs.jte", runs, out);
    return out.toString();
  }
}
