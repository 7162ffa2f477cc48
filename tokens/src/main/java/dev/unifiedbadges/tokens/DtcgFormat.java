package dev.unifiedbadges.tokens;

import dev.unifiedbadges.model.Theme;
import dev.unifiedbadges.tokens.format.FileSink;
import dev.unifiedbadges.tokens.format.FormatContext;
import dev.unifiedbadges.tokens.format.FormatTask;
import dev.unifiedbadges.tokens.format.OutputFile;
import dev.unifiedbadges.tokens.format.OutputFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** DTCG design tokens: one file per theme and a resolver that joins them. */
public final class DtcgFormat implements OutputFormat {

  public static final String ID = "tokens";
  public static final String TOKENS_LIGHT = "tokens/" + DtcgExporter.fileName(Theme.LIGHT);
  public static final String TOKENS_DARK = "tokens/" + DtcgExporter.fileName(Theme.DARK);
  public static final String RESOLVER = "tokens/badges.resolver.json";
  private static final String GROUP = "Design tokens (DTCG)";
  private static final String MEDIA_TYPE = "application/json";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<OutputFile> files(FormatContext context) {
    return List.of(
        new OutputFile(
            TOKENS_LIGHT,
            GROUP,
            "DTCG design tokens for the light theme: the tone colours, and one group of aliases to them per"
                + " pairing.",
            MEDIA_TYPE),
        new OutputFile(
            TOKENS_DARK, GROUP, "The same design tokens for the dark theme.", MEDIA_TYPE),
        new OutputFile(
            RESOLVER,
            GROUP,
            "DTCG resolver: both token files as one set with a theme modifier.",
            MEDIA_TYPE));
  }

  /**
   * One task: both theme files are written from the same rendered parts, without assembling them.
   */
  @Override
  public List<FormatTask> tasks(FormatContext context, FileSink sink) {
    return List.of(
        () -> {
          DtcgExporter.ThemeFiles files =
              DtcgExporter.parts(ExportModel.of(context), context.tokenOptions().colorFormat());
          write(sink, TOKENS_LIGHT, files, Theme.LIGHT);
          write(sink, TOKENS_DARK, files, Theme.DARK);
          sink.put(RESOLVER, DtcgExporter.resolver());
        });
  }

  private static void write(FileSink sink, String path, DtcgExporter.ThemeFiles files, Theme theme)
      throws IOException {
    try (OutputStream out = sink.open(path)) {
      files.writeTo(theme, out);
    }
  }
}
