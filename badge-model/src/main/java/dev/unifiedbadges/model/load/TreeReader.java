package dev.unifiedbadges.model.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.unifiedbadges.model.Names;
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
 * never needs (anchors and aliases, deep nesting, huge files) before it can cost time or memory;
 * {@link ParserMessages} words what it refuses.
 */
final class TreeReader {

  /** Deeper than any valid definition (tones/x/light/background is 4 levels). */
  static final int MAX_DEPTH = 16;

  /** Far above any label or description. */
  static final int MAX_STRING_LENGTH = 1_000_000;

  /** Jackson's limits; number and key lengths keep its defaults, which no definition comes near. */
  static final StreamReadConstraints LIMITS =
      StreamReadConstraints.builder()
          .maxNestingDepth(MAX_DEPTH + 4)
          .maxStringLength(MAX_STRING_LENGTH)
          .build();

  private final long maxFileBytes;
  private final List<Diagnostic> diagnostics;

  TreeReader(long maxFileBytes, List<Diagnostic> diagnostics) {
    this.maxFileBytes = maxFileBytes;
    this.diagnostics = diagnostics;
  }

  /** Parses one file; on any problem adds a diagnostic and returns empty. */
  Optional<Node> read(String file, byte[] bytes, boolean json) {
    if (bytes.length > maxFileBytes) {
      diagnostics.add(ParserMessages.tooLarge(file, bytes.length, maxFileBytes));
      return Optional.empty();
    }
    String text;
    try {
      text = decodeUtf8(bytes);
    } catch (BadEncoding e) {
      diagnostics.add(
          ParserMessages.notUtf8(locationOfByte(file, bytes, e.offset), bytes, e.offset));
      return Optional.empty();
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (!checkCharacters(file, text, json)) {
      return Optional.empty();
    }
    try (JsonParser parser = factory(json).createParser(text)) {
      try {
        return readDocument(parser, file, json, text);
      } catch (JsonProcessingException e) {
        // Some of Jackson's limit errors carry no location; the parser still knows where it
        // stopped.
        JsonLocation where = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        diagnostics.add(ParserMessages.syntax(file, e, where, json, text));
        return Optional.empty();
      }
    } catch (IOException | RuntimeException e) {
      diagnostics.add(ParserMessages.unparseable(file, e, json));
      return Optional.empty();
    }
  }

  /** Reads the one document in the file; syntax and limit errors are left to the caller. */
  private Optional<Node> readDocument(JsonParser parser, String file, boolean json, String text)
      throws IOException {
    JsonToken first = parser.nextToken();
    if (first == null) {
      diagnostics.add(ParserMessages.empty(file, text));
      return Optional.empty();
    }
    Node root = readValue(parser, file, 0, Ptr.ROOT);
    if (root == null) {
      return Optional.empty();
    }
    if (root instanceof Node.ScalarNode scalar
        && !json
        && (scalar.text() == null || scalar.text().isEmpty())) {
      // Only comments, a '---' marker or an explicit null: nothing to load.
      diagnostics.add(ParserMessages.empty(file, text));
      return Optional.empty();
    }
    if (parser.nextToken() != null) {
      diagnostics.add(
          ParserMessages.trailingContent(at(file, parser.currentTokenLocation()), json));
      return Optional.empty();
    }
    return Optional.of(root);
  }

  /**
   * A JSON Pointer built only when a diagnostic needs it: most documents have no errors, and
   * building a string per node was a tenth of the loading time of a large catalog.
   */
  private record Ptr(Ptr parent, String segment) {
    static final Ptr ROOT = new Ptr(null, null);

    Ptr child(String key) {
      return new Ptr(this, key);
    }

    @Override
    public String toString() {
      return parent == null ? "" : parent + SourceMap.pointer(segment);
    }
  }

  private Node readValue(JsonParser parser, String file, int depth, Ptr ptr) throws IOException {
    Location at = at(file, parser.currentTokenLocation());
    if (parser instanceof YAMLParser yaml
        && (yaml.isCurrentAlias() || yaml.getObjectId() != null)) {
      diagnostics.add(ParserMessages.anchor(at, ptr.toString()));
      return null;
    }
    if (depth > MAX_DEPTH) {
      diagnostics.add(ParserMessages.tooDeep(at, ptr.toString()));
      return null;
    }
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT -> {
        LinkedHashMap<String, Node.Entry> entries = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String key = parser.currentName();
          Location keyAt = at(file, parser.currentTokenLocation());
          if (parser instanceof YAMLParser yaml
              && (yaml.isCurrentAlias() || yaml.getObjectId() != null)) {
            diagnostics.add(ParserMessages.anchor(keyAt, ptr.child(key).toString()));
            return null;
          }
          Diagnostic badKey = checkText(key, keyAt, ptr.child(key));
          if (badKey != null) {
            diagnostics.add(badKey);
            return null;
          }
          // Every key of the format is a name (a domain, value or tone) or a keyword: one spelling
          // per name before anything compares them, the duplicate check below included.
          key = Names.nfc(key);
          parser.nextToken();
          Node value = readValue(parser, file, depth + 1, ptr.child(key));
          if (value == null) {
            return null;
          }
          Node.Entry previous = entries.get(key);
          if (previous != null) {
            diagnostics.add(ParserMessages.duplicate(keyAt, ptr.toString(), key, previous.keyAt()));
          } else {
            entries.put(key, new Node.Entry(key, keyAt, value));
          }
        }
        return new Node.MapNode(at, entries);
      }
      case START_ARRAY -> {
        List<Node> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          Node item = readValue(parser, file, depth + 1, ptr.child(Integer.toString(items.size())));
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
        String text;
        try {
          text = parser.getText();
        } catch (StreamConstraintsException e) {
          diagnostics.add(ParserMessages.tooLong(at, ptr.toString()));
          return null;
        }
        Diagnostic bad = checkText(text, at, ptr);
        if (bad != null) {
          diagnostics.add(bad);
          return null;
        }
        return new Node.ScalarNode(at, text, true);
      }
      default -> {
        String text = parser.getText();
        Diagnostic bad = checkText(text, at, ptr);
        if (bad != null) {
          diagnostics.add(bad);
          return null;
        }
        return new Node.ScalarNode(at, text, false);
      }
    }
  }

  private static JsonFactory factory(boolean json) {
    if (json) {
      return JsonFactory.builder().streamReadConstraints(LIMITS).build();
    }
    LoaderOptions loader = new LoaderOptions();
    loader.setAllowDuplicateKeys(true); // reported by us, with both positions
    loader.setMaxAliasesForCollections(0);
    loader.setNestingDepthLimit(MAX_DEPTH + 4);
    loader.setCodePointLimit(Integer.MAX_VALUE);
    return YAMLFactory.builder().loaderOptions(loader).streamReadConstraints(LIMITS).build();
  }

  /**
   * The JSON parser enforces the length limit itself; SnakeYAML does not, and JSON's {@code
   * \\ud800} escapes can produce text that is not valid Unicode, which each output would encode
   * differently.
   */
  private static Diagnostic checkText(String text, Location at, Ptr ptr) {
    if (text.length() > MAX_STRING_LENGTH) {
      return ParserMessages.tooLong(at, ptr.toString());
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return ParserMessages.unpairedSurrogate(at, ptr.toString(), c);
      }
    }
    return null;
  }

  /**
   * Refuses characters the YAML parser rejects without a position, and control characters that no
   * definition needs, pointing at the first one.
   */
  private boolean checkCharacters(String file, String text, boolean json) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      boolean allowed =
          json ? cp >= 0x20 || cp == '\t' || cp == '\n' || cp == '\r' : yamlPrintable(cp);
      if (!allowed) {
        diagnostics.add(ParserMessages.controlCharacter(new Location(file, line, column), cp));
        return false;
      }
      if (cp == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return true;
  }

  /** The characters YAML 1.1 allows in a stream (SnakeYAML's rule). */
  private static boolean yamlPrintable(int c) {
    return (c >= 0x20 && c <= 0x7E)
        || c == 0x9
        || c == 0xA
        || c == 0xD
        || c == 0x85
        || (c >= 0xA0 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }

  /**
   * Jackson's position as ours; Jackson says -1 when it does not know, and ours is never below 1.
   */
  static Location at(String file, JsonLocation loc) {
    return new Location(file, Math.max(1, loc.getLineNr()), Math.max(1, loc.getColumnNr()));
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
