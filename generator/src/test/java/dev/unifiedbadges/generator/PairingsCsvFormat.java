package dev.unifiedbadges.generator;

import dev.unifiedbadges.model.Badge;
import dev.unifiedbadges.model.Domain;
import dev.unifiedbadges.tokens.format.FileSink;
import dev.unifiedbadges.tokens.format.FormatContext;
import dev.unifiedbadges.tokens.format.FormatTask;
import dev.unifiedbadges.tokens.format.OutputFile;
import dev.unifiedbadges.tokens.format.OutputFormat;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A format written in test code, registered in this module's test {@code META-INF/services}: what a
 * third-party jar does, one class and one service-file line.
 */
public final class PairingsCsvFormat implements OutputFormat {

  static final String ID = "pairings-csv";
  static final String PATH = "pairings/pairings.csv";
  static final String GROUP = "Spreadsheets";
  static final String DESCRIPTION = "Every pairing as one CSV row: domain, value, label, tone.";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<OutputFile> files(FormatContext context) {
    return List.of(new OutputFile(PATH, GROUP, DESCRIPTION, "text/csv"));
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
          StringBuilder csv =
              new StringBuilder("domain" + sep + "value" + sep + "label" + sep + "tone\n");
          for (Domain d : context.catalog().domainList()) {
            for (Badge b : d.values()) {
              csv.append(d.name())
                  .append(sep)
                  .append(b.value())
                  .append(sep)
                  .append(b.label())
                  .append(sep);
              csv.append(b.tone()).append('\n');
            }
          }
          sink.put(PATH, csv.toString().getBytes(StandardCharsets.UTF_8));
        });
  }
}
