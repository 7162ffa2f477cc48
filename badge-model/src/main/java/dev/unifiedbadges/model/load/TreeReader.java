package dev.unifiedbadges.model.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.unifiedbadges.model.diagnostic.Diagnostic;
import dev.unifiedbadges.model.diagnostic.Location;
import dev.unifiedbadges.model.diagnostic.SourceMap;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Turns the bytes of one definition file into a {@link Node} tree, refusing what a definition file
 * never needs (anchors and aliases, deep nesting, huge files) before it can cost time or memory.
 */
final class TreeReader {

  /** Deeper than any valid definition (tones/x/light/background is 4 levels). */
  static final int MAX_DEPTH = 16;

  private final long maxFileBytes;
  private final List<Diagnostic> diagnostics;

  TreeReader(long maxFileBytes, List<Diagnostic> diagnostics) {
    this.maxFileBytes = maxFileBytes;
    this.diagnostics = diagnostics;
  }

  /** Parses one file; on any problem adds a diagnostic and returns empty. */
  Optional<Node> read(String file, byte[] bytes, boolean json) {
    if (bytes.length > maxFileBytes) {
      diagnostics.add(
          Diagnostic.error(
              Location.file(file),
              "",
              "the file is " + mib(bytes.length) + ", over the " + mib(maxFileBytes) + " limit for one definition file",
              "split the definitions into several *.badges.yaml files in one directory (domains may not"
                  + " span files), or raise the limit (maxFileBytes)"));
      return Optional.empty();
    }
    String text;
    try {
      text = decodeUtf8(bytes);
    } catch (BadEncoding e) {
      diagnostics.add(
          Diagnostic.error(
              locationOfByte(file, bytes, e.offset),
              "",
              "the file is not valid UTF-8 (byte 0x"
                  + String.format(java.util.Locale.ROOT, "%02X", bytes[e.offset] & 0xff)
                  + " at offset " + e.offset + ")",
              "save the file as UTF-8; definition files are always read as UTF-8"));
      return Optional.empty();
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    try (JsonParser parser = factory(json).createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        diagnostics.add(
            Diagnostic.error(
                Location.file(file),
                "",
                "the file is empty",
                "add a top-level 'domains:' map, or delete the file (see README \"The definition file\")"));
        return Optional.empty();
      }
      Node root = readValue(parser, file, 0, "");
      if (root == null) {
        return Optional.empty();
      }
      if (parser.nextToken() != null) {
        diagnostics.add(
            Diagnostic.error(
                at(file, parser.currentTokenLocation()),
                "",
                "unexpected content after the end of the document",
                "keep exactly one document per file; remove the extra content or '---' separator"));
        return Optional.empty();
      }
      return Optional.of(root);
    } catch (JsonProcessingException e) {
      diagnostics.add(
          Diagnostic.error(
              e.getLocation() == null ? Location.file(file) : at(file, e.getLocation()),
              "",
              syntaxMessage(e, json),
              json ? "fix the JSON syntax at this position" : "fix the YAML syntax at this position (check indentation, colons and quotes)"));
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      diagnostics.add(
          Diagnostic.error(
              Location.file(file),
              "",
              "the file cannot be parsed: " + oneLine(String.valueOf(e.getMessage())),
              json ? "check that it is well-formed JSON" : "check that it is well-formed YAML"));
      return Optional.empty();
    }
  }

  private Node readValue(JsonParser parser, String file, int depth, String pointer) throws IOException {
    Location at = at(file, parser.currentTokenLocation());
    if (parser instanceof YAMLParser yaml && (yaml.isCurrentAlias() || yaml.getObjectId() != null)) {
      diagnostics.add(
          Diagnostic.error(
              at,
              "",
              "YAML anchors and aliases (&name, *name) are not supported in definition files",
              "write the value out in full at each place it is used"));
      return null;
    }
    if (depth > MAX_DEPTH) {
      diagnostics.add(
          Diagnostic.error(
              at,
              "",
              "the document is nested more than " + MAX_DEPTH + " levels deep",
              "definition files are at most a few levels deep; check the indentation"));
      return null;
    }
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT -> {
        LinkedHashMap<String, Node.Entry> entries = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String key = parser.currentName();
          Location keyAt = at(file, parser.currentTokenLocation());
          parser.nextToken();
          Node value = readValue(parser, file, depth + 1, pointer + SourceMap.pointer(key));
          if (value == null) {
            return null;
          }
          Node.Entry previous = entries.get(key);
          if (previous != null) {
            String what = duplicateNoun(pointer);
            diagnostics.add(
                Diagnostic.error(
                    keyAt,
                    pointer + SourceMap.pointer(key),
                    "duplicate " + what + " '" + key + "' (first defined at line " + previous.keyAt().line()
                        + ", column " + previous.keyAt().column() + ")",
                    "remove one of the two " + what + " entries or merge them"));
          } else {
            entries.put(key, new Node.Entry(key, keyAt, value));
          }
        }
        return new Node.MapNode(at, entries);
      }
      case START_ARRAY -> {
        List<Node> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          Node item = readValue(parser, file, depth + 1, pointer + "/" + items.size());
          if (item == null) {
            return null;
          }
          items.add(item);
        }
        return new Node.ListNode(at, items);
      }
      case VALUE_NULL -> {
        return new Node.ScalarNode(at, null, false);
      }
      case VALUE_STRING -> {
        return new Node.ScalarNode(at, parser.getText(), true);
      }
      default -> {
        return new Node.ScalarNode(at, parser.getText(), false);
      }
    }
  }

  /** What a key under this pointer is: domain, value, tone or plain key. */
  private static String duplicateNoun(String pointer) {
    if (pointer.equals("/domains")) {
      return "domain";
    }
    if (pointer.equals("/tones")) {
      return "tone";
    }
    if (pointer.startsWith("/domains/") && pointer.endsWith("/values") && pointer.indexOf('/', 9) == pointer.length() - 7) {
      return "value";
    }
    return "key";
  }

  private static JsonFactory factory(boolean json) {
    StreamReadConstraints constraints =
        StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH + 4).maxStringLength(1_000_000).build();
    if (json) {
      return JsonFactory.builder().streamReadConstraints(constraints).build();
    }
    LoaderOptions loader = new LoaderOptions();
    loader.setAllowDuplicateKeys(true); // reported by us, with both positions
    loader.setMaxAliasesForCollections(0);
    loader.setNestingDepthLimit(MAX_DEPTH + 4);
    loader.setCodePointLimit(Integer.MAX_VALUE);
    return YAMLFactory.builder().loaderOptions(loader).streamReadConstraints(constraints).build();
  }

  private static String syntaxMessage(JsonProcessingException e, boolean json) {
    String original = e.getOriginalMessage();
    if (original == null) {
      original = e.getMessage();
    }
    // SnakeYAML repeats the position and quotes the source; the diagnostic already has both.
    String message = oneLine(original.replaceAll("(?s)\\s*in 'reader', line \\d+, column \\d+:.*?(?=\\n\\S|$)", ""));
    message = message.replaceAll("\\s*at \\[Source: .*$", "");
    return (json ? "malformed JSON: " : "malformed YAML: ") + message;
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  private static Location at(String file, JsonLocation loc) {
    return new Location(file, Math.max(1, loc.getLineNr()), Math.max(1, loc.getColumnNr()));
  }

  private static String mib(long bytes) {
    return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
  }

  private static final class BadEncoding extends Exception {
    private static final long serialVersionUID = 1L;
    final int offset;

    BadEncoding(int offset) {
      super(null, null, false, false);
      this.offset = offset;
    }
  }

  private static String decodeUtf8(byte[] bytes) throws BadEncoding {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    try {
      CharBuffer out = decoder.decode(in);
      return out.toString();
    } catch (CharacterCodingException e) {
      // Re-run incrementally to find the offending offset.
      decoder.reset();
      ByteBuffer probe = ByteBuffer.wrap(bytes);
      CharBuffer sink = CharBuffer.allocate(bytes.length + 1);
      var result = decoder.decode(probe, sink, true);
      throw new BadEncoding(result.isError() ? probe.position() : 0);
    }
  }

  /** Line and column of a byte offset, counting columns in characters of the valid prefix. */
  private static Location locationOfByte(String file, byte[] bytes, int offset) {
    String prefix = new String(bytes, 0, offset, StandardCharsets.UTF_8);
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < prefix.length(); i++) {
      if (prefix.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new Location(file, line, prefix.codePointCount(lineStart, prefix.length()) + 1);
  }
}
