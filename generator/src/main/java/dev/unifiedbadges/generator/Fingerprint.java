package dev.unifiedbadges.generator;

import dev.unifiedbadges.generator.FormatRegistry.FormatSelection;
import dev.unifiedbadges.model.load.DefinitionSource;
import dev.unifiedbadges.model.load.Definitions;
import dev.unifiedbadges.model.load.LoadOptions;
import dev.unifiedbadges.model.load.RawDefinitions;
import dev.unifiedbadges.tokens.format.OutputFormat;
import dev.unifiedbadges.tokens.format.TokenOptions;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * SHA-256 over everything a run's output and reported result depend on: this tool's code and
 * built-in catalog, each format's code, each definition file's name and bytes in loading order (the
 * very bytes that are then parsed), and every option of the request. The output directory is not
 * part of it.
 */
final class Fingerprint {

  /** Bumped whenever what goes into the fingerprint changes. */
  private static final String VERSION = "unified-badges generation fingerprint 2";

  private Fingerprint() {}

  static String of(RawDefinitions read, GenerationRequest request, FormatSelection selection) {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    field(md, VERSION);
    field(md, ToolStamp.value());
    if (read.origin() instanceof Definitions.AtPath at) {
      field(md, "definitions");
      field(md, at.path().toString());
    } else {
      field(md, "builtin");
    }
    field(md, Integer.toString(read.sources().size()));
    for (DefinitionSource s : read.sources()) {
      field(md, s.name());
      field(md, s.content());
    }
    for (OutputFormat format : selection.formats()) {
      field(
          md,
          "format "
              + format.id()
              + (selection.isSelected(format.id()) ? " selected" : " required"));
      field(md, ToolStamp.of(format.getClass()));
    }
    // Field by field: a record's generated toString would bootstrap method handles, a cold cost.
    LoadOptions load = request.loadOptions();
    field(md, "load " + load.contrastLevel().name() + " " + load.maxFileBytes());
    TokenOptions tokens = request.tokenOptions();
    field(
        md,
        "tokens "
            + tokens.cssPrefix()
            + " "
            + tokens.colorFormat().name()
            + " "
            + tokens.minifiedCss()
            + " "
            + tokens.darkMode().name());
    for (Map.Entry<String, String> option : request.formatOptions().entrySet()) {
      field(md, "option " + option.getKey());
      field(md, option.getValue());
    }
    field(md, "failOnWarnings " + request.failOnWarnings());
    if (request.baseline() != null) {
      field(md, "baseline " + request.baseline().name());
      field(md, request.baseline().snapshot());
    }
    return HexFormat.of().formatHex(md.digest());
  }

  private static void field(MessageDigest md, String s) {
    field(md, s.getBytes(StandardCharsets.UTF_8));
  }

  /** Length-prefixed, so no two different sequences of fields hash the same bytes. */
  private static void field(MessageDigest md, byte[] bytes) {
    long n = bytes.length;
    for (int i = 7; i >= 0; i--) {
      md.update((byte) (n >>> (8 * i)));
    }
    md.update(bytes);
  }
}
