package dev.unifiedbadges.model.icon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;

/**
 * The icon vocabulary: the Lucide icon set (ISC licence), read from its WebJar on the classpath.
 */
public final class IconSet {

  private static final String POM_PROPERTIES =
      "META-INF/maven/org.webjars.npm/lucide-static/pom.properties";
  private static final Pattern NAME = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  private static final IconSet LUCIDE = new IconSet();

  private final String version;
  private final String iconDir;
  private final Map<String, Optional<String>> svgCache = new ConcurrentHashMap<>();
  private volatile List<String> names;

  private IconSet() {
    Properties props = new Properties();
    try (InputStream in = resource(POM_PROPERTIES)) {
      if (in == null) {
        throw new IllegalStateException(
            "The Lucide icon set (org.webjars.npm:lucide-static) is not on the classpath");
      }
      props.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.version = props.getProperty("version");
    this.iconDir = "META-INF/resources/webjars/lucide-static/" + version + "/icons/";
  }

  /** The Lucide icon set bundled with this library. */
  public static IconSet lucide() {
    return LUCIDE;
  }

  /** The icon set's name and version, e.g. {@code lucide-static 0.468.0}. */
  public String description() {
    return "Lucide " + version;
  }

  public String version() {
    return version;
  }

  /** True if the set has an icon of this name. */
  public boolean contains(String name) {
    return svg(name).isPresent();
  }

  /** The icon's SVG source, as shipped by the icon set. */
  public Optional<String> svg(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      return Optional.empty();
    }
    return svgCache.computeIfAbsent(name, this::readSvg);
  }

  private Optional<String> readSvg(String name) {
    try (InputStream in = resource(iconDir + name + ".svg")) {
      return in == null
          ? Optional.empty()
          : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Up to three icon names close to a misspelt one, closest first. */
  public List<String> suggestions(String name) {
    if (name == null || name.isEmpty()) {
      return List.of();
    }
    List<String> all = names();
    List<String> best = new ArrayList<>();
    List<Integer> scores = new ArrayList<>();
    String words = words(name);
    for (String candidate : all) {
      int score = editDistance(name, candidate);
      if (!words.isEmpty() && words.equals(words(candidate))) {
        // The same words in another order: Lucide renamed check-circle to circle-check,
        // alert-triangle to triangle-alert, x-circle to circle-x, and so on.
        score = 0;
      } else if (candidate.contains(name) || name.contains(candidate)) {
        score = Math.min(score, 2);
      }
      if (score <= Math.max(2, name.length() / 3)) {
        int at = 0;
        while (at < scores.size() && scores.get(at) <= score) {
          at++;
        }
        scores.add(at, score);
        best.add(at, candidate);
      }
    }
    return best.subList(0, Math.min(3, best.size()));
  }

  /** The name's words without numbers, sorted: "check-circle-2" gives "check circle". */
  private static String words(String name) {
    return java.util.Arrays.stream(name.toLowerCase(java.util.Locale.ROOT).split("[^a-z0-9]+"))
        .filter(w -> !w.isEmpty() && !w.chars().allMatch(Character::isDigit))
        .sorted()
        .collect(java.util.stream.Collectors.joining(" "));
  }

  /** Every icon name in the set, sorted. */
  public List<String> names() {
    List<String> result = names;
    if (result == null) {
      result = Collections.unmodifiableList(new ArrayList<>(listNames()));
      names = result;
    }
    return result;
  }

  private TreeSet<String> listNames() {
    TreeSet<String> found = new TreeSet<>();
    URL url = IconSet.class.getClassLoader().getResource(iconDir + "circle-help.svg");
    if (url == null) {
      return found;
    }
    try {
      if ("jar".equals(url.getProtocol())) {
        JarURLConnection connection = (JarURLConnection) url.openConnection();
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
          Enumeration<JarEntry> entries = jar.entries();
          while (entries.hasMoreElements()) {
            String entry = entries.nextElement().getName();
            if (entry.startsWith(iconDir) && entry.endsWith(".svg")) {
              found.add(entry.substring(iconDir.length(), entry.length() - 4));
            }
          }
        }
      } else if ("file".equals(url.getProtocol())) {
        Path dir = Path.of(url.toURI()).getParent();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.svg")) {
          for (Path file : files) {
            String n = file.getFileName().toString();
            found.add(n.substring(0, n.length() - 4));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return found;
  }

  private static InputStream resource(String path) {
    return IconSet.class.getClassLoader().getResourceAsStream(path);
  }

  /** Levenshtein distance, for "did you mean" hints. */
  public static int editDistance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
