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
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Turns the bytes of one definition file into a {@link Node} tree, refusing what a definition file
 * never needs (anchors and aliases, deep nesting, huge files) before it can cost time or memory.
 */
final class TreeReader {

  /** Deeper than any valid definition (tones/x/light/background is 4 levels). */
  static final int MAX_DEPTH = 16;

  /** Far above any label or description. */
  static final int MAX_STRING_LENGTH = 1_000_000;

  /** Jackson's limits; number and key lengths keep its defaults, which no definition comes near. */
  private static final StreamReadConstraints LIMITS =
      StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH + 4).maxStringLength(MAX_STRING_LENGTH).build();

  private final long maxFileBytes;
  private final List<Diagnostic> diagnostics;

  TreeReader(long maxFileBytes, List<Diagnostic> diagnostics) {
    this.maxFileBytes = maxFileBytes;
    this.diagnostics = diagnostics;
  }

  /** The error for a file over the size limit; the loader reports it without reading the file. */
  static Diagnostic tooLarge(String file, long size, long maxFileBytes) {
    return Diagnostic.error(
        Location.file(file),
        "",
        "the file is " + mib(size) + " (" + size + " bytes), over the " + mib(maxFileBytes)
            + " limit for one definition file",
        "split the definitions into several *.badges.yaml files in one directory (each domain stays in"
            + " one file), and check that this is really a definition file; code that calls the loader"
            + " can raise the limit with LoadOptions.maxFileBytes");
  }

  /** Parses one file; on any problem adds a diagnostic and returns empty. */
  Optional<Node> read(String file, byte[] bytes, boolean json) {
    if (bytes.length > maxFileBytes) {
      diagnostics.add(tooLarge(file, bytes.length, maxFileBytes));
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
                  + " at offset " + e.offset + ")" + encodingGuess(bytes),
              "save the file as UTF-8 (in most editors: \"Save with encoding\" > UTF-8); definition"
                  + " files are always read as UTF-8"));
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
        // Some of Jackson's limit errors carry no location; the parser still knows where it stopped.
        JsonLocation where = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        diagnostics.add(json ? jsonSyntax(file, e, where) : withColourHint(yamlSyntax(file, e), text));
        return Optional.empty();
      }
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

  /** Reads the one document in the file; syntax and limit errors are left to the caller. */
  private Optional<Node> readDocument(JsonParser parser, String file, boolean json, String text) throws IOException {
    JsonToken first = parser.nextToken();
    if (first == null) {
      diagnostics.add(empty(file, text));
      return Optional.empty();
    }
    Node root = readValue(parser, file, 0, Ptr.ROOT);
    if (root == null) {
      return Optional.empty();
    }
    if (root instanceof Node.ScalarNode scalar && !json && (scalar.text() == null || scalar.text().isEmpty())) {
      // Only comments, a '---' marker or an explicit null: nothing to load.
      diagnostics.add(empty(file, text));
      return Optional.empty();
    }
    if (parser.nextToken() != null) {
      diagnostics.add(
          Diagnostic.error(
              at(file, parser.currentTokenLocation()),
              "",
              json
                  ? "unexpected content after the end of the JSON document"
                  : "a second YAML document ('---') or other content after the end of the document",
              "keep exactly one document per file: remove the extra content, or move it into its own"
                  + " *.badges." + (json ? "json" : "yaml") + " file"));
      return Optional.empty();
    }
    return Optional.of(root);
  }

  private static Diagnostic empty(String file, String text) {
    return Diagnostic.error(
        Location.file(file),
        "",
        text.isBlank() ? "the file is empty" : "the file is empty: it has no definitions, only comments or '---'",
        "add a top-level 'domains:' map, or delete the file (see README \"The definition file\")");
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
    if (parser instanceof YAMLParser yaml && (yaml.isCurrentAlias() || yaml.getObjectId() != null)) {
      diagnostics.add(anchor(at, ptr.toString()));
      return null;
    }
    if (depth > MAX_DEPTH) {
      diagnostics.add(
          Diagnostic.error(
              at,
              ptr.toString(),
              "the document is nested more than " + MAX_DEPTH + " levels deep",
              "a definition file is at most 5 levels deep (domains > name > values > value > key);"
                  + " check the indentation, and that this is really a definition file"));
      return null;
    }
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT -> {
        LinkedHashMap<String, Node.Entry> entries = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String key = parser.currentName();
          Location keyAt = at(file, parser.currentTokenLocation());
          if (parser instanceof YAMLParser yaml && (yaml.isCurrentAlias() || yaml.getObjectId() != null)) {
            diagnostics.add(anchor(keyAt, ptr.child(key).toString()));
            return null;
          }
          Diagnostic badKey = checkText(key, keyAt, ptr.child(key));
          if (badKey != null) {
            diagnostics.add(badKey);
            return null;
          }
          parser.nextToken();
          Node value = readValue(parser, file, depth + 1, ptr.child(key));
          if (value == null) {
            return null;
          }
          Node.Entry previous = entries.get(key);
          if (previous != null) {
            String pointer = ptr.toString();
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
          diagnostics.add(tooLong(at, ptr.toString()));
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
   * The JSON parser enforces the length limit itself; SnakeYAML does not, and JSON's {@code \\ud800}
   * escapes can produce text that is not valid Unicode, which each output would encode differently.
   */
  private static Diagnostic checkText(String text, Location at, Ptr ptr) {
    if (text.length() > MAX_STRING_LENGTH) {
      return tooLong(at, ptr.toString());
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return Diagnostic.error(at, ptr.toString(),
            String.format(java.util.Locale.ROOT, "the text contains an unpaired surrogate (\\u%04x), which is not a Unicode character", (int) c),
            "remove the \\u" + String.format(java.util.Locale.ROOT, "%04x", (int) c)
                + " escape, or pair it to form one character (e.g. \\ud83d\\ude00)");
      }
    }
    return null;
  }

  /** Which of the parser's limits was hit, in the user's terms; Jackson's message names it. */
  private static Diagnostic limit(Location at, String pointer, String original) {
    if (original.contains("String value length")) {
      return tooLong(at, pointer);
    }
    if (original.contains("Number value length")) {
      return Diagnostic.error(at, pointer,
          "a number is longer than " + LIMITS.getMaxNumberLength() + " digits",
          "definitions hold no long numbers; if this is meant as text, put it in double quotes");
    }
    if (original.contains("Name length")) {
      return Diagnostic.error(at, pointer,
          "a key is longer than " + LIMITS.getMaxNameLength() + " characters",
          "keys are names such as \"run.status\" or \"queued\"; shorten it");
    }
    if (original.contains("nesting depth")) {
      return Diagnostic.error(at, pointer,
          "the document is nested more than " + MAX_DEPTH + " levels deep",
          "a definition file is at most 5 levels deep; check that this is really a definition file");
    }
    return Diagnostic.error(at, pointer, "the document exceeds a parser limit: " + original,
        "check that this is really a definition file");
  }

  private static Diagnostic tooLong(Location at, String pointer) {
    return Diagnostic.error(at, pointer,
        "a text value is longer than " + MAX_STRING_LENGTH + " characters",
        "shorten it; labels and descriptions are short text");
  }

  private static Diagnostic anchor(Location at, String pointer) {
    return Diagnostic.error(
        at,
        pointer,
        "YAML anchors and aliases (&name, *name, '<<: *name') are not supported in definition files",
        "write the value out in full at each place it is used");
  }

  /** The path the parser had reached when it failed, as a JSON Pointer ("" when unknown). */
  private static String pointerOf(JsonProcessingException e) {
    try {
      if (e.getProcessor() instanceof JsonParser p && p.getParsingContext() != null) {
        String pointer = p.getParsingContext().pathAsPointer().toString();
        return pointer.equals("/") ? "" : pointer;
      }
    } catch (RuntimeException ignored) {
      // best effort only
    }
    return "";
  }

  private static Diagnostic yamlSyntax(String file, JsonProcessingException e) {
    String pointer = pointerOf(e);
    Location fallback = e.getLocation() == null ? Location.file(file) : at(file, e.getLocation());
    MarkedYAMLException marked = null;
    for (Throwable t = e; t != null && marked == null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof MarkedYAMLException m) {
        marked = m;
      }
    }
    String general = "fix the YAML syntax at this position (check indentation, colons and quotes)";
    if (marked == null) {
      String original = String.valueOf(e.getOriginalMessage());
      if (original.startsWith("Expected a field name")) {
        return Diagnostic.error(
            fallback,
            pointer,
            "malformed YAML: a map key must be plain text, but this key is a list or a map",
            "write the key as text; complex keys ('? [a, b]' or '[a, b]: x') are not supported");
      }
      return Diagnostic.error(fallback, pointer, "malformed YAML: " + clean(original), general);
    }
    String context = marked.getContext() == null ? "" : oneLine(marked.getContext());
    String problem = marked.getProblem() == null ? "" : oneLine(marked.getProblem());
    problem = tokens(problem.replaceAll("but got ([:?,\\-\\[\\]{}])$", "but found '$1'"));
    Location problemAt = mark(file, marked.getProblemMark(), fallback);
    Location contextAt = mark(file, marked.getContextMark(), problemAt);
    String started = marked.getContextMark() == null
        ? ""
        : " (started at line " + contextAt.line() + ", column " + contextAt.column() + ")";
    if (problem.contains("'\\t(TAB)'")) {
      return Diagnostic.error(problemAt, pointer,
          "malformed YAML: a tab character where YAML expects indentation or a value",
          "indent with spaces only; YAML does not allow tabs for indentation");
    }
    if (context.startsWith("while scanning a quoted scalar") && problem.contains("end of stream")) {
      return Diagnostic.error(contextAt, pointer,
          "malformed YAML: the quoted text that starts here is never closed",
          "add the closing quote at the end of the text");
    }
    if (context.startsWith("while scanning a double-quoted scalar") || problem.contains("escape character")) {
      return Diagnostic.error(problemAt, pointer,
          "malformed YAML: " + problem + " in double-quoted text" + started,
          "write a backslash as \\\\ inside double quotes, or use single quotes, where '\\' has no special meaning");
    }
    if (problem.startsWith("mapping values are not allowed")) {
      return Diagnostic.error(problemAt, pointer,
          "malformed YAML: a ':' where no new key can start (mapping values are not allowed here)",
          "quote a value that contains ': ' (e.g. label: \"Note: done\"), or fix the indentation of this line");
    }
    if (context.startsWith("while parsing a flow mapping") || context.startsWith("while parsing a flow sequence")) {
      boolean map = context.contains("mapping");
      return Diagnostic.error(problemAt, pointer,
          "malformed YAML: the " + (map ? "'{'" : "'['") + " at line " + contextAt.line() + ", column "
              + contextAt.column() + " is not closed: " + problem,
          "close it with " + (map ? "'}'" : "']'") + " at the end of the entry, and separate its items with ','");
    }
    if (context.startsWith("while scanning a simple key")) {
      return Diagnostic.error(contextAt, pointer,
          "malformed YAML: a line that is neither a 'key: value' pair nor a continued value (" + problem + ")",
          "add ': ' after the key, or quote the text if it is a value that spans lines");
    }
    if (context.startsWith("while parsing a block") || problem.startsWith("expected <block end>")
        || problem.contains("did not find expected")) {
      return Diagnostic.error(problemAt, pointer,
          "malformed YAML: the indentation of this line does not fit the lines above" + started + ": " + problem,
          "indent keys of the same map by the same number of spaces, and values more than their key");
    }
    if (context.startsWith("while scanning a block scalar")) {
      return Diagnostic.error(problemAt, pointer,
          "malformed YAML: '|' or '>' starts a multi-line text block here" + started + ": " + problem,
          "put a value that starts with '|' or '>' in quotes");
    }
    if (context.startsWith("while scanning an alias") || context.startsWith("while scanning an anchor")) {
      return Diagnostic.error(contextAt, pointer,
          "malformed YAML: '*' or '&' starts a YAML alias or anchor here: " + problem,
          "put a value that starts with '*' or '&' in quotes");
    }
    if (problem.contains("cannot start any token")) {
      // SnakeYAML adds "(Do not use @ for indentation)" for any such character; only tabs deserve it.
      return Diagnostic.error(problemAt, pointer,
          "malformed YAML: " + problem.replaceAll("\\.?\\s*\\(Do not use .* for indentation\\)$", ""),
          "put text that starts with '@', '`', '%' or another reserved character in quotes");
    }
    String what = context.isEmpty() ? problem : context + started + ": " + problem;
    return Diagnostic.error(problemAt, pointer, "malformed YAML: " + what, general);
  }

  /** SnakeYAML's token names in words a user knows. */
  private static String tokens(String problem) {
    return problem
        .replace("'<block mapping start>'", "a new 'key: value' map")
        .replace("<block mapping start>", "a new 'key: value' map")
        .replace("'<block sequence start>'", "a new '- item' list")
        .replace("<block sequence start>", "a new '- item' list")
        .replace("'<block entry>'", "'-'")
        .replace("<block end>", "the end of the indented block")
        .replace("'<scalar>'", "more text")
        .replace("got <scalar>", "found more text")
        .replace("<scalar>", "more text")
        .replace("got <stream end>", "found the end of the file")
        .replace("<stream end>", "the end of the file")
        .replace("'<document start>'", "'---'");
  }

  private static Diagnostic jsonSyntax(String file, JsonProcessingException e, JsonLocation where) {
    String pointer = pointerOf(e);
    Location at = where == null ? Location.file(file) : at(file, where);
    String original = clean(String.valueOf(e.getOriginalMessage()));
    if (e instanceof StreamConstraintsException) {
      return limit(at, pointer, original);
    }
    if (original.contains("maybe a (non-standard) comment")) {
      return Diagnostic.error(at, pointer,
          "malformed JSON: JSON does not allow comments",
          "remove the comment, or write the definitions as YAML (*.badges.yaml), which allows '#' comments");
    }
    if (original.startsWith("Unexpected end-of-input")) {
      return Diagnostic.error(at, pointer,
          "malformed JSON: the file ends before the JSON is complete (" + original + ")",
          "close every '{' and '[' that is opened, and check for a missing '\"'");
    }
    String fix = "fix the JSON syntax at this position";
    if (original.contains("was expecting double-quote to start field name")) {
      fix = "put every key in double quotes, and remove any trailing ',' before '}'";
    } else if (original.contains("('''")) {
      fix = "JSON strings use double quotes: write \"text\", not 'text'";
    } else if (original.startsWith("Unrecognized token") || original.contains("expected a valid value")) {
      fix = "put text values in double quotes; the only bare words JSON allows are true, false and null";
    } else if (original.contains("was expecting comma")) {
      fix = "add a ',' between the entries";
    } else if (original.contains("was expecting a colon")) {
      fix = "write every entry as \"key\": value";
    } else if (original.contains("CTRL-CHAR")) {
      fix = "write line breaks and tabs inside strings as \\n and \\t";
    }
    return Diagnostic.error(at, pointer, "malformed JSON: " + original, fix);
  }

  private static final Pattern UNQUOTED_COLOUR = Pattern.compile("(^|[\\s,{\\[:])#[0-9a-fA-F]{3,6}\\b");

  /**
   * An unquoted colour ({@code background: #fff}) starts a YAML comment, which often surfaces as a
   * syntax error later on; if the error's line or the line before it has one, say so.
   */
  private static Diagnostic withColourHint(Diagnostic d, String text) {
    String[] lines = text.split("\n", -1);
    int line = d.location().line();
    for (int l = Math.max(1, line - 1); l <= Math.min(lines.length, line); l++) {
      String stripped = lines[l - 1].replaceAll("\"[^\"]*\"|'[^']*'", "\"\"");
      if (UNQUOTED_COLOUR.matcher(stripped).find()) {
        return Diagnostic.error(d.location(), d.path(), d.message(),
            d.fix() + "; note that a colour must be in quotes (\"#1e3a8a\"): without them, YAML reads"
                + " everything from ' #' on as a comment");
      }
    }
    return d;
  }

  private static Location mark(String file, Mark mark, Location fallback) {
    return mark == null ? fallback : new Location(file, mark.getLine() + 1, mark.getColumn() + 1);
  }

  /** Jackson's message without its trailing source excerpt. */
  private static String clean(String message) {
    String m = message.replaceAll(
        "\\((?:start marker|for \\w+ starting) at \\[Source: [^\\]]*?line: (\\d+), column: (\\d+)\\]\\)",
        "(opened at line $1, column $2)");
    m = m.replaceAll("(?s)\\s*at \\[Source: .*$", "");
    return oneLine(m);
  }

  /**
   * Refuses characters the YAML parser rejects without a position, and control characters that
   * no definition needs, pointing at the first one.
   */
  private boolean checkCharacters(String file, String text, boolean json) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      boolean allowed = json ? cp >= 0x20 || cp == '\t' || cp == '\n' || cp == '\r' : yamlPrintable(cp);
      if (!allowed) {
        diagnostics.add(
            Diagnostic.error(
                new Location(file, line, column),
                "",
                "the file contains the control character "
                    + String.format(java.util.Locale.ROOT, "U+%04X", cp)
                    + ", which a definition file cannot hold",
                "remove it (it often comes from a bad copy and paste, or from a binary file saved under"
                    + " a definition file name)"));
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

  /** A hint when the bytes look like a common non-UTF-8 encoding. */
  private static String encodingGuess(byte[] bytes) {
    if (bytes.length >= 2
        && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
            || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
      return "; it looks like UTF-16";
    }
    return "; it may be Latin-1 or Windows-1252";
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
