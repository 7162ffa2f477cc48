package dev.unifiedbadges.tokens;

import java.util.Optional;
import javax.lang.model.SourceVersion;

/**
 * The Java names the generated sources use, derived from the kebab names validation already keeps
 * distinct ({@link dev.unifiedbadges.model.Names#kebab}). Both mappings are one-to-one, so names
 * that are distinct in the CSS are distinct in Java too, and every result is a valid identifier
 * that is no keyword: {@code in-progress} is {@code IN_PROGRESS} and class {@code InProgress},
 * {@code class} is {@code CLASS} and class {@code Class}, {@code 9lives} is {@code _9LIVES} and
 * class {@code _9lives}.
 */
public final class JavaNames {

  /** The class the generated sources declare, holding one nested class per domain. */
  public static final String OUTER_CLASS = "Badges";

  private JavaNames() {}

  /**
   * A value's constant: ASCII letters upper-cased, {@code -} as {@code _}, other letters and digits
   * kept, and {@code _} in front when the name would not start an identifier (a digit). Never a
   * keyword, whose letters are all lower-case ASCII.
   */
  public static String constant(String kebab) {
    StringBuilder sb = new StringBuilder(kebab.length() + 1);
    kebab
        .codePoints()
        .forEach(
            cp -> {
              if (cp == '-') {
                sb.append('_');
              } else if (cp >= 'a' && cp <= 'z') {
                sb.append((char) (cp - ('a' - 'A')));
              } else {
                sb.appendCodePoint(cp);
              }
            });
    if (!Character.isJavaIdentifierStart(sb.codePointAt(0))) {
      sb.insert(0, '_');
    }
    return sb.toString();
  }

  /**
   * A domain's nested class: each {@code -}-separated part with its first ASCII letter upper-cased,
   * a part that does not start with an ASCII letter preceded by {@code _} ({@code a-1b} is {@code
   * A_1b}, {@code a1b} is {@code A1b}). The one name no nested class may take, {@value
   * #OUTER_CLASS}, gets a trailing {@code _}, which no other name ends with.
   */
  public static String className(String kebab) {
    StringBuilder sb = new StringBuilder(kebab.length() + 2);
    for (String part : kebab.split("-", -1)) {
      char first = part.charAt(0);
      if (first >= 'a' && first <= 'z') {
        sb.append((char) (first - ('a' - 'A'))).append(part, 1, part.length());
      } else {
        sb.append('_').append(part);
      }
    }
    String name = sb.toString();
    return name.equals(OUTER_CLASS) ? name + "_" : name;
  }

  /**
   * What is wrong with {@code name} as the package of the generated sources, or empty if it is a
   * valid one: dot-separated identifiers, none a keyword or literal, outside {@code java}.
   */
  public static Optional<String> packageProblem(String name) {
    if (name == null || name.isEmpty()) {
      return Optional.of("it is empty");
    }
    for (String part : name.split("\\.", -1)) {
      if (part.isEmpty()) {
        return Optional.of("it has an empty part between dots");
      }
      if (SourceVersion.isKeyword(part, SourceVersion.RELEASE_17)) {
        return Optional.of("'" + part + "' is a Java keyword or literal");
      }
      if (!SourceVersion.isIdentifier(part)) {
        return Optional.of("'" + part + "' is not a Java identifier");
      }
    }
    if (name.equals("java") || name.startsWith("java.")) {
      return Optional.of("packages under 'java' are reserved for the JDK");
    }
    return Optional.empty();
  }
}
