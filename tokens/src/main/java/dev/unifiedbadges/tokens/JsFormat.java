package dev.unifiedbadges.tokens;

import dev.unifiedbadges.tokens.format.FileSink;
import dev.unifiedbadges.tokens.format.FormatContext;
import dev.unifiedbadges.tokens.format.FormatTask;
import dev.unifiedbadges.tokens.format.OutputFile;
import dev.unifiedbadges.tokens.format.OutputFormat;
import java.util.List;

/** The dependency-free ES module, {@code js/badges.js}, and its TypeScript declarations. */
public final class JsFormat implements OutputFormat {

  public static final String ID = "js";
  public static final String JS = "js/badges.js";
  public static final String DTS = "js/badges.d.ts";
  private static final String GROUP = "JavaScript and TypeScript";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<OutputFile> files(FormatContext context) {
    return List.of(
        new OutputFile(
            JS,
            GROUP,
            "ES module: badgeFor(domain, value), with the same aliases and unknown fallback as"
                + " Java, and the render helpers badgeHtml, createBadgeElement and"
                + " defineBadgeElement.",
            "text/javascript"),
        new OutputFile(
            DTS,
            GROUP,
            "TypeScript types for the module: literal unions of the domains and their values.",
            "application/typescript"));
  }

  @Override
  public List<FormatTask> tasks(FormatContext context, FileSink sink) {
    return List.of(
        () -> JsExporter.moduleBuilder(ExportModel.of(context)).putInto(sink, JS),
        () -> JsExporter.declarationsBuilder(ExportModel.of(context)).putInto(sink, DTS));
  }
}
