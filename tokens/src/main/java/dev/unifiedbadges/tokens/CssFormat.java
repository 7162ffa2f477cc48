package dev.unifiedbadges.tokens;

import dev.unifiedbadges.tokens.format.FileSink;
import dev.unifiedbadges.tokens.format.FormatContext;
import dev.unifiedbadges.tokens.format.FormatTask;
import dev.unifiedbadges.tokens.format.OutputFile;
import dev.unifiedbadges.tokens.format.OutputFormat;
import java.util.ArrayList;
import java.util.List;

/** The badge stylesheet, {@code css/badges.css}, and its minified copy. */
public final class CssFormat implements OutputFormat {

  public static final String ID = "css";
  public static final String CSS = "css/badges.css";
  public static final String CSS_MIN = "css/badges.min.css";
  private static final String GROUP = "CSS";
  private static final String MEDIA_TYPE = "text/css";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<OutputFile> files(FormatContext context) {
    List<OutputFile> files = new ArrayList<>(2);
    files.add(
        new OutputFile(
            CSS,
            GROUP,
            "CSS: tone custom properties for light and dark, the base class, one class per pairing and the icons"
                + " as masks.",
            MEDIA_TYPE));
    if (context.tokenOptions().minifiedCss()) {
      files.add(new OutputFile(CSS_MIN, GROUP, "The same CSS, minified.", MEDIA_TYPE));
    }
    return files;
  }

  @Override
  public List<FormatTask> tasks(FormatContext context, FileSink sink) {
    List<FormatTask> tasks = new ArrayList<>(2);
    tasks.add(() -> CssExporter.cssBuilder(ExportModel.of(context), true).putInto(sink, CSS));
    if (context.tokenOptions().minifiedCss()) {
      tasks.add(
          () -> CssExporter.cssBuilder(ExportModel.of(context), false).putInto(sink, CSS_MIN));
    }
    return tasks;
  }
}
