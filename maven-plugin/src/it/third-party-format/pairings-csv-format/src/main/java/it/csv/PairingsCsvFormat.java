package it.csv;

import dev.unifiedbadges.model.Badge;
import dev.unifiedbadges.model.Domain;
import dev.unifiedbadges.tokens.format.FileSink;
import dev.unifiedbadges.tokens.format.FormatContext;
import dev.unifiedbadges.tokens.format.FormatTask;
import dev.unifiedbadges.tokens.format.OutputFile;
import dev.unifiedbadges.tokens.format.OutputFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** A third-party format: every pairing as one CSV row. */
public final class PairingsCsvFormat implements OutputFormat {

  static final String PATH = "pairings/pairings.csv";

  @Override
  public String id() {
    return "pairings-csv";
  }

  @Override
  public List<OutputFile> files(FormatContext context) {
    return List.of(new OutputFile(PATH, "Spreadsheets", "Every pairing as one CSV row.", "text/csv"));
  }

  @Override
  public Map<String, String> options() {
    return Map.of("separator", "the field separator (default ',')");
  }

  @Override
  public List<FormatTask> tasks(FormatContext context, FileSink sink) {
    return List.of(
        () -> {
          String sep = context.option("separator").orElse(",");
          StringBuilder csv = new StringBuilder(header()).append('\n');
          for (Domain d : context.catalog().domainList()) {
            for (Badge b : d.values()) {
              csv.append(d.name()).append(sep).append(b.value()).append(sep).append(b.label()).append(sep)
                  .append(b.tone()).append('\n');
            }
          }
          sink.put(PATH, csv.toString().getBytes(StandardCharsets.UTF_8));
        });
  }

  private static String header() {
    Properties p = new Properties();
    try (InputStream in = PairingsCsvFormat.class.getResourceAsStream("format.properties")) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p.getProperty("header");
  }
}
