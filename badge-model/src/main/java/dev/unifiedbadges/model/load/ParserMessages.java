package dev.unifiedbadges.model.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.unifiedbadges.model.diagnostic.Diagnostic;
import dev.unifiedbadges.model.diagnostic.Location;
import dev.unifiedbadges.model.diagnostic.SourceMap;
import java.util.Locale;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * The diagnostics {@link TreeReader} reports, with Jackson's and SnakeYAML's wording put in the
 * user's terms.
 */
final class ParserMessages {

  private ParserMessages() {}

  /** The error for a file over the size limit; the loader reports it without reading the file. */
  /** A file whose reported size was under the limit, but whose content went past it. */
  static Diagnostic tooLargeWhenRead(String file, long maxFileBytes) {
    return Diagnostic.error(
        Location.file(file),
        "",
        "the file holds more than "
            + maxFileBytes
            + " bytes although it reports a smaller size, over the "
            + mib(maxFileBytes)
            + " limit for one definition file",
        "point the definitions at a regular YAML or JSON file under the limit");
  }

  static Diagnostic tooLarge(String file, long size, long maxFileBytes) {
    return Diagnostic.error(
        Location.file(file),
        "",
        "the file is "
            + mib(size)
            + " ("
            + size
            + " bytes), over the "
            + mib(maxFileBytes)
            + " limit for one definition file",
        "split the definitions into several *.badges.yaml files in one directory (each domain stays in"
            + " one file), and check that this is really a definition file; code that calls the loader"
            + " can raise the limit with LoadOptions.maxFileBytes");
  }

  /** Bytes that do not decode as UTF-8, pointing at the first bad one. */
  static Diagnostic notUtf8(Location at, byte[] bytes, int offset) {
    return Diagnostic.error(
        at,
        "",
        "the file is not valid UTF-8 (byte 0x"
            + String.format(Locale.ROOT, "%02X", bytes[offset] & 0xff)
            + " at offset "
            + offset
            + ")"
            + encodingGuess(bytes),
        "save the file as UTF-8 (in most editors: \"Save with encoding\" > UTF-8); definition"
            + " files are always read as UTF-8");
  }

  /** A control character the file cannot hold; SnakeYAML would reject some without a position. */
  static Diagnostic controlCharacter(Location at, int codePoint) {
    return Diagnostic.error(
        at,
        "",
        "the file contains the control character "
            + String.format(Locale.ROOT, "U+%04X", codePoint)
            + ", which a definition file cannot hold",
        "remove it (it often comes from a bad copy and paste, or from a binary file saved under"
            + " a definition file name)");
  }

  /**
   * A syntax or limit error from the parser, at {@code where} when the exception has no location.
   */
  static Diagnostic syntax(
      String file, JsonProcessingException e, JsonLocation where, boolean json, String text) {
    return json ? jsonSyntax(file, e, where) : withColourHint(yamlSyntax(file, e), text);
  }

  /** Any other failure of the parser: its message is all there is to go on. */
  static Diagnostic unparseable(String file, Exception e, boolean json) {
    return Diagnostic.error(
        Location.file(file),
        "",
        "the file cannot be parsed: " + oneLine(String.valueOf(e.getMessage())),
        json ? "check that it is well-formed JSON" : "check that it is well-formed YAML");
  }

  /** Content after the one document a file may hold. */
  static Diagnostic trailingContent(Location at, boolean json) {
    return Diagnostic.error(
        at,
        "",
        json
            ? "unexpected content after the end of the JSON document"
            : "a second YAML document ('---') or other content after the end of the document",
        "keep exactly one document per file: remove the extra content, or move it into its own"
            + " *.badges."
            + (json ? "json" : "yaml")
            + " file");
  }

  /** A document deeper than any definition, refused before it can cost stack or time. */
  static Diagnostic tooDeep(Location at, String pointer) {
    return Diagnostic.error(
        at,
        pointer,
        "the document is nested more than " + TreeReader.MAX_DEPTH + " levels deep",
        "a definition file is at most 5 levels deep (domains > name > values > value > key);"
            + " check the indentation, and that this is really a definition file");
  }

  /**
   * A key that appears twice in one map; {@code pointer} is the map's, {@code first} the first
   * key's position.
   */
  static Diagnostic duplicate(Location at, String pointer, String key, Location first) {
    String what = duplicateNoun(pointer);
    return Diagnostic.error(
        at,
        pointer + SourceMap.pointer(key),
        "duplicate "
            + what
            + " '"
            + key
            + "' (first defined at line "
            + first.line()
            + ", column "
            + first.column()
            + ")",
        "remove one of the two " + what + " entries or merge them");
  }

  /** Text with half a surrogate pair, which each output would encode differently. */
  static Diagnostic unpairedSurrogate(Location at, String pointer, char c) {
    return Diagnostic.error(
        at,
        pointer,
        String.format(
            Locale.ROOT,
            "the text contains an unpaired surrogate (\\u%04x), which is not a Unicode character",
            (int) c),
        "remove the \\u"
            + String.format(Locale.ROOT, "%04x", (int) c)
            + " escape, or pair it to form one character (e.g. \\ud83d\\ude00)");
  }

  /** A file with nothing to load; {@code text} tells a blank file from one of only comments. */
  static Diagnostic empty(String file, String text) {
    return Diagnostic.error(
        Location.file(file),
        "",
        text.isBlank()
            ? "the file is empty"
            : "the file is empty: it has no definitions, only comments or '---'",
        "add a top-level 'domains:' map, or delete the file (see README \"The definition file\")");
  }

  /** What a key under this pointer is: domain, value, tone or plain key. */
  private static String duplicateNoun(String pointer) {
    if (pointer.equals("/domains")) {
      return "domain";
    }
    if (pointer.equals("/tones")) {
      return "tone";
    }
    if (pointer.startsWith("/domains/")
        && pointer.endsWith("/values")
        && pointer.indexOf('/', 9) == pointer.length() - 7) {
      return "value";
    }
    return "key";
  }

  /** Which of the parser's limits was hit, in the user's terms; Jackson's message names it. */
  private static Diagnostic limit(Location at, String pointer, String original) {
    if (original.contains("String value length")) {
      return tooLong(at, pointer);
    }
    if (original.contains("Number value length")) {
      return Diagnostic.error(
          at,
          pointer,
          "a number is longer than " + TreeReader.LIMITS.getMaxNumberLength() + " digits",
          "definitions hold no long numbers; if this is meant as text, put it in double quotes");
    }
    if (original.contains("Name length")) {
      return Diagnostic.error(
          at,
          pointer,
          "a key is longer than " + TreeReader.LIMITS.getMaxNameLength() + " characters",
          "keys are names such as \"run.status\" or \"queued\"; shorten it");
    }
    if (original.contains("nesting depth")) {
      return Diagnostic.error(
          at,
          pointer,
          "the document is nested more than " + TreeReader.MAX_DEPTH + " levels deep",
          "a definition file is at most 5 levels deep; check that this is really a definition file");
    }
    return Diagnostic.error(
        at,
        pointer,
        "the document exceeds a parser limit: " + original,
        "check that this is really a definition file");
  }

  static Diagnostic tooLong(Location at, String pointer) {
    return Diagnostic.error(
        at,
        pointer,
        "a text value is longer than " + TreeReader.MAX_STRING_LENGTH + " characters",
        "shorten it; labels and descriptions are short text");
  }

  static Diagnostic anchor(Location at, String pointer) {
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
    Location fallback =
        e.getLocation() == null ? Location.file(file) : TreeReader.at(file, e.getLocation());
    MarkedYAMLException marked = null;
    for (Throwable t = e;
        t != null && marked == null;
        t = t.getCause() == t ? null : t.getCause()) {
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
    String started =
        marked.getContextMark() == null
            ? ""
            : " (started at line " + contextAt.line() + ", column " + contextAt.column() + ")";
    if (problem.contains("'\\t(TAB)'")) {
      return Diagnostic.error(
          problemAt,
          pointer,
          "malformed YAML: a tab character where YAML expects indentation or a value",
          "indent with spaces only; YAML does not allow tabs for indentation");
    }
    if (context.startsWith("while scanning a quoted scalar") && problem.contains("end of stream")) {
      return Diagnostic.error(
          contextAt,
          pointer,
          "malformed YAML: the quoted text that starts here is never closed",
          "add the closing quote at the end of the text");
    }
    if (context.startsWith("while scanning a double-quoted scalar")
        || problem.contains("escape character")) {
      return Diagnostic.error(
          problemAt,
          pointer,
          "malformed YAML: " + problem + " in double-quoted text" + started,
          "write a backslash as \\\\ inside double quotes, or use single quotes, where '\\' has no special meaning");
    }
    if (problem.startsWith("mapping values are not allowed")) {
      return Diagnostic.error(
          problemAt,
          pointer,
          "malformed YAML: a ':' where no new key can start (mapping values are not allowed here)",
          "quote a value that contains ': ' (e.g. label: \"Note: done\"), or fix the indentation of this line");
    }
    if (context.startsWith("while parsing a flow mapping")
        || context.startsWith("while parsing a flow sequence")) {
      boolean map = context.contains("mapping");
      return Diagnostic.error(
          problemAt,
          pointer,
          "malformed YAML: the "
              + (map ? "'{'" : "'['")
              + " at line "
              + contextAt.line()
              + ", column "
              + contextAt.column()
              + " is not closed: "
              + problem,
          "close it with "
              + (map ? "'}'" : "']'")
              + " at the end of the entry, and separate its items with ','");
    }
    if (context.startsWith("while scanning a simple key")) {
      return Diagnostic.error(
          contextAt,
          pointer,
          "malformed YAML: a line that is neither a 'key: value' pair nor a continued value ("
              + problem
              + ")",
          "add ': ' after the key, or quote the text if it is a value that spans lines");
    }
    if (context.startsWith("while parsing a block")
        || problem.startsWith("expected <block end>")
        || problem.contains("did not find expected")) {
      return Diagnostic.error(
          problemAt,
          pointer,
          "malformed YAML: the indentation of this line does not fit the lines above"
              + started
              + ": "
              + problem,
          "indent keys of the same map by the same number of spaces, and values more than their key");
    }
    if (context.startsWith("while scanning a block scalar")) {
      return Diagnostic.error(
          problemAt,
          pointer,
          "malformed YAML: '|' or '>' starts a multi-line text block here"
              + started
              + ": "
              + problem,
          "put a value that starts with '|' or '>' in quotes");
    }
    if (context.startsWith("while scanning an alias")
        || context.startsWith("while scanning an anchor")) {
      return Diagnostic.error(
          contextAt,
          pointer,
          "malformed YAML: '*' or '&' starts a YAML alias or anchor here: " + problem,
          "put a value that starts with '*' or '&' in quotes");
    }
    if (problem.contains("cannot start any token")) {
      // SnakeYAML adds "(Do not use @ for indentation)" for any such character; only tabs deserve
      // it.
      return Diagnostic.error(
          problemAt,
          pointer,
          "malformed YAML: "
              + problem.replaceAll("\\.?\\s*\\(Do not use .* for indentation\\)$", ""),
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
    Location at = where == null ? Location.file(file) : TreeReader.at(file, where);
    String original = clean(String.valueOf(e.getOriginalMessage()));
    if (e instanceof StreamConstraintsException) {
      return limit(at, pointer, original);
    }
    if (original.contains("maybe a (non-standard) comment")) {
      return Diagnostic.error(
          at,
          pointer,
          "malformed JSON: JSON does not allow comments",
          "remove the comment, or write the definitions as YAML (*.badges.yaml), which allows '#' comments");
    }
    if (original.startsWith("Unexpected end-of-input")) {
      return Diagnostic.error(
          at,
          pointer,
          "malformed JSON: the file ends before the JSON is complete (" + original + ")",
          "close every '{' and '[' that is opened, and check for a missing '\"'");
    }
    String fix = "fix the JSON syntax at this position";
    if (original.contains("was expecting double-quote to start field name")) {
      fix = "put every key in double quotes, and remove any trailing ',' before '}'";
    } else if (original.contains("('''")) {
      fix = "JSON strings use double quotes: write \"text\", not 'text'";
    } else if (original.contains("expected a valid value")
        && (original.contains("(']'") || original.contains("('}'"))) {
      // A closing bracket where a value should be: a comma before it promised one more.
      fix = "remove the ',' before the closing bracket: JSON allows no trailing comma";
    } else if (original.startsWith("Unrecognized token")
        || original.contains("expected a valid value")) {
      fix =
          "put text values in double quotes; the only bare words JSON allows are true, false and null";
    } else if (original.contains("was expecting comma")) {
      fix = "add a ',' between the entries";
    } else if (original.contains("was expecting a colon")) {
      fix = "write every entry as \"key\": value";
    } else if (original.contains("CTRL-CHAR")) {
      fix = "write line breaks and tabs inside strings as \\n and \\t";
    }
    return Diagnostic.error(at, pointer, "malformed JSON: " + original, fix);
  }

  private static final Pattern UNQUOTED_COLOUR =
      Pattern.compile("(^|[\\s,{\\[:])#[0-9a-fA-F]{3,6}\\b");

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
        return Diagnostic.error(
            d.location(),
            d.path(),
            d.message(),
            d.fix()
                + "; note that a colour must be in quotes (\"#1e3a8a\"): without them, YAML reads"
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
    String m =
        message.replaceAll(
            "\\((?:start marker|for \\w+ starting) at \\[Source: [^\\]]*?line: (\\d+), column: (\\d+)\\]\\)",
            "(opened at line $1, column $2)");
    m = m.replaceAll("(?s)\\s*at \\[Source: .*$", "");
    return oneLine(m);
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

  private static String mib(long bytes) {
    return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
  }
}
